"""People and their roles, found by patterns around titles (ambassador, governor, minister, ...).

No list of names: a person is whatever stands where news copy puts a name next to a title, in Arabic,
Persian, Kazakh, Russian and English:

* title before name: ``السفير X``, ``Қазақстан елшісі X``, ``посол Казахстана в Египте X``, ``Governor X``;
* name before title (apposition): ``X محافظ القليوبية``, ``X استاندار زنجان``, ``X, ambassador of ...``;
* title, complement, honorific, name: ``سفير دولة أذربيجان لدى مصر، الدكتور X``;
* repeats: once a full name is known, its surname alone (``Е. X``, ``الرئيس X``) is the same person;
* Persian subjects: a name that opens a clause and is followed by a speech verb (``X در پایان تاکید کرد``)
  or has a Central-Asian surname ending, linked to the nearest preceding title that had no name.

Name boundaries are the hard part. In Latin and Cyrillic a name is a run of 2-4 capitalised tokens; in
Arabic script, which has no case, a name runs until a stop word, verb, title, country or place, number,
punctuation or an adjective with the article; compounds (عبد ال..., أبو ..., بن ..., ... الدين) are one unit.
A wrong span is worse than a missing one, so every doubtful case (a lone token that is not a known surname,
a run that might go on) is dropped.

Titles and word lists are data (``monitor/data/people_roles.yaml``, ``people_words.yaml``), matched over the
text folded by :func:`monitor.normalize.fold_char` so that spelling variants (hamza, ya/kaf, ZWNJ, case)
match, and mapped back to offsets in the original text.

Speed: this runs on every article. An Aho-Corasick automaton over every title's first word finds where
titles may stand; only windows around them (and around Persian speech verbs and Central-Asian surname
endings) are tokenised, by one regex pass per window, and the folding is the one the article's gazetteer
scan made. Diplomatic copy has a title every few sentences, so the windows still hold most of an article:
the per-token work (one match and one slotted object per token) is what the finder costs, and passes over
all tokens are avoided where a list of the few interesting ones can be kept instead.
"""

from monitor.people.finder import find_people, named_place, people_in_scan

__all__ = ["find_people", "named_place", "people_in_scan"]
