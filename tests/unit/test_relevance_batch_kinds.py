"""The kinds of error held-out batches 6 to 13 showed on their first runs, each in every language where it occurs.

The texts (tests/data/relevance_batch<N>_kinds.yaml) were written here, in new wording, for the kinds, not the
instances. Each sub-kind keeps a relevant pair, so a rule cannot pass by switching relevance off.

Batch 6: an international organisation received by a state is a contact (organisation); a head of state's message of
congratulation or condolence to another state's leader is a contact, to his own people it is not (message); an
embassy's or consulate's evening for its own students and diaspora, with no host official, is one state's business
(community); an obituary of a diplomat and a history feature tell past contacts, not a contact now (obituary,
history); a governor with his own farmers about a neighbour's market (market) and a fair or business forum with
companies from many countries (fair) have no second state; a list after "including" gives examples, not parties
(examples).

Batch 7: a joint exercise of two states' forces, border guards or rescuers is a contact, one state's own drill is
not (exercise); a headline appointing a state's own officials (a decree, a new governor, a reshuffle) makes the
appointee's career abroad background, unless the lead reports his credentials presented (appointment); a leader's
address to his nation names other states' ties in passing (address); a company's seat is its address, not a state
acting, whatever ministry signs with it (seat); a ski resort's visitors come from countries, tourism ministers of
two states meeting there are a contact (resort); a closing reference box is background (reference). Two states'
border services reopening a crossing together are a contact, one service alone is not (border). A ministry's own
missions "in" countries are hosts, not a second state (missions); people living in a country are placed there, not
the state (residents), and so is a business "in" countries in a sentence with no event (located). A decree signed is
one state's act, not an agreement (decree).

Batch 8: a frame word counts only in the language where it has the frame's sense — Persian استاد is a lecturer and
بورسیه a scholarship, Arabic استاد a stadium, Persian بورس تهران the stock exchange (senses). An embassy's consular
section issuing passports or ID cards serves its own citizens: one state's business, unless the host's official
takes part (consular). An employer's labour relations and an office one need not visit are no state's relations or
visit: one state's online service for foreign workers is domestic (service). A road or a pipeline "in the direction
of" a neighbour's border, inspected by a minister at home, names where it leads (inspection); a headline about a
minister inspecting a site at home makes "the two countries" in a later sentence background, unless the lead reports
a contact (site). An envoy who only watches a match or attends a celebration, no host official acting with him, is a
spectator (spectator). Aid handed over by one state's officials to another's is a contact, whatever disaster it is
for (handover).

Batch 10: a consular section's appointments and reception hours are its own citizens' service (booking); fake visas
sold through cloned embassy websites are a fraud (website); the Arabic and Persian adjective "social" is no meeting
(social); a closing reference box recalls other summits (reference); doctors' societies at their congress sign with
associations, not states (medical); a column's rubric makes its summits the writer's argument (column); a headline's
state beside other states' diplomacy is no party to it (headline); a commission's founding or previous session
recalled names no parties of today's session (recalled).

Batch 11: a country named as where supplies come from or as the grid a flow passes through, alone or among
alternatives ("the grid of Afghanistan or Turkmenistan"), is no party to the talks about the flow (flow); a national
futsal team's travelling party is sport, its "delegation" and "caravan" too (futsal); a drama about a diplomat is
fiction, its embassy and visits invented (fiction); an arrest or vandalism in the headline is a crime story, the
embassy only where it happened, unless officials of two states act (crime); an interview, by its headline or byline,
is a portrait of the one interviewed unless it tells a contact with a state or a second side (interview); a hotel
counting its guests in the headline is a business story, the summit's delegations its bookings (hotel).

Batch 12: a state's aid handed over by its envoy to a host minister is a contact, told verb first or by the act's
nouns (a consignment, a handover ceremony or record), an aid agency's team named elsewhere being no match; a
charity's team handing out food, no official of a second state, is not (aid). Who was present is no party: observers
from a list of states who also attended are a list of who came, ministers of the listed states who signed are
parties (attended). A question-and-answer rubric or the interviewer's "we talked with" is an interview: an
economist's answers on trade are his view, a minister's answers reporting talks held with a named state are news
(qa). A court, the police or a sentence in the headline make a crime story like an arrest: a ruling on an
extradition request is no contact, two states' justice ministers agreeing are (court). Pupils in the headline: two
schools' exchange is theirs, two states launching an exchange of pupils (named in the headline, or acting in the
lead) are a contact (school).

Left after batch 12 (issue 10, file 12b): a company's presence in a market (حضورها في السوق, присутствовала на
рынке) is where it trades, no one attending; a minister and an envoy who attended, the firm's presence named beside,
are a contact (presence). English "talks" the verb ("talks about plov", "talks to children") is someone speaking;
two ministers' talks are negotiations (talks). A minister or a ministry "in" a country (Arabic, Persian) is its own,
no visitor hosted, and ministries that "agreed" (the verb) act (office_in). A Kazakh list before one genitive names
every state's office (list_genitive).

Batch 13: a state's consul acting together with the host's officials (visiting detained citizens with the
prosecutor's representatives) is a contact in a crime story, the consulate alone is not (consul_host); a job
advertisement, an embassy's too, is one employer's staffing, two states' labour ministers filling vacancies are a
contact (job_ad); a postage stamp for an anniversary of relations is a postal issue unless officials of both states
unveil it (stamp); a history explainer names itself in its headline ("a short history", "хронология", "тарихы",
"تاریخچه") and tells the past unless its headline reports a contact now (chronicle); a figurative ambassador (of a
dish, a cuisine, a brand, goodwill) is no envoy (figurative); cities named as venues of other states' talks are
places, the host's foreign minister opening the talks is a party (venue).

Batch 17: an envoy receiving his own country's team after a championship (its members, its "delegation", البعثة,
کاروان, athletes and coaches) greets his athletes, no host official acting with him (squad); a summit a trade names
(a fintech, tech or start-up summit) is a conference of firms, its deals theirs and "next year's summit" the same
conference, two states' ministers signing on its sidelines a contact (trade_summit); an agenda's item opened by its
day inside a paragraph is a story of its own, its state's central bank or parliament no party to the item before it
(agenda); chess is sport, its players' "delegation" and "diplomatic draw" too (chess); a Kazakh given name that
begins with a frame's word (Ғалымжан) is no science story (name_word).

Batch 18 (half of it excerpts with no headline): clerics and religious bodies are no state: a mufti, a patriarch or a
sheikh receiving a delegation of students or clergy, bishops of several countries meeting in a capital, an ambassador
attending a liturgy; an envoy visiting a religious body and meeting its head, two states' ministers signing on
religious affairs, are contacts (religion). A report counting what countries "received" (money sent home, tourists,
cargo, refugees: "received $2.6 billion", "принял 5 млн тонн") names amounts, no one received by an official; a
president receiving a delegation on a date is a reception (amount). An agreement, a memorandum or a delegation whose
side is a firm (a miner's supply agreement with a trading house, a city's agreements with companies from a foreign
province, a lender's or businessmen's delegation) is a deal between firms; two states' ministers signing an agreement
on support for their companies are a contact (firms). A live blog of a match: an envoy in the stand beside the
president of a sport's federation is a spectator (the federation's head is no state office); beside the host's sports
minister, discussing an agreement, he holds a contact (live_blog).

Batch 19 (half excerpts): a signed column, an op-ed or an analysis arguing about diplomacy in general terms is the
writer's argument, by its rubric with a separator ("یادداشت |", "Analysis:", "Талдау |") or, in an excerpt, by its
closing note on the writer's personal view in the last paragraph; an analysis whose headline reports a contact, a
memorandum read "in this memorandum" and a reporter's byline over news are news (opinion). Club football in continental
competitions: clubs of two countries, the club's "delegation", the match as a "meeting" and referees from third
countries are sport, a headline naming only the sides taking its lead's frame; two sports ministers signing a
memorandum are a contact (club). A country named to rank the one acting now ("the second state to join after
Kazakhstan", "вслед за Узбекистаном") is the precedent, no party (precedent); one state's border as the place where
people pass ("at the border with Uzbekistan", "در مرز ترکمنستان") is no party, two states' border services meeting are
(border). An excerpt that opens with a life's start ("родился в 1940 году") tells the past, unless that sentence reports
a contact (biography). Russian and Kazakh "colleagues" with no office of a state beside them are a profession's, no
counterparts (colleagues). Two countries (a counterpart, "the two countries") checking or inspecting together are no
inspection at home (joint_check).

Batch 21: countries after a count and "among them" are examples of the many taking part, no parties (count_list);
a chess or togyzkumalak championship is sport, its "delegations" teams and its players the game's "ambassadors"
(mind_sport); "firms from the two countries" signing at a forum a delegation of companies attends are no states
(firms_two_countries); a dealer's "counterparts at the banks" are the market's other side (market_counterparts).
Condolences to the bereaved on a former diplomat's death (his family, his relatives), however many colleagues at the
foreign ministry send them, mourn a person, no contact between states; a head of state's condolences to another state's
leader are one (condolence). Former office-holders ("former", "бывший", "экс-", "бұрынғы", "السابق", "پیشین") speaking
at a panel are persons, their countries no parties; a sitting minister's talks are a contact (former).
Countries after "foremost among them" are examples (foremost_list). Once a text calls someone a figurative ambassador
("tourism ambassadors", a brand's), every mention of the word with no state beside it keeps that sense, and their trip
through the country's regions is no visit between states (figurative_envoys).
An explainer on an apostille, a consular legalisation or a visa application is a service to citizens: the foreign
ministry and the consulate stamp a document; two states agreeing to drop the legalisation, or a consul meeting a
governor about it, are contacts (document_service).
A round-up's item opened by a topic rubric ("Sport.", "Спорт.", "الرياضة.", "ورزش.") is framed by it as a story by
its headline: riders from a neighbour's region at a race are sport; two states' ministers signing there are a contact
(rubric_item).
A live blog of a conference whose headline names the host's capital, the host's official acting and a guest's unnamed
official meeting him on the sidelines: the host state is a party (live_blog_host).

Batch 22: a state's travel advice for its own citizens about another country, the neighbour's "side of the frontier"
and its own embassy named, is one state acting alone; two states' ministers signing a consular agreement are a contact
(advisory). A launch of cosmonauts from Baikonur or astronomers with their "colleagues from" abroad is a science story,
the cosmodrome's lease recalled no contact; two states' agencies signing on the cosmodrome are (space). A world
round-up's items (datelines in capitals, rubrics) are stories of their own, and a capital named as a possible or past
venue of others' talks is no party; the host's foreign minister opening talks in his capital is (roundup). A share
offering's roadshow "with meetings in" financial centres meets investors (roadshow); a title fight billed as a
"summit" and the camps' "talks" are sport, two sports ministers signing at the fight are a contact (boxing).

Batch 23: an international organisation named in full or by its abbreviation in any of the five languages (the Red
Cross movement's international bodies, UN agencies) met by a state's minister is the second side of a contact; a
national Red Crescent society at home is no international body (agency). A fight card billed in quotes as a "summit"
with no sport word beside it, the camps' talks over the bout, a delegation of coaches and fans and a boxer's tactful
(дипломатичный) answer are sport; two sports ministers signing at the bout are a contact (billing).
States named together at the head of a sentence with a joint act or object after them act together, and a trilateral
session of their bodies "in" each of them is no organisation's membership list: parties, not a background list
(joint_subject).
A leader touring a province of his own state, in Persian or Kazakh copy with no headline, speaks of his own government,
not the language's home state (own_government); the Supreme Majlis is Nakhchivan's, no Mejlis of Turkmenistan
(supreme_majlis).
A story framed by its headline as tourism, sport or culture whose opening paragraphs tell two states' officials or
bodies signing together is a contact whatever the field; tour operators from two countries are firms (signing).
Kazakh "X-ның Y облысынан көшіп келген қандастар" names X as the origin of ethnic Kazakhs who moved (qandas_origin).
Talks proposed to be held in one city or another are candidate venues, no parties (proposed_venue). A ministry that
"has received 45,000 doses" receives goods, no guest (count_received).

Batch 24: a press review's item reporting two states' ministers holding talks is news, its two states the parties, a
country named only in another item of the review no party; a paper's opinion that two states should agree stays the
papers' business (press_item). A state's central or national bank is an organ of the state: two states' central banks
signing are two states acting; one central bank setting its rate at home and commercial banks of two countries signing
are not (central_bank). A satellite launched abroad, built with a foreign supplier, its images received at a ground
station, is science and business; two states' ministers or space agencies signing a launch agreement are a contact
(space). A state's regulator named by its nationality is its agency; fining lenders at home is one state's business
(central_bank). A firm's product built in cooperation with a foreign supplier or contractor is business, the supplier's
country no state; two states' ministers signing a memorandum that suppliers will carry out are a contact (supplier).

Batch 25 (helper fix25a): a route's stops listed with a sea between them are all ways through, no parties of third
states' talks (a_route); "the two countries" after a lead whose offices named another pair makes the countries its
sentence names bare that pair's subject (a_anaphor); a body named after two states joined by a dash or side by side is
their joint commission (a_pair_body); a joint body's founding recalled in a participle after its name (a_founding)
and a treaty's entry into force dated by its year alone (a_in_force) are background.
Batch 25 (fix25b's sub-kinds, prefixed b_): students simulating diplomacy (a Model UN, a role play) play envoys and
delegations, no contact; two states' foreign ministers meeting beside it are one (b_simulation). Two schools or
universities twinned are the institutions', two cities' mayors twinning their cities a contact (b_institution_twinning).
A lead opening with the year of an embassy or talks long ago is history, talks dated now beside it news
(b_history_date). A delegation comprising entrepreneurs is a firms' trip, one comprising a deputy foreign minister a
contact (b_business_delegation). Two states' ministries with compound names ("Мәдениет және ақпарат министрлігі")
signing in a culture story are a contact, two museums signing are not (b_compound_ministry).
Batch 26 (helper fix26a): two states' offices talking about a third state (a topic word governs its name, "the two
sides" act, or it is said to be absent) make it their subject, no party; its own minister meeting them is one
(a_talk_subject). Families of a country's origin or who emigrated from it are a group at home, their association's
president no office of the state; its consul signing with the host's governor is a contact (a_origin). A retired
envoy's book of memoirs recalls the past; two ministers meeting at its launch are a contact (a_memoir).
Batch 26 (fix26b's sub-kinds, prefixed b_): "bilateral" beside two cities of one state and nothing else joins the
state's own cities, no second state (b_domestic_pair). A mountain's summit, its climbers and their ascent are sport,
and an English or Arabic summit word with its mountain right after is the top, no summit of leaders; presidents
meeting in the mountains hold one (b_mountain_summit). A state's election commission receiving an international
organisation's mission (the ODIHR) is a contact, receiving its own parties' leaders is not (b_election_mission).
Batch 27 (helper fix27a, prefixed a_): an international organisation's "team" or mission beside its name is no sport
team (a_organisation_team); another state's court delegation received and signing lifts a crime frame (a_courts_sign);
an appointee received by a minister with a second side named is a contact, not staffing (a_appointee_received); two
states' ministers meeting and signing anywhere in a sport story lift its frame (a_ministers_at_tournament).
Batch 27 (fix27b's sub-kinds, prefixed b_): a state named after a negated quantifier ("no officials from A or B took
part") was not there, no party, and the attendance negated no event; its officials taking part are a contact
(b_negated_presence, English, Russian and Arabic: Persian and Kazakh negate the verb). A contest's contestants from
many countries are competitors, no states; two ministers signing on its sidelines are a contact (b_contestants).
A treaty's signing told in the passive or a participle and dated by its year alone is its history, recalled in a
parliament's session on it; two foreign ministers signing its protocol on a named day are a contact (b_signed_year).
English "ethnic" before a state's adjective names a people, not the state (b_ethnic_adjective, English only).
Batch 28 (helper fix28a, prefixed a_): a prosecutor general's office is an organ of the state, and a Kazakh capital in
the locative before it is where its deputy met another state's, not its state (a_prosecutors_general; Kazakh, Arabic,
Persian). A national hydrometeorological service named by a compound of its country's stem (Kazhydromet,
Узгидромет) is an organ of that state: two such services signing are a contact, one with its own emergency department
is not (a_hydromet_compound; English, Russian, Kazakh).
Batch 28 (helper fix28c, prefixed c_): a state's archives, records authority or national library is a state
institution: two of them signing lift a research frame, one with a private university does not (c_archives_sign). An
office named alone that signs "with" the one state the story names most is not that state's but the one whose own body
the story names elsewhere (c_with_counterpart; Arabic, English, Russian). A dateline of an in-scope capital names the
outlet's home, whose minister signs with the Swiss State Secretary abroad (c_state_secretary; English, Russian,
Arabic). Two states' ports and maritime agencies agreeing a ferry line are a contact, no tourism (c_maritime_agencies;
Persian, Kazakh, Arabic).
Batch 28 (helper fix28b, prefixed b_, in relevance_batch28b_kinds.yaml): a date that qualifies the things an archive
shows ("letters of the 19th century", "XIX ғасырдағы хаттар", "وثائق القرن التاسع عشر") is no history lead, and two
states' national and state archives signing a memorandum are a contact; a story that is history stays history
(b_kept_things_date). A bank named by its country's adjective is a lender, a firm: two such banks signing are no
contact, two states' central and national banks are (b_bank_adjective). Trade in goods with states, in an analyst's
words, is a market's statistics, no contact; two states' trade ministers signing a protocol on it are (b_trade_goods).
Batch 29 (helper fix29b, prefixed b_, in relevance_batch29b_kinds.yaml): a mission's kin ("spouses of diplomats",
"жёны дипломатов", "زوجات الدبلوماسيين", "همسران دیپلمات‌ها") running a charity bazaar are private people, no state
acting; two states' diplomats holding consultations are a contact (b_diplomats_kin; English, Russian, Arabic, Persian).
A history cue inside quotation marks in the lead is a speaker's comparison, no history lead: the ministers signing
after it are news; the same years told as the story's own past stay history (b_quoted_years_ago).
A state's supreme audit body (an audit chamber, a chamber or court of accounts) is an organ of the state: two of them
signing a joint audit are two states acting, one with a private audit firm is not (b_audit_chambers). A state body
named in full in the lead and later by its head noun alone ("директор агентства", "палата төрағасы") is the home's
organ where it signs with another state's office; in copy with no language's home or dateline, the one state the
headline and lead name beside it is the home (b_body_named_again; English, Russian, Kazakh, Arabic).
A war's veterans and their unions are private people: a city naming them is no party to their "talks" on a trip; a
defence minister's talks with an ambassador on veterans' pensions are a contact (b_veterans_trip; Russian, Arabic,
Persian).
A word of diplomacy the text itself quotes alone («екі ел», «двух стран», «دو کشور») is the writer's figure (two
villages at a matchmaking): the same words in a speaker's quote keep that sense (b_so_called; Russian, Kazakh, Persian).
Batch 29 (helper fix29a, prefixed a_): a state body that is no ministry (an agency, a committee, a directorate, a
service, an inspectorate) is read by its head noun: beside its country it is that state's organ, named alone the
home's own, and a firm (a travel agency) or a club is none (a_state_body_head). In copy with no language's home the
body named alone that acts first, before another state's directorate, is the story's own: two states signing lift a
sport word's frame, the agency with a football club does not (a_home_body_first; English, Russian). The home's agency
meeting the International Telecommunication Union is a contact with an organisation, with mobile operators it is not
(a_body_organisation; English, Russian). An Arabic appointment verb ("عيّن") never carries the article: "العين
المجردة" is the naked eye, no staffing headline; a headline that appoints keeps what it recalls background
(a_article_noun; Arabic).
Batch 30 (helper fix30a, prefixed a_): a firm named by its head noun beside its country's adjective (a retailer, a
maker, a manufacturer, a holding, an operator, a chain: "a Turkish textile maker", "турецким изготовителем", "سازنده
ترک") is a firm, as a bank was (28b): two such firms signing a memorandum are no contact, two states' trade ministers
are (a_firm_head; English, Russian, Persian). A noun of diplomacy qualified by what it stands for ("song
diplomacy", "دبلوماسية الأغنية"), as a figurative ambassador is, is no contact: a singer's tour billed so is none, two
foreign ministers meeting the same day are (a_figurative_diplomacy; English, Arabic). A team of researchers ("فريق
تنقيب", "a team of archaeologists", "تیم باستان‌شناسی") is no sport team, nor are the text's other team words, and an
executive programme ("البرنامج التنفيذي", "برنامه اجرایی") signed by two states' bodies is an agreement's: a joint
excavation mission is a contact, a football team's friendly is sport (a_research_team; Arabic). A state's office and
an international organisation (the EU Delegation) signing a financing agreement anywhere in a school feature lift its
school frame; a headmistress and a charity signing do not (a_school_signing). A ministry's meeting of the heads of
its own missions abroad, at home, is one state's business like its consular service, and relations "with more than
180 countries" are a tally, no second side; the minister receiving another state's ambassador is a contact
(a_own_envoys_home; Arabic, Russian, Persian).
Batch 31 (helper fix31b, prefixed b_): the two countries' cities, airports or regions ("flights a week between the
two countries' cities", "между городами двух стран", "بين مدن البلدين") name where the places lie, as the crossings
between the two countries do: an airline's route is no contact, two states' transport ministers signing on the same
flights are (b_countries_cities).
Batch 31 (helper fix31a, prefixed a_): Interpol is an international organisation: an interior ministry meeting it
is a contact, a man its notice seeks detained is crime (a_interpol; English, Russian, Kazakh, Arabic). A foreign
police delegation met, the sides' discussion, and a protocol signed two sentences on in the meeting's paragraph lift
a crime frame (a_talks_then_sign; Russian). Two sides' bodies signing anywhere in the story lift a postal issue's
frame and a birth lead's (a_bodies_sign_frame; Arabic, Persian).
Batch 31 (helper fix31d, prefixed d_): a state named only as where other states' summit will be, its last host beside
it, is a venue, no party, while two other states' ministers discuss it (d_venue_of_others); "the ministers" after two
other states' ministers are theirs, not the home's (d_others_ministers; Kazakh); a foreign ministry official's
lecture to students at home names relations and cooperation as its topic, one state's business (d_lecture); a
dateline standing as a sentence does not hide the science lead's frame after it (d_dateline_lead; English, Russian,
Kazakh).
Batch 31 (helper fix31c, prefixed c_): a national anti-doping centre or agency is the state's body: one banning a
runner is one state, two signing a memorandum are two states whatever sport frames the story (c_antidoping). A
border service's outpost or detachment named by its state's adjective is the state's office, not a people's
commander: two services' officers signing an act of handover are a contact (c_border_unit). An unnamed ministry
signing "with" the head of a committee "in the Republic of X" is another state's office in a pilgrims' story; a
company's contract with a mission for pilgrims from two cities is no contact (c_pilgrim_counterpart; Arabic).
Batch 32 (helper fix32a, prefixed a_): a state's body and an international organisation (FAO, WMO) signing inside a
story of another topic (vaccination teams, an avalanche, a flood) lift its frame; the organisation only quoted does
not (a_organisation_signs). A state agency named by its own name (a space agency, МЧС, ТЖМ, an emergencies
committee) is an organ of its state: two of them signing lift a farming or disaster frame (a_own_name_agencies;
English, Russian, Kazakh). One state's emergencies ministry handing rescue equipment to another's, a digest's item,
is a contact; to its own regional department it is not (a_equipment_handover; Kazakh). Arabic "signed it on behalf of
the ... side" (وقّعه عن الجانب) signs; وقع in its sense "happened" does not (a_signed_for_side; Arabic).
Batch 32 (helper fix32b, prefixed b_): a school, university or clinic the headline calls private is no state: two such
bodies of cities in two states signing an exchange are not a contact, two states' education ministers signing an
agreement for private universities are (b_private_body). A country named as the way a route passes, its office
acting nowhere, is no home whose unnamed officials receive a foreign delegation; its own minister receiving it is a
contact (b_transit_home; English, Russian, Arabic). A twinning of two cities or regions of one state is domestic, a
city twinned with another state's capital is a contact (b_domestic_twinning).
Batch 32 (helper fix32c, prefixed c_): in an Iranian agency's copy its deputy foreign minister, named without his
state, and another state's are a pair of sides: a third state "the two sides" talk about is their subject, its own
deputy minister attending is a party (c_topic_state; Persian, where the home of an office named alone is out of
scope). A lecture or an exhibition on a mission a government sent long ago, its old year inside the lead's sentence,
is history told; two states' ministers holding talks on a weekday and opening such an exhibition are a contact
(c_told_mission).
Batch 33 (helper fix33a, prefixed a_): a state's body named by its function (a forensic expertise centre, a customs
service or committee, a state revenue committee) is an organ of its state: two states' such bodies signing or holding
a joint meeting inside a story of another topic are a contact, one with a firm or its own state's services is not
(a_function_bodies; Russian, Kazakh, Arabic, Persian). Two states' supreme courts signing lift the crime frame a court
in the headline sets (a_court_frame). A region's akimat named alone in Kazakh copy is the home's organ: with another
state's regional administration it signs a contact, with a region of its own state it does not (a_region_bodies;
Kazakh).
Batch 33 (helper fix33c, prefixed c_): a company's delegation (its genitive right after the word, a hyphenated seat
before the firm) holding talks abroad and signing with a foreign carrier, "the sides" signing next, or a firm signing
"with" another firm told before the contract word, is a deal between firms; two states' ministers signing are a contact
(c_firm_delegation; Arabic copy was read so already). In a climbers' story a sentence naming a mountain names peaks: the
"summit" of a peak by its own name is its top; presidents holding a summit in the mountains are a contact
(c_climbers_peaks; English and Arabic, which call both by one word).
Batch 33 (helper fix33d, prefixed d_): two other states discussing a road or a railway that runs as far as a third
state's border or ends across from its town name that state as a place the line reaches, no side; its own minister
signing with them is a party (d_route_ends). A consulate helping one of its own nationals named by the state's
adjective beside "worker", "trucker", "рабочий", "жұмысшы", "کارگر", "عامل" is one state's business; the consul with the
host's police chief settling the case is a contact (d_consular_national).
Batch 33 (helper fix33b, prefixed b_): a state's intellectual-property or patent office is an organ of its state and
WIPO an international organisation: the two signing a roadmap inside a story of fake cheese is a contact, the office
registering a name alone is not (b_ip_agency). Provinces of two states signing a sister-region agreement (its
hyphenated form, Tajikistan's Sughd province) in a story a football headline frames are a contact; two cities of one
state or two schools twinned are not (b_sister_regions). Sentenced prisoners handed over to a delegation of another
state's justice ministry, the act of the handover signed, inside a report on prison numbers are a contact; released
prisoners handed over to their families are not (b_prisoner_handover).
Batch 34 (helper fix34a, prefixed a_): a state's body named by its field (an anti-corruption agency or bureau, a
geology committee or geological survey, an institute of seismology or earthquake administration) is an organ of its
state: two states' such bodies signing inside a story of bribes, a gold rush or a tremor are a contact, the home's body
alone is not (a_field_bodies). In Kazakh copy the foreign ministry named alone holding consular consultations with
another state's ministry lifts the "citizens served" frame; advising its citizens alone does not
(a_consular_consultations; Kazakh). An emergencies committee "and civil defence" names no citizens served: its deputy
head signing an act of handover with a foreign ambassador is a contact (a_civil_defence; Russian and Kazakh, whose
word for civil is the word for citizens).
Batch 35 (helper fix34c, prefixed c_): a feature that opens with a person (a fisherman, a herder) and tells a meeting
with no side of its own, whose sides the next sentence names as offices of two states agreeing on a joint count, is
their contact; fishermen's groups of two states agreeing are not (c_sides_next). The home's office named alone with
another state's delegation of rescuers at a drill, the agencies signing next, lifts a school story's frame; a head
teacher with a delegation of teachers, two schools signing, does not (c_delegation_drill). The home's office named
alone holding talks abroad "with" a title of the host state's body, in a farmer's story whose opening names the home's
places, is the home's, though the host be named more; a host's ministry with its own agency is not
(c_counterpart_opening; English, Russian, Arabic).
Batches 34 and 35 (helper fix34d, prefixed d_): states that two other states' ministers name as possible destinations
for the cargo of their port or corridor ("destinations for cargo", "направлениями грузов", "жүк бағыттары", "وجهات
البضائع", "مقاصد کالا") are a market, no party; the in-scope state's own minister at such talks is one
(d_cargo_destinations). A corridor that "passes through" a state, told in Persian by "از" before its name and a verb of
passage after it ("از ... می‌گذرد"), makes it a way through, no party to two other states' talks; its own deputy
minister signing is one (d_passed_through; Persian). A state's raw material named by the material ("the tungsten of
Uzbekistan", "вольфрам Узбекистана", "يورانيوم أوزبكستان") as a source for two other states' purchases is a supplier's
land, no party; its own minister signing a supply agreement is one (d_raw_material).
A horse named like a city, the name in apposition to the animal's noun ("Astana, a four-year-old filly", "жеребец
Астана", "Астана атты айғыр", "الحصان أستانا", "اسب تاشکند"), is no place, nor is any repeat of its name (d_horse_name).
Batches 34 and 35 (helper fix34b, prefixed b_): a state's bodies named by their function are organs of the state.
Two states' drug-control agencies, or the home's anti-narcotics police chief and another state's agency, meeting
inside a seizure report that a police word frames and agreeing or signing are a contact (b_drug_agencies; English read
the agency already); a veterinary service and another state's food-safety agency at a video conference, a meeting,
inside a poultry-exports story are one (b_veterinary_video); so are a border commissioner and the neighbour's
commissioner or border police agreeing at a crossing inside a feature on lorry queues (b_border_commissioners), and
two states' meteorology centres or weather services signing inside a rain-season story, the weather word in their
names no frame (b_meteo_centre). Each body alone (a route reported, a video conference with its own offices, a queue
explained, a front forecast) is not. A ministry named alone signing "with" another state's labour-migration agency
(its state's adjective after the body's long name in Arabic) in a story whose dateline names a third state is that
state's: a contact, though the agency's state be named most (b_labour_migration; English, Russian, Arabic).
Batch 36 (helper fix36b, prefixed b_): two other states discussing a railway that would run through a third state's
town onto that state's network ("through Termez to the railway network of Uzbekistan", "через Куляб к
железнодорожной сети Таджикистана", "Түрікменстанның темір жолдарына", "به شبکه ریلی ازبکستان") name the third
state as the rails the line leads onto, no side; its own minister signing with them is a party (b_line_network;
Arabic read so already). So does the line's onward leg after its end ("with onward connections towards", "с
дальнейшим выходом на") (b_onward; English and Russian).
Batch 36 (helper fix36a, prefixed a_): Arabic "زيارته" (his visit) shares its letters with the stem of Persian زیارت
(a pilgrimage); the pilgrimage frame reads that word in Persian only, so two states' customs bodies signing during a
deputy head's visit are a contact (a_visit_suffix; Arabic). A ministry named alone signing "with" a committee
"affiliated to" another state's cabinet is that other state's counterpart, as one placed "in" its state: a contact
in a pilgrims' sentence; a travel firm signing with it is not (a_affiliated_counterpart; Arabic).
Batch 37 (helper fix37fp, prefixed b_): two places of one in-scope state named in a twinning sentence of a story whose
twinning is between towns of other states (a club's trip there) are a domestic pair, no party, though the story name
a second state (b_domestic_twinning; English, Russian, Persian); English "credentials" issued to journalists are a
press pass, no envoy's, while an ambassador's presented before the press stay a contact (b_press_credentials).
Batch 37 (helper fix37fp2, prefixed b2_): a crypto exchange, a payment app or an e-wallet a city names is a firm, its
memorandum with another such firm a deal of firms, while two ministries' memorandum on licensing them stays a
contact (b2_firm_words); a trade's summit the writer puts in quotes (a fintech "summit", финтех-«саммит») is a
conference of firms still, a regional "summit" of two presidents a contact (b2_quoted_trade_summit; English,
Russian, Kazakh: Arabic and Persian name the trade after the summit word, where quotes never stood in the way).
A city named as the host of a conference by a verb of hosting ("the climate conference Baku hosted", "الذي استضافته
باكو", "به میزبانی باکو", "которую принимал Баку", "Бакуде өткен") where two other states' bodies talk is where the
conference was, no party; the host city stays one where its state's minister acts in the story (b2_hosting_city).
A maker or a bank a city's Kazakh locative adjective places ("Ташкенттегі нан өндірушімен", with a bakery in
Tashkent) is a firm there, its contract with a mill no contact of states, while two ministries' agreement on the
same deliveries stays one (b2_kk_located_firm; Kazakh: the other languages say "in", read so already).
Batch 37 (helper statebody, prefixed a_): two states' bodies no list names, each read by its grammar (an
organisational head noun marked as the state's by a qualifier, its ministry or its country: "Kazakhstan's State Civil
Aviation Service", "Бюро национальной статистики Казахстана", "مصلحة الإحصاء الحكومية القيرغيزية", "اداره دولتی آمار"),
acting together in a tourism story are a contact; the same kind of body with a private marker (an association, a
company) is not (a_state_body). A state body's short name compounded from its country's prefix and its field
("Кыргызпатент", "Kazpatent") is its state acting; a firm's compound of trade is not (a_compound_body; Russian and
English).
Batch 38 (helper fix38c, prefixed c_): an agreement, a declaration or a treaty named after a city ("the Tashkent
Declaration", "Ашхабадское соглашение", "Ашхабад келісімі", "اتفاقية عشق آباد") that two other states recall is a
name, as a format is, not the city's state acting; that state's deputy minister signing stays a party (c_city_accord).
A writer who would like to publish her books in two states names where they would be printed (English, Russian,
Arabic and Persian by the books, Kazakh by the verb after the place in the locative, "Тәжікстанда шығаруға"), while
the two states' ministries signing on translations are a contact (c_publish_abroad). Kazakh "X аумағы арқылы" (through
X's territory) names a route, as "через территорию" does (c_route_territory; Kazakh only). A state whose part
pupils play in a game ("in the role of Tajikistan", "в роли", "Тәжікстанды ойнаған", "بدور", "در نقش"), in an excerpt
that lost the game's name, is no state acting; the two states' deputy ministers holding talks are (c_role_play).
Batch 38 (helper fix38a, prefixed a_): a story framed as sport or fiction inside which the home's body named alone
(Persian and Kazakh copy's own ministry; English, Russian and Arabic copy's body named first) signs with another
state's body is a contact, two federations or private studios signing the same are not (a_frame_bodies_sign,
a_fiction_bodies_sign); Kazakh "агенттік", the nominative of агенттігі, named alone is the home's agency, its
memorandum with another state's bureau a contact (a_kk_agency; Kazakh only); an international organisation's team
holding consultations in a sentence a prices word frames, the state's central bank and ministry met in the next, is
a contact, the team meeting traders is not (a_organisation_consults).
Batch 38 (helper fix38b, prefixed b_): copy with no language's home datelined by a capital of a state out of scope
("CAIRO -", "КАИР.", "القاهرة –" opening the lead's long line) is that state's: its ministry named alone receiving a
delegation of another state's ministry, before that state's office, is one side of a contact, while the same ministry
receiving its own governorate's delegation is not (b_dash_dateline; Arabic, English, Russian: Persian and Kazakh copy
have their language's home). An initial's stop before a surname ("Б. Ххх") is no sentence break: the official's
office named alone stays in the sentence where he signs with another state's body (b_initial_office; English,
Russian, Kazakh: Arabic and Persian write no capitals). The home's office holding talks "with the mission", "с миссией",
"миссиямен", "مع البعثة", "با هیئت" meets the side whose mission or delegation the sentence before names (an
organisation, another state), the noun named back; the home's own audit chamber's mission is no second side
(b_named_back). A paragraph opening by turning to another matter ("Separately,", "В другой новости",
"وفي سياق آخر", "در خبری دیگر") is out of reach of the story's tourism frame: the authority's delegation consulting
another state's committee there is a contact, the same paragraph with no such opening the tourism story's
(b_shifted_topic; English, Russian, Arabic, Persian).
Batch 39 (helper fix39b, prefixed b_): an embassy calling on its own citizens, the Arabic verb with its object pronoun
written onto it ("ودعتهم"), is consular, one state's business; its ambassador meeting the host's deputy minister is a
contact (b_pronoun_advice; Arabic). An importer or exporter is a firm, the city it is in its seat: a mill's contract
with an importer in Kabul is no contact, two trade ministers' protocol is (b_importer). An event's own name in quotes
ending in the summit word ("Founders Summit", «Фаундерс Саммит») is a brand, no summit of states (b_quoted_name;
English, Russian, Kazakh). Common words are no places: Persian مالیات (tax) is no Mali nor قطره‌ای (drip) Qatar, Arabic
المانات (manats) no Germany (b_common_word; Persian, Arabic), and a stem is no frame inside an unrelated word: Russian
поэтапный and поэтому hold no poet, Kazakh жиынтық no meeting (b_stem_word; Russian, Kazakh). A crowd gathered at an
embassy's building stands where a crime happens; the ambassador consulting the host's deputy minister is a contact
(b_embassy_crowd).
Batch 39 (helper fix39a, prefixed a_): Russia's inspectorate by its compound name ("Россельхознадзор") is a state's
body, another state's agency consulting it in a prices story a contact (a_inspectorate_compound); a body named alone
(a Russian name capitalised in its sentence, a state qualifier) consulting the Eurasian Economic Commission in Moscow
is the home's contact with the organisation, the city no side (a_organisation_seat); a ministry's short name beside
its state ("МВД Турции", "Қырғызстан ІІМ") is an office, "В Анкаре" before an office its place, and two signatories
joined by "and" two states (a_ministry_short_name); in a school story the home's ministry named alone signing with
another state's lifts the frame (a_school_home_organ; Kazakh); a leader's family name after another given name, an
office in apposition, is another person and no country's evidence (a_apposed_bearer); a main clause told in the
future before a past cue keeps the sentence current (a_future_main); Persian "نشست مجازی" is a meeting
(a_virtual_session); Kazakh copy's region akim is an office of Kazakhstan, its twinning with a foreign province a
contact (a_kk_akim).

Batch 40 (helper fix40b, prefixed b_): a hiring word with a second sense (Kazakh "бос орын", a free seat or a vacancy;
English "vacancies" of a car park; Russian "объявил набор", an intake of pupils or of staff; Arabic "شواغر", free
places) frames a job advertisement only beside a job's own words (applicants, a salary, requirements, a CV): a lead
about seats or courses with the home's ministry signing later is a contact, an embassy's advertisement with the word
is one employer's staffing (b_vacancy_sense; English, Russian, Kazakh, Arabic).

Batch 39 (helper fix39c, prefixed c_): common words the audit still read as places or frames. Arabic المجرى (the
course, a channel) is no Hungary, the name with a final ى another word, and المؤدي (leading to) no Modi, his name
written with و (c_course_word; Arabic); Arabic شعبة (a branch) and شعبان (Sha'ban) are no people (c_branch_word;
Arabic), مسيرة, مسيرات (a march, the course of relations) no route (c_march_word; Arabic); Kazakh given names in
Әмір- (Әміржан, Әмірхан) are no emir, surnames in Султан- no sultan (c_name_word; Kazakh, Russian); Russian "в
отношении" (regarding) is no relations (c_regarding; Russian).
Batch 40 (helper fix40d, prefixed d_): a state body named first with its state beside its head and then by its name
alone is the same body, its state's, signing with another state's ministry (d_named_again; Persian, whose "انستیتو" is
an organisational head; English, Arabic and Russian read so already). An institution the lead names as the home's (a
state library in a Kazakh city) is the home's body when its noun names it again ("кітапхана директоры"): with another
state's national library it signs a contact, with a city publisher it does not (d_home_institution; Kazakh, Persian
read so already). The home's organisation named alone and another state's ministry that agreed at a meeting (Persian
"توافق کرده‌اند", in reported speech) lift a festival's frame, and a serial's filming (a fiction) in the headline;
agreeing with a private troupe or studio does not (d_agreed_meeting; Persian).
Batch 43 (helper fix43a, prefixed a_): the home's side of a contact told as "he" (ол) standing for the home body's
official named just before (a_pronoun_official), as a committee's head noun alone after its full name, Kazakh's
"with" glued to the last noun of the other state's genitive chain (a_body_alone), or, where no home is known (a
byline only), a body named alone receiving a delegation from the named state's ministry (a_no_home). Kazakh, Arabic.
Batch 40 (helper fix40a, prefixed a_): a town of a state datelining the copy gives its state, whose office named alone
meets another state's office or receives its delegation: a contact (a_dateline_town; Arabic, English, Russian).
Batch 40 (helper fix40c, prefixed a2_): a firm "from" a regional town, or building in a district of its region,
signing with a foreign firm is no contact; the state's office meeting another state's there is one (a2_regional_town;
English, Russian, Kazakh).
Batch 40 (helper fix40e, prefixed e_): a firm's deal is found across the signing verb's object or the deal's
complement before its side ("signed a supply deal with a Kyrgyz supermarket chain", "соглашение о поставках с
торговой сетью", "жеткізу туралы келісімге" after the firm in the comitative), and a firm named by its head noun (a
chain, a retailer, a maker) is a side: the producer's and the chain's countries are no parties; the two states'
ministers meeting in the same story are a contact (e_firm_object). "International relations" names a field (a
faculty, an institute) or the world's order, no two states' ties (e_international_relations). Kazakh writes a case
ending on a list's last name only: "Қазақстан мен Өзбекстандағы" places both (e_kk_list_locative; Kazakh). A past
state's ruler ("the Khan of Khiva", "бухарского эмира") names that state, no modern one: his embassy is history
(e_past_ruler).
Batch 41 (helper fix41b, prefixed b_): a story whose only office-holder is called former keeps that sense for its
other envoy words that name no sending state: his postings are biography (b_former_postings). An embassy named as a
place (a street where embassies stand, a stop "outside" or "напротив" one, "маңындағы", "أمام", "مقابل") is no mission
acting (b_embassy_place). A quoted event name with the summit word, in a story with no office, leader or organisation
and with firms or a fair, is a brand's event even with a region in it or opening with the summit word
(b_brand_summit). Once a climbers' story calls a mountain's top a summit (the range named by its name too), its other
bare summit words are peaks (b_peak_sense; English and Arabic).
Batch 41 (helper fix41a, prefixed a_): a contact sentence between the home's body named alone (by an in-scope
dateline or the outlet's) and another state's body named with its state, inside a story framed as health or
history, is the two states' contact; the same story with a private clinic group or firm as the other side is not
(a_contact_in_frame; English and Arabic so far).
Batch 42 (helper fix42a, prefixed a_): the grammar of state bodies reads more heads of a named state's body, the
foreign side of a contact: a general directorate or main administration, the rank word right beside its head
(a_general_directorate); an academy of sciences, any other academy a school (a_academy_sciences); an exchange or an
enterprise marked as the state's property, a joint-stock or private one none (a_state_owned); and, in Arabic, a
capital inside a body's name before its qualifier as the body's state (a_capital_inside; Arabic).
Batch 42 (helper fix42b, prefixed b_): the home's side of a contact named alone. Kazakh glues "with" to the name
("орынбасары ... Досановпен кездесті"): a long word in -мен/-бен/-пен passes from one side to the other
(b_kk_glued_with; Kazakh). An agency of the six states tagging its dateline ("— Trend.", "(AKIpress)") names the
home where the dateline's town is one the gazetteer lacks (b_outlet_tag; Russian and English). A state body named in
full, alone, then by its head noun alone, or by a noun joined to it by "and" ("the Archive and National Library" ...
"the Archive signed with ..."), is the home's side (b_body_named_back; Arabic and Russian).
Batch 42 (helper fix42x, prefixed x_): two other states' ministers meet; a state in scope that acts nowhere in the
story and is named in no event sentence (its gas, a route through it, a neighbour) is their contact's subject or
background, no party, as an excerpt without the headline that named who met must read it (x_beside_others_contact).

Batch 42 (helper fix42c, prefixed c_): a noun of diplomacy quoted alone with its qualifier is a coinage, no
contact; a summit whose people are a trade's in a story with no state's voice is a business event even when its
quoted name is gone; a factory or mill and a chain of shops are firms, their contract no state's deal. English and
Russian texts so far (the rules read every language where the kind occurs).

Batch 44 (helper fix44b, prefixed b_): a contact whose home side is a body or office named alone, the home sure by
the copy's language, in a story whose places the gazetteer lacks: that side names the home as its capital would, so
the home is a country of the article and a party (b_home_body_alone; Kazakh, the one such language in scope).
Batch 44 (helper fix44a, prefixed a_): an office named alone whose own genitive is a country read as a firm's (a
bank, a lender) is the firm's officer, no state's side of a contact (a_firm_officer); diplomats named alone beside
their own foreign ministry where nobody meets are its staff, no second side (a_staff_diplomats); a sentence telling
that the states of a region took no part in two other states' talks, or that these were the two's alone, names no
party by its event word (a_not_taking_part); envoys named alone beside one other state's town are no home office
travelling there (a_envoys_alone).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from monitor.relevance import assess

ROOT = Path(__file__).resolve().parents[2]
BATCHES: tuple[int | str, ...] = (6, 7, 8, 9, 10, 11, 12, "12b", 13, 14, 15, 17, 18, 19, 20, 21, 22, 23, 24, 25,
                                  26, 27, 28, "28b", 29, "29b", 30, 31, "31b", "31c", "31d", 32, "32b", "32c",
                                  33, "33c", "33d", "33b", 34, "34c", "34d", "34b", "36b", 36, "37b", "37a",
                                  "38c", "38a", "38b", "39b", "39a", "40b", "39c", "40d", "40a", "40e", "41b",
                                  "41a", "42a", "42b", "42x", "42c", "43a", "44b", "44a")
ALL = frozenset({"ar", "fa", "kk", "ru", "en"})
# Sub-kinds that occur in some languages only: a word's two senses live in the two languages that share its spelling.
SUB_LANGS = {(8, "senses"): frozenset({"ar", "fa"}), (9, "compound"): frozenset({"ar"}),
             ("41a", "a_contact_in_frame"): frozenset({"en", "ar"}),
             (10, "social"): frozenset({"ar", "fa"}), ("12b", "talks"): frozenset({"en"}),
             ("12b", "office_in"): frozenset({"ar", "fa"}), ("12b", "list_genitive"): frozenset({"kk"}),
             (17, "name_word"): frozenset({"kk"}), (19, "colleagues"): frozenset({"ru", "kk"}),
             (21, "market_counterparts"): frozenset({"en", "ar", "fa"}),
             (21, "foremost_list"): frozenset({"en", "ar", "fa"}), (23, "own_government"): frozenset({"fa", "kk"}),
             (23, "supreme_majlis"): frozenset({"ru", "en"}), (23, "qandas_origin"): frozenset({"kk"}),
             (23, "count_received"): frozenset({"en"}),
             (27, "a_organisation_team"): frozenset({"en", "ru", "ar", "fa"}),
             (27, "a_appointee_received"): frozenset({"en", "ru", "fa"}),
             (27, "a_courts_sign"): frozenset({"en", "ru", "kk", "ar"}),
             (27, "b_negated_presence"): frozenset({"en", "ru", "ar"}), (27, "b_ethnic_adjective"): frozenset({"en"}),
             (28, "a_prosecutors_general"): frozenset({"kk", "ar", "fa"}),
             (28, "a_hydromet_compound"): frozenset({"en", "ru", "kk"}),
             (28, "c_with_counterpart"): frozenset({"ar", "en", "ru"}),
             (28, "c_state_secretary"): frozenset({"en", "ru", "ar"}),
             (28, "c_maritime_agencies"): frozenset({"fa", "kk", "ar"}),
             ("29b", "b_diplomats_kin"): frozenset({"en", "ru", "ar", "fa"}),
             ("29b", "b_body_named_again"): frozenset({"en", "ru", "kk", "ar"}),
             ("29b", "b_veterans_trip"): frozenset({"ru", "ar", "fa"}),
             ("29b", "b_so_called"): frozenset({"ru", "kk", "fa"}),
             (29, "a_home_body_first"): frozenset({"en", "ru"}),
             (29, "a_body_organisation"): frozenset({"en", "ru"}), (29, "a_article_noun"): frozenset({"ar"}),
             (30, "a_firm_head"): frozenset({"en", "ru", "fa"}),
             (30, "a_figurative_diplomacy"): frozenset({"en", "ar"}),
             (30, "a_research_team"): frozenset({"ar"}),
             (30, "a_own_envoys_home"): frozenset({"ar", "ru", "fa"}),
             (31, "a_interpol"): frozenset({"en", "ru", "kk", "ar"}),
             (31, "a_talks_then_sign"): frozenset({"ru"}),
             (31, "a_bodies_sign_frame"): frozenset({"ar", "fa"}),
             ("31d", "d_others_ministers"): frozenset({"kk"}),
             ("31d", "d_dateline_lead"): frozenset({"en", "ru", "kk"}),
             ("31c", "c_pilgrim_counterpart"): frozenset({"ar"}),
             (32, "a_own_name_agencies"): frozenset({"en", "ru", "kk"}),
             (32, "a_equipment_handover"): frozenset({"kk"}),
             (32, "a_signed_for_side"): frozenset({"ar"}),
             ("32b", "b_transit_home"): frozenset({"en", "ru", "ar"}),
             ("32c", "c_topic_state"): frozenset({"fa"}),
             (33, "a_function_bodies"): frozenset({"ru", "kk", "ar", "fa"}),
             (33, "a_region_bodies"): frozenset({"kk"}),
             ("33c", "c_firm_delegation"): frozenset({"en", "ru", "kk", "fa"}),
             ("33c", "c_climbers_peaks"): frozenset({"en", "ar"}),
             (34, "a_consular_consultations"): frozenset({"kk"}),
             (34, "a_civil_defence"): frozenset({"ru", "kk"}),
             ("34c", "c_counterpart_opening"): frozenset({"en", "ru", "ar"}),
             ("34d", "d_passed_through"): frozenset({"fa"}),
             ("34b", "b_drug_agencies"): frozenset({"ru", "kk", "ar", "fa"}),
             ("34b", "b_labour_migration"): frozenset({"en", "ru", "ar"}),
             ("36b", "b_line_network"): frozenset({"en", "ru", "kk", "fa"}),
             ("36b", "b_onward"): frozenset({"en", "ru"}),
             (36, "a_visit_suffix"): frozenset({"ar"}), (36, "a_affiliated_counterpart"): frozenset({"ar"}),
             ("37b", "b_domestic_twinning"): frozenset({"en", "ru", "fa"}),
             ("37b", "b_press_credentials"): frozenset({"en"}),
             ("37b", "b2_quoted_trade_summit"): frozenset({"en", "ru", "kk"}),
             ("37b", "b2_kk_located_firm"): frozenset({"kk"}),
             ("37a", "a_compound_body"): frozenset({"ru", "en"}),
             ("38c", "c_route_territory"): frozenset({"kk"}),
             ("38a", "a_kk_agency"): frozenset({"kk"}),
             ("38b", "b_dash_dateline"): frozenset({"ar", "en", "ru"}),
             ("38b", "b_initial_office"): frozenset({"en", "ru", "kk"}),
             ("38b", "b_shifted_topic"): frozenset({"en", "ru", "ar", "fa"}),
             ("39b", "b_pronoun_advice"): frozenset({"ar"}),
             ("39b", "b_quoted_name"): frozenset({"en", "ru", "kk"}),
             ("39b", "b_common_word"): frozenset({"fa", "ar"}),
             ("39b", "b_stem_word"): frozenset({"ru", "kk"}),
             ("39a", "a_inspectorate_compound"): frozenset({"ru", "en", "kk"}),
             ("39a", "a_organisation_seat"): frozenset({"ru", "en", "kk"}),
             ("39a", "a_ministry_short_name"): frozenset({"ru", "kk"}),
             ("39a", "a_school_home_organ"): frozenset({"kk"}),
             ("39a", "a_apposed_bearer"): frozenset({"fa", "en"}),
             ("39a", "a_future_main"): frozenset({"ar", "en", "ru"}),
             ("39a", "a_virtual_session"): frozenset({"fa"}),
             ("39a", "a_kk_akim"): frozenset({"kk"}),
             ("40b", "b_vacancy_sense"): frozenset({"en", "ru", "kk", "ar"}),
             ("39c", "c_course_word"): frozenset({"ar"}), ("39c", "c_branch_word"): frozenset({"ar"}),
             ("39c", "c_march_word"): frozenset({"ar"}), ("39c", "c_name_word"): frozenset({"kk", "ru"}),
             ("39c", "c_regarding"): frozenset({"ru"}),
             ("40d", "d_named_again"): frozenset({"fa", "en", "ar", "ru"}),
             ("40d", "d_home_institution"): frozenset({"kk", "fa"}),
             ("40d", "d_agreed_meeting"): frozenset({"fa"}),
             ("40a", "a_dateline_town"): frozenset({"ar", "en", "ru"}),
             ("40a", "a2_regional_town"): frozenset({"en", "ru", "kk"}),
             ("40e", "e_kk_list_locative"): frozenset({"kk"}),
             ("41b", "b_peak_sense"): frozenset({"en", "ar"}),
             ("42a", "a_capital_inside"): frozenset({"ar"}),
             ("42b", "b_kk_glued_with"): frozenset({"kk"}), ("42b", "b_outlet_tag"): frozenset({"ru", "en"}),
             ("42b", "b_body_named_back"): frozenset({"ar", "ru"}),
             ("42c", "c_quoted_diplomacy"): frozenset({"en", "ru"}),
             ("42c", "c_trade_summit"): frozenset({"en", "ru"}),
             ("42c", "c_factory_deal"): frozenset({"en", "ru"}),
             ("43a", "a_pronoun_official"): frozenset({"kk"}), ("43a", "a_body_alone"): frozenset({"kk"}),
             ("43a", "a_no_home"): frozenset({"ar"}),
             ("44b", "b_home_body_alone"): frozenset({"kk"}),
             ("44a", "a_firm_officer"): frozenset({"en"}),
             ("44a", "a_envoys_alone"): frozenset({"en"})}


def _cases(batch: int | str) -> list[dict]:
    path = ROOT / f"tests/data/relevance_batch{batch}_kinds.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]


CASES = {b: _cases(b) for b in BATCHES}


def check_case(case: dict) -> None:
    """A kinds file's case: its relevance, its in-scope countries when relevant, and the countries it must not name
    (shared with the excerpt kinds, tests/unit/test_relevance_excerpt_kinds.py)."""
    r = assess(case["text"], case["lang"])
    assert r.relevant == case["relevant"], r.reasons
    if case["relevant"]:
        assert sorted(r.in_scope) == sorted(case["countries"]), r.reasons
    for country in case["absent"]:
        assert country not in r.countries, (country, r.reasons)


@pytest.mark.parametrize("case", [c for b in BATCHES for c in CASES[b]], ids=lambda c: c["id"])
def test_batch_kind(case: dict) -> None:
    check_case(case)


@pytest.mark.parametrize("batch", BATCHES)
def test_every_sub_kind_in_every_language_where_it_occurs_and_with_pairs(batch: int | str) -> None:
    cases = CASES[batch]
    langs: dict[str, set[str]] = {}
    for c in cases:
        langs.setdefault(c["sub"], set()).add(c["lang"])
    for sub, seen in langs.items():
        assert seen == SUB_LANGS.get((batch, sub), ALL), (batch, sub)
        assert any(c["sub"] == sub and c["relevant"] for c in cases), (batch, sub)


def test_organisations_are_found_in_russian_oblique_cases() -> None:
    from monitor.gazetteer import scan
    from monitor.normalize import fold
    from monitor.variants import russian_adjective_head_cases

    assert "Всемирной организации здравоохранения" in russian_adjective_head_cases(
        "Всемирная организация здравоохранения")
    assert "Азиатским банком развития" in russian_adjective_head_cases("Азиатский банк развития")
    text = "Глава МИД встретился с делегацией Международного агентства по атомной энергии и Всемирного банка."
    orgs = {h.entry.key for h in scan(fold(text), "ru").gaz if h.entry.kind == "organization"}
    assert {"International Atomic Energy Agency", "World Bank"} <= orgs


def test_russian_names_in_y_are_found_in_oblique_cases() -> None:
    from monitor.gazetteer import scan
    from monitor.normalize import fold

    for text, country in (("компании из Китая", "China"), ("посол Маврикия", "Mauritius"), ("с Китаем", "China")):
        assert country in {h.entry.key for h in scan(fold(text), "ru").gaz}, text


def test_office_words_inside_place_names_are_names() -> None:
    """The sultan inside the capital's former name (Нур-Султан, نور سلطان) is no state's office; Oman's sultan is."""
    from monitor.gazetteer import scan
    from monitor.normalize import fold

    def state_cues(text: str, lang: str) -> list[str]:
        return [h.entry.key for h in scan(fold(text), lang).lex if h.entry.kind == "cue"]

    assert "state" not in state_cues("Делегация прибыла в Нур-Султан.", "ru")
    assert "state" not in state_cues("وصل الوفد إلى نور سلطان.", "ar")
    assert "state" in state_cues("Делегация встретилась с султаном Омана.", "ru")


@pytest.mark.parametrize(
    ("text", "lang", "kind", "key"),
    [
        ("Алматы – Бішкек тас жолының 40-шақырымында жүк көлігі аударылды.", "kk", "cue", "advice"),
        ("Командалар жасақталады.", "kk", "cue", "group"),
        ("На заседании коллегии министерства обсудили итоги года.", "ru", "concept", "counterpart"),
        ("Он вручил свою визитную карточку.", "ru", "concept", "visit"),
        ("Азамат Сериков выступил на форуме.", "ru", "cue", "citizens"),
        ("Клуб сыграет в Премьер-лиге.", "ru", "cue", "state"),
        ("مدیر تعاونی صنایع دستی گفت.", "fa", "concept", "cooperation"),
    ],
)
def test_stems_inside_unrelated_words(text: str, lang: str, kind: str, key: str) -> None:
    """Audit of tests/data (fix39c): a lexicon stem inside an unrelated word or a given name is no frame."""
    from monitor.gazetteer import scan
    from monitor.normalize import fold

    assert (kind, key) not in {(h.entry.kind, h.entry.key) for h in scan(fold(text), lang).lex}
