"""Stories: what a group of reports tells a reader, and an in-memory book of stories.

:class:`Story` is computed from its members' signatures only, so every runtime (memory, SQLite, the search
engine) builds the same story from the same members. :class:`StoryBook` keeps stories in memory: the
benchmark, the tests and one-off tools use it; the stores keep the same members in their own tables and
call the same :func:`monitor.stories.assign.decide`.
"""

from __future__ import annotations

import bisect
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from monitor.model import Article
from monitor.settings import DEFAULT_IN_SCOPE
from monitor.stories.assign import WINDOW, Assignment, Member, decide
from monitor.stories.signature import Signature, same_names, signature


def story_id_for(article_id: str) -> str:
    """The id of the story a report opens: derived from the report, so a replay opens the same story."""
    return "s-" + hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:16]


@dataclass
class Story:
    """One event and its reports. Title rule: the headline of the earliest published report (ties: the
    smallest article id), so the title does not depend on the order the reports arrived in."""

    id: str
    members: list[Signature] = field(default_factory=list)

    def add(self, sig: Signature) -> None:
        self.members.append(sig)
        self.members.sort(key=lambda s: (s.when, s.article_id))

    @property
    def size(self) -> int:
        return len(self.members)

    @property
    def first(self) -> datetime:
        return self.members[0].when

    @property
    def last(self) -> datetime:
        return self.members[-1].when

    @property
    def title(self) -> str:
        return self.members[0].title if self.members else ""

    @property
    def languages(self) -> list[str]:
        """Languages by number of reports, then alphabetically."""
        counts = Counter(s.lang or "und" for s in self.members)
        return [lang for lang, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

    @property
    def outlets(self) -> list[str]:
        return sorted({s.source for s in self.members if s.source})

    def entities(self) -> dict[str, list[dict[str, Any]]]:
        """What the reports name, each with the number of reports naming it, most named first."""
        kinds: dict[str, Counter[str]] = defaultdict(Counter)
        display: dict[str, str] = {}
        role_of: dict[str, str] = {}
        for s in self.members:
            kinds["countries"].update(s.parties)
            kinds["leaders"].update(s.leaders)
            kinds["people"].update(s.names)
            kinds["places"].update(s.places | s.capitals)
            kinds["organizations"].update(s.orgs)
            kinds["roles"].update(s.roles)
            for key, text in s.display.items():
                display.setdefault(key, text)
            for key, role in s.role_of.items():
                role_of.setdefault(key, role)
        kinds["people"] = _merge_spellings(kinds["people"])
        out: dict[str, list[dict[str, Any]]] = {}
        for kind in ("countries", "leaders", "people", "places", "organizations", "roles"):
            items = sorted(kinds[kind].items(), key=lambda kv: (-kv[1], kv[0]))
            out[kind] = [{"name": display.get(k, k) if kind == "people" else k, "reports": n,
                          **({"role": role_of[k]} if kind in ("people", "leaders") and k in role_of else {})}
                         for k, n in items]
        return out

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "size": self.size, "languages": self.languages,
            "outlets": self.outlets, "first": self.first.isoformat(), "last": self.last.isoformat(),
            "entities": self.entities(), "report_ids": [s.article_id for s in self.members],
        }


def _merge_spellings(counts: Counter[str]) -> Counter[str]:
    """One entry per person: name keys that differ by one letter class are one name in two transcriptions
    (the most reported key stands for it)."""
    merged: Counter[str] = Counter()
    for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        same = next((k for k in merged if same_names(frozenset([key]), frozenset([k]))), None)
        merged[same or key] += n
    return merged


def majority(story: Story, kind: str = "countries") -> list[str]:
    """The entities of ``kind`` that more than half of the story's reports name (its parties, for
    countries): a country one report names in passing ("the Kazakhstan-Turkmenistan-Iran railway") is not."""
    return [e["name"] for e in story.entities()[kind] if e["reports"] * 2 > story.size]


class StoryBook:
    """Stories in memory, with an index by in-scope country and time for the candidates of a new report."""

    def __init__(self, in_scope: Sequence[str] = DEFAULT_IN_SCOPE) -> None:
        self.in_scope = tuple(in_scope)
        self._stories: dict[str, Story] = {}
        self._member: dict[str, tuple[str, Signature]] = {}
        self._reasons: dict[str, list[str]] = {}
        self._by_country: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
        self._outside: dict[str, int] = {}  # story id -> its reports the book was not given (seeded stories)

    def __len__(self) -> int:
        return len(self._stories)

    def assign(self, article: Article) -> Assignment:
        """Put an enriched, kept article in a story (the one it is in already, on a replay)."""
        return self.add(signature(article, self.in_scope))

    def seed(self, members: Iterable[Member]) -> None:
        """Load reports already in stories (from a store): they are candidates, never re-decided."""
        seeded: Counter[str] = Counter()
        sizes: dict[str, int] = {}
        for m in members:
            if m.signature.article_id in self._member:
                continue
            self._stories.setdefault(m.story_id, Story(m.story_id)).add(m.signature)
            self._index(m.story_id, m.signature, [])
            seeded[m.story_id] += 1
            sizes[m.story_id] = max(sizes.get(m.story_id, 0), m.story_size)
        for story_id, n in seeded.items():
            self._outside[story_id] = max(0, sizes[story_id] - n)

    def size(self, story_id: str) -> int:
        story = self._stories.get(story_id)
        return (story.size if story else 0) + self._outside.get(story_id, 0)

    def _index(self, story_id: str, sig: Signature, reasons: list[str]) -> None:
        self._member[sig.article_id] = (story_id, sig)
        self._reasons[sig.article_id] = reasons
        for country in sig.home:
            bisect.insort(self._by_country[country], (sig.when, sig.article_id))

    def add(self, sig: Signature) -> Assignment:
        known = self._member.get(sig.article_id)
        if known is not None:
            return Assignment(sig.article_id, known[0], False, 0.0, self._reasons.get(sig.article_id, []))
        decision = decide(sig, self.candidates(sig), story_id_for(sig.article_id))
        story = self._stories.setdefault(decision.story_id, Story(decision.story_id))
        story.add(sig)
        self._index(decision.story_id, sig, decision.reasons)
        for move in decision.moves:
            moved = self._member[move.article_id][1]
            self._stories.pop(move.from_story, None)
            self._outside.pop(move.from_story, None)
            story.add(moved)
            self._member[move.article_id] = (move.to_story, moved)
            self._reasons[move.article_id] = move.reasons
        return decision

    def candidates(self, sig: Signature) -> list[Member]:
        """Reports within the window that share an in-scope party with ``sig``."""
        seen: set[str] = set()
        out: list[Member] = []
        for country in sorted(sig.home):
            index = self._by_country.get(country, [])
            lo = bisect.bisect_left(index, (sig.when - WINDOW, ""))
            hi = bisect.bisect_right(index, (sig.when + WINDOW, "\uffff"))
            for _when, article_id in index[lo:hi]:
                if article_id not in seen:
                    seen.add(article_id)
                    story_id, member_sig = self._member[article_id]
                    out.append(Member(story_id, member_sig, self.size(story_id)))
        return out

    def story_of(self, article_id: str) -> str | None:
        known = self._member.get(article_id)
        return known[0] if known else None

    def reasons_of(self, article_id: str) -> list[str]:
        return self._reasons.get(article_id, [])

    def story(self, story_id: str) -> Story | None:
        return self._stories.get(story_id)

    def stories(self) -> Iterable[Story]:
        return sorted(self._stories.values(), key=lambda s: (s.first, s.id))
