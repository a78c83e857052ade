"""Stories across languages: one event, many reports (see :mod:`monitor.stories.assign` for the rule).

Pure: no I/O. ``signature`` turns an enriched article into what identifies its event, ``decide`` puts it in
a story among the candidates a store found, ``StoryBook`` is the in-memory book of stories.
"""

from monitor.stories.assign import THRESHOLD, WINDOW, Assignment, Member, Score, decide, pair_score
from monitor.stories.book import Story, StoryBook, story_id_for
from monitor.stories.signature import Signature, name_key, signature

__all__ = [
    "THRESHOLD", "WINDOW", "Assignment", "Member", "Score", "Signature", "Story", "StoryBook", "decide",
    "name_key", "pair_score", "signature", "story_id_for",
]
