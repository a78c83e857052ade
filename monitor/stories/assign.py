"""Does a report belong to a story? A transparent score of what two reports share, minus what rules it out.

Two reports of one event are published within a few days, share an in-scope party, and name the same
people, places, organisations, roles and kind of event. Two reports of different events can share a lot
too (the same two presidents talk on the phone a month after a state visit; an ambassador meets one
governor, then another; a summit and the bilateral meeting on its sidelines happen the same day in the same
city), so the score also subtracts what tells events apart: the places of the lead differ, the parties
differ, one is a phone call and the other is not, one gathers many states and the other two.

Every number below is a stated rule, and :func:`pair_score` returns the reasons with the score, so a
reader can see why a report joined its story (``story_reasons``).
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import dataclass, field
from datetime import timedelta

from monitor.stories.signature import Signature, base_role, is_region, leader_country, same_names

#: Reports of one event are published within this time of each other (wire copy the same day, weeklies
#: and translations a few days later).
WINDOW = timedelta(days=3)
#: A report joins the best story that scores at least this much; below it, it opens a story of its own.
THRESHOLD = 4.0

WEIGHTS = {
    "leader": 3.0,  # each head of state or government both name (at most two count)
    "listed_leader": 1.0,  # the same where a report lists four or more, or one report is a gathering
    "name": 2.5,  # each person found by pattern whose name both give (any script)
    "listed_name": 1.0,  # the same where one report is a gathering (its participants) and the other not
    "place": 1.5,  # each city or province both name (capitals 0.5)
    "twinned_place": 3.0,  # a city or province both name as one side of a twinning: a party, not a venue
    "capital": 0.5,
    "org": 1.0,  # each organisation
    "role": 1.0,  # each office with its country ("ambassador of Kazakhstan"); a bare office 0.5
    "bare_role": 0.5,
    "party": 2.0,  # the counterpart: a party outside the in-scope countries (further ones 0.5 each)
    "more_parties": 0.5,
    "concept": 0.5,  # each specific kind of event (summit, twinning, credentials...), at most three
    "one_gathering": 2.0,  # two gatherings of one organisation in one host place within a day
}
PENALTIES = {
    "lead_places": 4.0,  # both leads name places, and none in common: two different meetings
    "parties": 2.0,  # both have counterparts and none in common
    "phone_call": 2.0,  # a phone call is not the visit it follows or prepares
    "frames": 5.0,  # a gathering (summit, council) against a bilateral meeting (on its sidelines or not)
    "gathering": 1.5,  # a gathering against a report whose lead says neither
    "organisations": 3.0,  # two gatherings of different organisations
    "levels": 3.0,  # a council of ministers and the summit it prepares (the same organisation and city)
    "lead_place": 1.5,  # one lead names a city or province the other report never names, the other a capital
    "actors": 2.0,  # both leads name who met, and nobody (person, head of state, office) is in both
    "counterparts": 4.0,  # one official meets someone else in each report (another person, another state)
}
#: Added for the time between two reports, by whole days: less than one, one, two, three.
TIME = (1.0, 0.5, 0.0, -0.5)


@dataclass
class Score:
    """A pair's score and the reasons for it (shared features first, then what counted against)."""

    value: float = 0.0
    reasons: list[str] = field(default_factory=list)
    possible: bool = True  # False: outside the window or no in-scope party in common
    explain: bool = field(default=True, repr=False, compare=False)  # False: the value only, no reasons


def _add(score: Score, weight: float, label: str, items: Sequence[str] | Set[str]) -> None:
    if items:
        score.value += weight * len(items)
        if score.explain:
            score.reasons.append(f"{label} {', '.join(sorted(items))}")


def pair_score(a: Signature, b: Signature, explain: bool = True) -> Score:
    """How strongly two reports look like reports of one event (higher is stronger).

    A gathering (a summit, a council of ministers) and a meeting that is not one share its participants:
    the heads of state, the people, the offices and the countries a summit report lists are the same ones
    a bilateral meeting on its sidelines names, so they count as a listed participant counts. Two reports
    of gatherings each name their own country's delegation: there the organisation, the host place and the
    day make the gathering, and different delegations do not tell two gatherings apart.

    ``explain=False`` gives the same value without writing the reasons: :func:`decide` scores a report
    against every report of its window and explains only the pairs its decision names."""
    score = Score(explain=explain)
    gap = abs(a.when - b.when)
    shared_home = a.home & b.home
    if gap > WINDOW:
        return Score(possible=False, reasons=[f"{gap.days} days apart"] if explain else [])
    if not shared_home:
        return Score(possible=False, reasons=["no in-scope party in common"] if explain else [])
    if explain:
        score.reasons.append(f"in-scope {', '.join(sorted(shared_home))}")
    gatherings = (a.frame == "gathering") + (b.frame == "gathering")
    one_gathering = gatherings == 1  # its participants are listed, not met
    listed = max(len(a.leaders), len(b.leaders)) >= 4 or one_gathering
    _add(score, WEIGHTS["listed_leader" if listed else "leader"], "leaders", sorted(a.leaders & b.leaders)[:2])
    names = same_names(a.names, b.names)
    _add(score, WEIGHTS["listed_name" if one_gathering else "name"], "people",
         [a.display.get(k, k) for k in names] if explain else names)
    twinning = "twinning" in a.concepts and "twinning" in b.concepts
    _add(score, WEIGHTS["twinned_place" if twinning else "place"], "places", sorted(a.places & b.places))
    _add(score, WEIGHTS["capital"], "capitals or regions", sorted(a.capitals & b.capitals))
    _add(score, WEIGHTS["org"], "organisations", sorted(a.orgs & b.orgs))
    roles = a.roles & b.roles
    _add(score, WEIGHTS["bare_role" if one_gathering else "role"], "roles", [r for r in roles if " of " in r])
    _add(score, WEIGHTS["bare_role"], "offices", [r for r in roles if " of " not in r])
    counterparts = sorted(a.foreign & b.foreign)
    _add(score, WEIGHTS["more_parties" if one_gathering else "party"], "counterpart", counterparts[:1])
    _add(score, WEIGHTS["more_parties"], "more counterparts", counterparts[1:])
    _add(score, WEIGHTS["concept"], "events", sorted(a.concepts & b.concepts)[:3])
    levels = {a.level, b.level} - {""}
    if gatherings == 2 and gap.days == 0 and len(levels) < 2:
        # one organisation, one day, one host (or a lead that names no host the gazetteer knows)
        host_a = {p for p in a.lead_places if not is_region(p)}
        host_b = {p for p in b.lead_places if not is_region(p)}
        hosts = sorted(host_a & host_b)
        orgs = sorted(a.orgs & b.orgs)
        if orgs and (hosts or not host_a or not host_b):
            _add(score, WEIGHTS["one_gathering"], "one gathering", [f"{orgs[0]} in {hosts[0]}" if hosts else orgs[0]])
    phone = "phone_call" in a.concepts and "phone_call" in b.concepts  # a call has no venue: each side at home
    # a lead that names only a capital may name the dateline (where the agency files), not the venue: against a
    # lead that names a city or province, that counts as the softer rule below, not as two venues
    dateline = (a.lead_places <= a.capitals) != (b.lead_places <= b.capitals)
    if a.lead_places and b.lead_places and not (a.lead_places & b.lead_places) and not dateline:
        if not phone:
            _penalise(score, "lead_places",
                      explain and f"leads name other places ({_few(a.lead_places)} / {_few(b.lead_places)})")
    else:
        for x, y in ((a, b), (b, a)):
            own = x.lead_places & x.places
            if own and y.lead_places and not y.lead_places & y.places and not own & (y.places | y.capitals):
                _penalise(score, "lead_place", explain and f"{_few(own)} against {_few(y.lead_places)}")
                break
    if a.frame == b.frame == "gathering" and a.orgs and b.orgs and not a.orgs & b.orgs:
        _penalise(score, "organisations", explain and f"gatherings of {_few(a.orgs)} / {_few(b.orgs)}")
    if len(levels) == 2:
        _penalise(score, "levels", "a meeting of ministers and a summit")
    if gatherings < 2:  # the delegations a gathering's reports name are each report's own
        if a.actors and b.actors and not _same_actors(a, b):
            _penalise(score, "actors", "the leads name other people")
        if a.foreign and b.foreign and not (a.foreign & b.foreign):
            _penalise(score, "parties", explain and f"other counterparts ({_few(a.foreign)} / {_few(b.foreign)})")
    if not gatherings:
        other = _other_counterparts(a, b)
        if other:
            _penalise(score, "counterparts", other)
    if ("phone_call" in a.concepts) != ("phone_call" in b.concepts):
        _penalise(score, "phone_call", "a phone call and a meeting")
    frames = {a.frame, b.frame}
    if frames == {"gathering", "bilateral"}:
        _penalise(score, "frames", "a gathering and a bilateral meeting")
    elif frames == {"gathering", "plain"}:
        _penalise(score, "gathering", "a gathering and a meeting")
    days = gap.days
    score.value += TIME[min(days, len(TIME) - 1)]
    if explain:
        score.reasons.append("the same day" if days == 0 else f"{days} day(s) apart")
    score.value = round(score.value, 2)
    return score


def score_bound(a: Signature, b: Signature) -> float | None:
    """A cheap upper bound of ``pair_score(a, b).value``, or None where that pair is not possible.

    What the two share, counted as :func:`pair_score` counts it (a person found by pattern: every name key of
    ``a`` that could match one of ``b``; one gathering: whenever an organisation is shared), no penalty, and
    the time exactly. Every weight, penalty and time step is a multiple of 0.5, so bounds and values compare
    exactly."""
    gap = abs(a.when - b.when)
    if gap > WINDOW or a.home.isdisjoint(b.home):
        return None
    gatherings = (a.frame == "gathering") + (b.frame == "gathering")
    one_gathering = gatherings == 1
    listed = one_gathering or len(a.leaders) >= 4 or len(b.leaders) >= 4
    total = TIME[min(gap.days, len(TIME) - 1)]
    leaders = len(a.leaders & b.leaders)
    if leaders:
        total += WEIGHTS["listed_leader" if listed else "leader"] * min(leaders, 2)
    if a.names and b.names:
        total += WEIGHTS["listed_name" if one_gathering else "name"] * len(a.names)
    places = len(a.places & b.places)
    if places:
        twinning = "twinning" in a.concepts and "twinning" in b.concepts
        total += WEIGHTS["twinned_place" if twinning else "place"] * places
    total += WEIGHTS["capital"] * len(a.capitals & b.capitals)
    orgs = len(a.orgs & b.orgs)
    total += WEIGHTS["org"] * orgs
    roles = a.roles & b.roles
    if roles:
        total += sum(WEIGHTS["bare_role" if one_gathering or " of " not in r else "role"] for r in roles)
    counterparts = len(a.foreign & b.foreign)
    if counterparts:
        total += WEIGHTS["more_parties" if one_gathering else "party"] + WEIGHTS["more_parties"] * (counterparts - 1)
    total += WEIGHTS["concept"] * min(len(a.concepts & b.concepts), 3)
    if gatherings == 2 and gap.days == 0 and orgs:
        total += WEIGHTS["one_gathering"]
    return total


def _lead_people(s: Signature) -> tuple[frozenset[str], frozenset[str]]:
    """The heads of state and government and the name keys of the people the lead names."""
    return s.lead_people


def _same_actors(a: Signature, b: Signature) -> bool:
    """Do the two leads name someone in common: a head of state, a person, an office? Where both leads name
    heads of state, an office in common is not enough (two pairs of presidents at one summit are not one
    meeting because all four are presidents); the people found by pattern are not sure enough for that."""
    leaders_a, names_a = _lead_people(a)
    leaders_b, names_b = _lead_people(b)
    if leaders_a & leaders_b or (names_a and names_b and same_names(names_a, names_b)):
        return True
    if leaders_a and leaders_b:
        return False
    return bool(a.actors & b.actors)


def _other_counterparts(a: Signature, b: Signature) -> str:
    """Why the two reports show one official meeting two different counterparts, or "".

    Both leads name the same person (or head of state); beside that person, each names someone the other
    report never names: another person, or, where one lead names nobody else, another state ("Ospanov met
    Al-Kuwari" against "Ospanov met Iran's foreign minister"). A minister's two meetings of one day share
    the minister, the city and the host country; only the counterpart differs."""
    leaders_a, names_a = _lead_people(a)
    leaders_b, names_b = _lead_people(b)
    shared_names = same_names(names_a, names_b)
    shared_names_b = same_names(names_b, names_a)
    if not (leaders_a & leaders_b or shared_names):
        return ""
    others_a = sorted(leaders_a - leaders_b) + sorted(names_a - shared_names)
    others_b = sorted(leaders_b - leaders_a) + sorted(names_b - shared_names_b)
    named_in_b = [x for x in others_a if x in b.leaders or same_names(frozenset([x]), b.names)]
    named_in_a = [x for x in others_b if x in a.leaders or same_names(frozenset([x]), a.names)]
    if named_in_a or named_in_b:
        return ""
    if others_a and others_b:
        # one office on both sides may be one person whose name the two scripts spell past matching
        if {_office(a, x) for x in others_a} & {_office(b, y) for y in others_b} - {""}:
            return ""
        shown_a = [a.display.get(x, x) for x in others_a[:2]]
        shown_b = [b.display.get(x, x) for x in others_b[:2]]
        return f"the same official meets {', '.join(shown_a)} / {', '.join(shown_b)}"
    if not (others_a or others_b):
        return ""
    # x names someone beside the official, y nobody: y's counterpart is the foreign state its lead names
    # (a report of the counterpart's own agency may never name its country: the person's office does)
    x, y, others = (a, b, others_a) if others_a else (b, a, others_b)
    states = y.foreign & y.lead_countries
    if states and not states & (x.mentioned | {_country(x, k) for k in others}):
        shown = [x.display.get(k, k) for k in others[:2]]
        return f"the same official meets {', '.join(shown)} / the side of {_few(states)}"
    return ""


def _office(s: Signature, who: str) -> str:
    """The office a report gives a person (a name key or a head of state), without its country."""
    return base_role(s.role_of.get(who, ""))


def _country(s: Signature, who: str) -> str:
    """The country of a person's office ("minister of foreign affairs of Oman"), or of a head of state."""
    role = s.role_of.get(who, "")
    return role[len(base_role(role)) + 4 :] if base_role(role) != role else leader_country(who)


def _penalise(score: Score, kind: str, reason: str | bool) -> None:
    score.value -= PENALTIES[kind]
    if score.explain:
        score.reasons.append(f"against: {reason}")


def _few(items: frozenset[str]) -> str:
    return ", ".join(sorted(items)[:3])


@dataclass(frozen=True)
class Member:
    """A report already in a story, as the assignment sees it (``story_size``: reports in that story; what
    counts is whether it is 1, a report alone, which a later report may move)."""

    story_id: str
    signature: Signature
    story_size: int = 1


@dataclass(frozen=True)
class Move:
    """A report that was alone in its story and, now that this report arrived, belongs with it."""

    article_id: str
    from_story: str
    to_story: str
    reasons: list[str]


@dataclass
class Assignment:
    """Where a report went and why. ``new``: it opened the story."""

    article_id: str
    story_id: str
    new: bool
    score: float
    reasons: list[str]
    moves: list[Move] = field(default_factory=list)


def _beats(value: float, member: Member, top: tuple[float, Member]) -> bool:
    """Does a pair of this value with ``member`` come before ``top`` (a higher value; on a tie the story whose
    id sorts first, then in one story the report whose id sorts last)?"""
    held, best = top
    if value != held:
        return value > held
    if member.story_id != best.story_id:
        return member.story_id < best.story_id
    return member.signature.article_id > best.signature.article_id


def decide(sig: Signature, candidates: Sequence[Member], new_id: str) -> Assignment:
    """The story ``sig`` joins among the reports already in stories, or a new one (id ``new_id``).

    Each story is scored by its closest report (the best pair score); the best story at or above
    :data:`THRESHOLD` wins, ties going to the story whose id sorts first, so the decision does not depend on
    the order the candidates came in. Then the reports that sit alone in a story and score at or above the
    threshold with this report move to its story: a sparse report that arrived before the report that ties
    it to its event ends up where it would have gone had they come the other way round."""
    # Only the best pair decides (its value, then the smaller story id, then the larger article id) besides
    # the lone reports at or above the threshold, which move. So the pairs are scored in the order of an upper
    # bound of their score (:func:`score_bound`), and a pair whose bound cannot beat the best found so far is
    # not scored: the same decision and reasons as scoring every pair, for a fraction of the pairs.
    bounded: list[tuple[float, Member]] = []
    for member in candidates:
        if member.signature.article_id == sig.article_id:
            continue
        bound = score_bound(sig, member.signature)
        if bound is not None:
            bounded.append((bound, member))
    bounded.sort(key=lambda bm: bm[1].signature.article_id, reverse=True)
    bounded.sort(key=lambda bm: (-bm[0], bm[1].story_id))
    top: tuple[float, Member] | None = None
    alone: list[tuple[Member, float]] = []
    for bound, member in bounded:  # values only: the reasons are written for the pairs the decision names
        lone = member.story_size == 1 and bound >= THRESHOLD
        if top is not None and not lone and not _beats(bound, member, top):
            continue
        value = pair_score(sig, member.signature, explain=False).value
        if member.story_size == 1:
            alone.append((member, value))
        if top is None or _beats(value, member, top):
            top = (value, member)
    if top is not None and top[0] >= THRESHOLD:
        value, member = top
        reasons = [f"joined: score {value:g} >= {THRESHOLD:g} with report {member.signature.article_id}",
                   *pair_score(sig, member.signature).reasons]
        decision = Assignment(sig.article_id, member.story_id, False, value, reasons)
    elif top is not None:
        value, member = top
        why = f"new story: the closest report ({member.signature.article_id}) scores {value:g} < {THRESHOLD:g}"
        decision = Assignment(sig.article_id, new_id, True, value, [why, *pair_score(sig, member.signature).reasons])
    else:
        decision = Assignment(sig.article_id, new_id, True, 0.0,
                              [f"new story: no report within {WINDOW.days} days shares an in-scope party"])
    for member, value in sorted(alone, key=lambda mv: mv[0].signature.article_id):
        if member.story_id != decision.story_id and value >= THRESHOLD:
            why = f"moved: score {value:g} >= {THRESHOLD:g} with report {sig.article_id}, which came later"
            decision.moves.append(Move(member.signature.article_id, member.story_id, decision.story_id,
                                       [why, *pair_score(sig, member.signature).reasons]))
    return decision
