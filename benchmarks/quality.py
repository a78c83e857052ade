"""Quality of the enrichment's judgement on the development sets written for this project.

Runs every text through :func:`monitor.enrich.enrich` exactly as ``monitor classify`` does (the language is
detected, not given) and scores:

* ``relevance`` — ``tests/data/real/relevance_*.jsonl``: real-shaped copy (600-2,000 characters, datelines,
  quotes, background lists, related-news tails), in scope and hard negatives. Precision, recall and F1 of
  the relevance decision per language, in-scope country recall/precision on the positives, language
  accuracy, and the people annotated in the in-scope texts (found = a person entity overlaps the name).
* ``feed_day`` — ``tests/data/real/feedday_*.jsonl``: a day of ordinary feeds, almost all out of scope.
  False-positive rate per language (the share of out-of-scope articles flagged), recall on the few in scope.
* ``relevance2`` and ``feed_day2`` — ``real/relevance2_*.jsonl`` and ``real/feedday2_*.jsonl``: the held-out
  batch 2 (``batch2_README.md``), written before any tuning on it and scored exactly like ``relevance`` and
  ``feed_day``; its first-run figures measure how the rules generalise.
* ``relevance3`` and ``feed_day3`` — ``real/relevance3_*.jsonl`` and ``real/feedday3_*.jsonl``: the held-out
  batch 3 (``batch3_README.md``), aimed at the kinds batch 2 still failed on or did not cover; scored the same way.
* ``feed_day4`` — ``real/feedday4_*.jsonl``: the held-out batch 4 (``batch4_README.md``), a day of ordinary feeds in
  long copy (800-3,000 characters), scored like ``feed_day``.
* ``relevance5`` and ``feed_day5`` — ``real/relevance5_*.jsonl`` and ``real/feedday5_*.jsonl``: the held-out batch 5
  (``batch5_README.md``), written without reading the final rules; scored like ``relevance`` and ``feed_day``.
* ``relevance6`` and ``feed_day6`` — ``real/relevance6_*.jsonl`` and ``real/feedday6_*.jsonl``: the held-out batch 6
  (``batch6_README.md``), long copy in every language, written without reading the rules; scored the same way.
* ``relevance7`` and ``feed_day7`` — ``real/relevance7_*.jsonl`` and ``real/feedday7_*.jsonl``: the held-out batch 7
  (``batch7_README.md``), written after batch 6 was tuned on, without reading the rules; scored the same way.
* ``relevance8`` and ``feed_day8`` — ``real/relevance8_*.jsonl`` and ``real/feedday8_*.jsonl``: the held-out batch 8
  (``batch8_README.md``), written after batch 7 was tuned on, without reading the rules; scored the same way.
* ``relevance9`` and ``feed_day9`` — ``real/relevance9_*.jsonl`` and ``real/feedday9_*.jsonl``: the held-out batch 9
  (``batch9_README.md``), written after batch 8 was tuned on, without reading the rules; scored the same way.
* ``relevance10`` and ``feed_day10`` — ``real/relevance10_*.jsonl`` and ``real/feedday10_*.jsonl``: the held-out
  batch 10 (``batch10_README.md``), written after batch 9 was tuned on, without reading the rules; scored the same way.
* ``relevance11`` and ``feed_day11`` — ``real/relevance11_*.jsonl`` and ``real/feedday11_*.jsonl``: the held-out
  batch 11 (``batch11_README.md``), written after batch 10 was tuned on, without reading the rules; scored the same way.
* ``relevance12`` and ``feed_day12`` — ``real/relevance12_*.jsonl`` and ``real/feedday12_*.jsonl``: the held-out
  batch 12 (``batch12_README.md``), written after batch 11 was tuned on, without reading the rules; scored the same way.
* ``relevance13``, ``feed_day13`` and ``feed_day13x`` — ``real/relevance13_*.jsonl``, ``real/feedday13_*.jsonl`` and
  ``real/feedday13x_*.jsonl``: the held-out batch 13 (``batch13_README.md``), written after batch 12 was tuned on,
  without reading the rules; ``feed_day13x`` is a larger Kazakh, Russian and English feed day (20 articles a
  language, 1 in scope); scored the same way.
* ``relevance14``, ``feed_day14`` and ``feed_day14x`` — the held-out batch 14 (``batch14_README.md``), written after
  batch 13 was tuned on, without reading the rules, in the same shape as batch 13; scored the same way.
* ``relevance15``, ``feed_day15`` and ``feed_day15x`` — the held-out batch 15 (``batch15_README.md``), written after
  batch 14's first run, without reading the rules, in the same shape; scored the same way.
* ``relevance16`` and ``feed_day16`` — the held-out batch 16 (``batch16_README.md``), written after batch 15's fix
  round as a fair sample of ordinary copy, without reading the rules; scored the same way.
* ``relevance17``, ``feed_day17`` and ``feed_day17x`` — the held-out batch 17 (``batch17_README.md``), written after
  batch 16's first run, without reading the rules: the issue's six kinds in situations no batch used, common shapes
  of the press and new ones (live blogs, Q&A explainers, photo captions, week-ahead agendas, press-conference
  transcripts), and people of many origins named as real copy names them; scored the same way.
* ``relevance18``, ``feed_day18`` and ``feed_day18x`` — the held-out batch 18 (``batch18_README.md``), written after
  batch 17's first run, without reading the rules, in batch 17's shape; half of every file are excerpts with no
  headline line (a wire item with no title, a paragraph quoted in a digest); scored the same way.
* ``relevance19`` and ``feed_day19`` — the held-out batch 19 (``batch19_README.md``), written like batch 18 (half
  excerpts) while batch 18 was tuned on, without reading the rules; the last first run of its session.
* ``relevance20``, ``feed_day20`` and ``feed_day20x`` — the held-out batch 20 (``batch20_README.md``), written in
  batch 19's shape (half excerpts) plus new shapes (digests of short items, Q&A interviews, ratifications, decrees,
  embassy releases, regional news pages) while batch 19 was tuned on, without reading the rules.
* ``relevance21``, ``feed_day21`` and ``feed_day21x`` — the held-out batch 21 (``batch21_README.md``), written like
  batch 20 while batches 19 and 20 were tuned on, without reading the rules; the last first run of its session, scored
  on the session's final rules.
* ``relevance22``, ``feed_day22`` and ``feed_day22x`` — the held-out batch 22 (``batch22_README.md``), written like
  batch 21 (half excerpts) plus new shapes (press reviews, spokespersons' briefings, chains of channel posts, heads of
  state's daily schedules, chronologies, items retold from foreign agencies, summit transcripts), without reading the
  rules, while batch 21 was tuned on.
* ``relevance23``, ``feed_day23`` and ``feed_day23x`` — the held-out batch 23 (``batch23_README.md``), written like
  batch 22 while batches 21 and 22 were tuned on, without reading the rules; the last first run of its session, scored
  on the session's rules after the batch 21 and 22 rounds, then tuned on in a short round.
* ``relevance24``, ``feed_day24`` and ``feed_day24x`` — the held-out batch 24 (``batch24_README.md``), written like
  batch 23 while batch 23 was tuned on, without reading the rules; the last first run of its session, scored on the
  session's final rules.
* ``relevance25``, ``feed_day25`` and ``feed_day25x`` — the held-out batch 25 (``batch25_README.md``), written like
  batch 24 (half excerpts, feed days of about 1,000 characters) at the start of the next session, without reading the
  rules, and kept off main until its one scoring on that session's final rules.
* ``relevance26``, ``feed_day26`` and ``feed_day26x`` — the held-out batch 26 (``batch26_README.md``), written like
  batch 25 while batch 25 was scored and tuned on, without reading the rules, and kept off main until its one scoring.
* ``relevance27``, ``feed_day27`` and ``feed_day27x`` — the held-out batch 27 (``batch27_README.md``), written like
  batch 26 while batch 26 was scored and tuned on, without reading the rules; the last first run of its session, scored
  on the session's final rules.
* ``relevance28``, ``feed_day28`` and ``feed_day28x`` — the held-out batch 28 (``batch28_README.md``), written like
  batch 27 at the start of the next session, without reading the rules, and kept off main until its one scoring.
* ``relevance29``, ``feed_day29`` and ``feed_day29x`` — the held-out batch 29 (``batch29_README.md``), written like
  batch 28 while batch 28 was tuned on, without reading the rules; scored on the rules after the batch 28 round.
* ``relevance30``, ``feed_day30`` and ``feed_day30x`` — the held-out batch 30 (``batch30_README.md``), written like
  batch 29 while batch 29 was tuned on, without reading the rules; scored on the rules after the batch 29 round.
* ``relevance31``, ``feed_day31`` and ``feed_day31x`` — the held-out batch 31 (``batch31_README.md``), written like
  batch 30 after the batch 30 round, without reading the rules; the last first run of its session, scored on the
  session's final rules.
* ``relevance32``, ``feed_day32`` and ``feed_day32x`` — the held-out batch 32 (``batch32_README.md``), written in
  the twelfth session without reading the rules; scored on main's rules after ``normalize.word_set``, before the
  batch 31 leftovers' round landed.
* ``relevance33``, ``feed_day33`` and ``feed_day33x`` — the held-out batch 33 (``batch33_README.md``), written like
  batch 32 while batch 32 was tuned on, without reading the rules; scored on the rules after the batch 32 round.
* ``relevance34``, ``feed_day34`` and ``feed_day34x`` — the held-out batch 34 (``batch34_README.md``), written like
  batch 33 at the same time, without reading the rules; scored on the rules after the batch 33 round.
* ``relevance35``, ``feed_day35`` and ``feed_day35x`` — the held-out batch 35 (``batch35_README.md``), written like
  batch 34 while batch 33 was tuned on, without reading the rules; scored with batch 34.
* ``relevance36``, ``feed_day36`` and ``feed_day36x`` — the held-out batch 36 (``batch36_README.md``), written like
  batch 35 while 34 and 35 were tuned on, without reading the rules; scored on the rules after the batch 34/35
  round (some of its kinds repeat those of batches 31-33 in new wording).
* ``relevance37``, ``feed_day37`` and ``feed_day37x`` — the held-out batch 37 (``batch37_README.md``), written after
  the twelfth session's last round, avoiding every situation of batches 31-36; that session's last first run, on its
  final rules.
* ``relevance38``, ``feed_day38`` and ``feed_day38x`` — the held-out batch 38 (``batch38_README.md``), written at the
  start of the thirteenth session while batch 37 was tuned on, avoiding every situation of batches 31-37; scored on
  the rules after the batch 37 round.
* ``relevance39``, ``feed_day39`` and ``feed_day39x`` — the held-out batch 39 (``batch39_README.md``), written early
  in the thirteenth session, avoiding every situation of batches 31-38; scored on the rules after the batch 38 round.
* ``relevance40``, ``feed_day40`` and ``feed_day40x`` — the held-out batch 40 (``batch40_README.md``), written while
  batches 38 and 39 were tuned on, avoiding every situation of batches 31-39; scored on the rules after the batch
  39 round.
* ``relevance41``, ``feed_day41`` and ``feed_day41x`` — the held-out batch 41 (``batch41_README.md``), written while
  batch 39 was tuned on, avoiding every situation of batches 31-40; the thirteenth session's last first run, on its
  final rules.
* ``relevance42``, ``feed_day42`` and ``feed_day42x`` — the held-out batch 42 (``batch42_README.md``), written at the
  start of the fourteenth session, avoiding every situation of batches 31-41, most contacts inside stories on other
  topics; scored on the rules after the batch 41 round.
* ``relevance43``, ``feed_day43`` and ``feed_day43x`` — the held-out batch 43 (``batch43_README.md``), written like
  batch 42 while batch 41 was tuned on, avoiding every situation of batches 31-42; scored on the rules after the
  batch 41 and 42 rounds.
* ``relevance44``, ``feed_day44`` and ``feed_day44x`` — the held-out batch 44 (``batch44_README.md``; Kazakh, Russian
  and English only), written while batch 43 was tuned on, avoiding every situation of batches 31-43; the fourteenth
  session's last first run, on its final rules.
* The feed-day sets whose articles carry a ``people`` list (``feed_day4`` to ``feed_day44x``) also score
  people in every article (recall by overlap and precision per language, spans from the annotated surface forms).
* ``people`` — ``tests/data/real/people_*.jsonl``: paragraphs with every person annotated with its span and
  case (titled, passing, list, oblique, ...). Recall (overlap), exact-span recall and precision per language
  and per case, and the non-person traps tagged as people.
* ``short`` — ``tests/data/relevance_dev.jsonl``: the first, two-sentence set (kept as a regression check).

Run: ``python benchmarks/quality.py [--errors] [--excerpt] [--set NAME]...`` (NAME: any set named above; all by
default). The last line is one JSON object with all figures.

``--excerpt`` scores the relevance and feed-day sets as excerpts without a headline: each text loses its first line
(and the people named only there), the label kept. Real copy reaches the monitor cut in many ways (a wire item
with no title, a paragraph quoted in a digest); a judgement that rests on the headline alone breaks there.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from monitor.enrich import enrich
from monitor.model import Article, Entity
from monitor.settings import DEFAULT_IN_SCOPE

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SETS = {
    "relevance": "real/relevance_*.jsonl",
    "feed_day": "real/feedday_*.jsonl",
    "relevance2": "real/relevance2_*.jsonl",
    "feed_day2": "real/feedday2_*.jsonl",
    "relevance3": "real/relevance3_*.jsonl",
    "feed_day3": "real/feedday3_*.jsonl",
    "feed_day4": "real/feedday4_*.jsonl",
    "relevance5": "real/relevance5_*.jsonl",
    "feed_day5": "real/feedday5_*.jsonl",
    "relevance6": "real/relevance6_*.jsonl",
    "feed_day6": "real/feedday6_*.jsonl",
    "relevance7": "real/relevance7_*.jsonl",
    "feed_day7": "real/feedday7_*.jsonl",
    "relevance8": "real/relevance8_*.jsonl",
    "feed_day8": "real/feedday8_*.jsonl",
    "relevance9": "real/relevance9_*.jsonl",
    "feed_day9": "real/feedday9_*.jsonl",
    "relevance10": "real/relevance10_*.jsonl",
    "feed_day10": "real/feedday10_*.jsonl",
    "relevance11": "real/relevance11_*.jsonl",
    "feed_day11": "real/feedday11_*.jsonl",
    "relevance12": "real/relevance12_*.jsonl",
    "feed_day12": "real/feedday12_*.jsonl",
    "relevance13": "real/relevance13_*.jsonl",
    "feed_day13": "real/feedday13_*.jsonl",
    "feed_day13x": "real/feedday13x_*.jsonl",
    "relevance14": "real/relevance14_*.jsonl",
    "feed_day14": "real/feedday14_*.jsonl",
    "feed_day14x": "real/feedday14x_*.jsonl",
    "relevance15": "real/relevance15_*.jsonl",
    "feed_day15": "real/feedday15_*.jsonl",
    "feed_day15x": "real/feedday15x_*.jsonl",
    "relevance16": "real/relevance16_*.jsonl",
    "feed_day16": "real/feedday16_*.jsonl",
    "relevance17": "real/relevance17_*.jsonl",
    "feed_day17": "real/feedday17_*.jsonl",
    "feed_day17x": "real/feedday17x_*.jsonl",
    "relevance18": "real/relevance18_*.jsonl",
    "feed_day18": "real/feedday18_*.jsonl",
    "feed_day18x": "real/feedday18x_*.jsonl",
    "relevance19": "real/relevance19_*.jsonl",
    "feed_day19": "real/feedday19_*.jsonl",
    "relevance20": "real/relevance20_*.jsonl",
    "feed_day20": "real/feedday20_*.jsonl",
    "feed_day20x": "real/feedday20x_*.jsonl",
    "relevance21": "real/relevance21_*.jsonl",
    "feed_day21": "real/feedday21_*.jsonl",
    "feed_day21x": "real/feedday21x_*.jsonl",
    "relevance22": "real/relevance22_*.jsonl",
    "feed_day22": "real/feedday22_*.jsonl",
    "feed_day22x": "real/feedday22x_*.jsonl",
    "relevance23": "real/relevance23_*.jsonl",
    "feed_day23": "real/feedday23_*.jsonl",
    "feed_day23x": "real/feedday23x_*.jsonl",
    "relevance24": "real/relevance24_*.jsonl",
    "feed_day24": "real/feedday24_*.jsonl",
    "feed_day24x": "real/feedday24x_*.jsonl",
    "relevance25": "real/relevance25_*.jsonl",
    "feed_day25": "real/feedday25_*.jsonl",
    "feed_day25x": "real/feedday25x_*.jsonl",
    "relevance26": "real/relevance26_*.jsonl",
    "feed_day26": "real/feedday26_*.jsonl",
    "feed_day26x": "real/feedday26x_*.jsonl",
    "relevance27": "real/relevance27_*.jsonl",
    "feed_day27": "real/feedday27_*.jsonl",
    "feed_day27x": "real/feedday27x_*.jsonl",
    "relevance28": "real/relevance28_*.jsonl",
    "feed_day28": "real/feedday28_*.jsonl",
    "feed_day28x": "real/feedday28x_*.jsonl",
    "relevance29": "real/relevance29_*.jsonl",
    "feed_day29": "real/feedday29_*.jsonl",
    "feed_day29x": "real/feedday29x_*.jsonl",
    "relevance30": "real/relevance30_*.jsonl",
    "feed_day30": "real/feedday30_*.jsonl",
    "feed_day30x": "real/feedday30x_*.jsonl",
    "relevance31": "real/relevance31_*.jsonl",
    "feed_day31": "real/feedday31_*.jsonl",
    "feed_day31x": "real/feedday31x_*.jsonl",
    "relevance32": "real/relevance32_*.jsonl",
    "feed_day32": "real/feedday32_*.jsonl",
    "feed_day32x": "real/feedday32x_*.jsonl",
    "relevance33": "real/relevance33_*.jsonl",
    "feed_day33": "real/feedday33_*.jsonl",
    "feed_day33x": "real/feedday33x_*.jsonl",
    "relevance34": "real/relevance34_*.jsonl",
    "feed_day34": "real/feedday34_*.jsonl",
    "feed_day34x": "real/feedday34x_*.jsonl",
    "relevance35": "real/relevance35_*.jsonl",
    "feed_day35": "real/feedday35_*.jsonl",
    "feed_day35x": "real/feedday35x_*.jsonl",
    "relevance36": "real/relevance36_*.jsonl",
    "feed_day36": "real/feedday36_*.jsonl",
    "feed_day36x": "real/feedday36x_*.jsonl",
    "relevance37": "real/relevance37_*.jsonl",
    "feed_day37": "real/feedday37_*.jsonl",
    "feed_day37x": "real/feedday37x_*.jsonl",
    "relevance38": "real/relevance38_*.jsonl",
    "feed_day38": "real/feedday38_*.jsonl",
    "feed_day38x": "real/feedday38x_*.jsonl",
    "relevance39": "real/relevance39_*.jsonl",
    "feed_day39": "real/feedday39_*.jsonl",
    "feed_day39x": "real/feedday39x_*.jsonl",
    "relevance40": "real/relevance40_*.jsonl",
    "feed_day40": "real/feedday40_*.jsonl",
    "feed_day40x": "real/feedday40x_*.jsonl",
    "relevance41": "real/relevance41_*.jsonl",
    "feed_day41": "real/feedday41_*.jsonl",
    "feed_day41x": "real/feedday41x_*.jsonl",
    "relevance42": "real/relevance42_*.jsonl",
    "feed_day42": "real/feedday42_*.jsonl",
    "feed_day42x": "real/feedday42x_*.jsonl",
    "relevance43": "real/relevance43_*.jsonl",
    "feed_day43": "real/feedday43_*.jsonl",
    "feed_day43x": "real/feedday43x_*.jsonl",
    "relevance44": "real/relevance44_*.jsonl",
    "feed_day44": "real/feedday44_*.jsonl",
    "feed_day44x": "real/feedday44x_*.jsonl",
    "people": "real/people_*.jsonl",
    "short": "relevance_dev.jsonl",
}


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def load(pattern: str) -> list[dict]:
    items: list[dict] = []
    for path in sorted(DATA.glob(pattern)):
        items += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return items


def excerpt(item: dict) -> dict:
    """The item as an excerpt with no headline: the text after its first line, the people still named in it."""
    text = item["text"].split("\n", 1)[1].lstrip("\n") if "\n" in item["text"] else item["text"]
    out = dict(item, text=text)
    if "people" in item:
        out["people"] = [p for p in item["people"] if p["text"] in text]
    return out


def run(item: dict) -> Article:
    return enrich(Article(id=str(item["id"]), text=item["text"]))


def _spans(text: str, surface: str) -> list[tuple[int, int]]:
    """Every occurrence of an annotated name (the relevance sets give names, not offsets)."""
    out, i = [], text.find(surface)
    while surface and i >= 0:
        out.append((i, i + len(surface)))
        i = text.find(surface, i + 1)
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class PeopleScore:
    """Recall (overlap and exact span) of annotated people and precision of predicted person spans."""

    def __init__(self) -> None:
        self.found: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # key -> found, exact, gold
        self.pred: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # key -> right, predicted
        self.missed: list[tuple[str, str, str]] = []
        self.wrong: list[tuple[str, str]] = []

    def add(self, item_id: str, keys: Iterable[str], gold: list[tuple[list[tuple[int, int]], str, str]],
            predicted: list[Entity], text: str, also: list[tuple[int, int]] = ()) -> None:
        keys = list(keys)
        spans = [(e.start, e.end) for e in predicted]
        for occurrences, case, surface in gold:
            hit = any(_overlaps(o, s) for o in occurrences for s in spans)
            exact = any(o == s for o in occurrences for s in spans)
            for key in keys + [f"case:{case}"] if case else keys:
                f = self.found[key]
                f[0] += hit
                f[1] += exact
                f[2] += 1
            if not hit:
                self.missed.append((item_id, case, surface))
        every = [o for occurrences, _, _ in gold for o in occurrences] + list(also)
        for s in spans:
            right = any(_overlaps(s, o) for o in every)
            for key in keys:
                self.pred[key][0] += right
                self.pred[key][1] += 1
            if not right:
                self.wrong.append((item_id, text[s[0]:s[1]]))

    def figures(self) -> dict[str, dict[str, float]]:
        out = {}
        for key in sorted(self.found):
            found, exact, gold = self.found[key]
            right, predicted = self.pred.get(key, (0, 0))
            row = {"recall": round(found / gold, 4) if gold else 1.0,
                   "exact_recall": round(exact / gold, 4) if gold else 1.0, "gold": gold}
            if not key.startswith("case:"):
                row["precision"] = round(right / predicted, 4) if predicted else 1.0
                row["predicted"] = predicted
            out[key] = row
        return out


def score_relevance(items: list[dict], errors: list[str], with_people: bool = True) -> dict:
    rel = defaultdict(lambda: [0, 0, 0])
    ctry = defaultdict(lambda: [0, 0, 0])
    lang_ok = defaultdict(lambda: [0, 0])
    people = PeopleScore()
    for it in items:
        a = run(it)
        lang = it["lang"]
        lang_ok[lang][0] += a.lang == lang
        lang_ok[lang][1] += 1
        want_rel = bool(it["relevant"])
        for key in (lang, "all"):
            rel[key][0] += a.relevant and want_rel
            rel[key][1] += a.relevant and not want_rel
            rel[key][2] += want_rel and not a.relevant
        if want_rel:  # countries are scored where the story is in scope: the in-scope states taking part
            got = {c for c in a.countries if c in DEFAULT_IN_SCOPE}
            want = set(it["countries"])
            for key in (lang, "all"):
                ctry[key][0] += len(got & want)
                ctry[key][1] += len(got - want)
                ctry[key][2] += len(want - got)
            if with_people and it.get("people"):
                # these sets name each person once, in full; a later mention by surname alone is the same
                # person, so it does not count against precision (nor for recall)
                gold, also = _people_gold(it)
                people.add(it["id"], (lang, "all"), gold, [e for e in a.entities if e.type == "person"],
                           it["text"], also)
        if a.relevant != want_rel or (want_rel and set(it["countries"]) - set(a.countries)):
            errors.append(f"- {it['id']} [{it.get('kind') or it.get('topic', '')}] want {want_rel} "
                          f"{it['countries']} got {a.relevant} {a.score:.2f} {a.countries} "
                          f"| {it['text'][:70]!r}\n    {a.reasons}")
    out = {
        "relevance": {k: prf(*v) for k, v in sorted(rel.items())},
        "countries": {k: prf(*v) for k, v in sorted(ctry.items())},
        "language_accuracy": {k: round(v[0] / v[1], 4) for k, v in sorted(lang_ok.items())},
        "items": len(items),
    }
    if with_people and people.found:
        out["people"] = people.figures()
        errors += [f"- person missed {i}: {s!r}" for i, _, s in people.missed]
        errors += [f"- not a person {i}: {s!r}" for i, s in people.wrong]
    return out


def _people_gold(it: dict) -> tuple[list[tuple[list[tuple[int, int]], str, str]], list[tuple[int, int]]]:
    """Gold spans of a set that names each person by surface form (no offsets): every occurrence of each form.

    A later mention by surname alone is the same person, so its spans do not count against precision."""
    gold = [(_spans(it["text"], p["text"]), "", p["text"]) for p in it["people"]]
    also = [o for p in it["people"] for word in p["text"].split()[1:] if len(word) > 3
            for o in _spans(it["text"], word)]
    return gold, also


def score_feed_day(items: list[dict], errors: list[str]) -> dict:
    flagged = defaultdict(lambda: [0, 0])  # lang -> false positives, negatives
    kept = defaultdict(lambda: [0, 0])  # lang -> found, positives
    people = PeopleScore()
    for it in items:
        a = run(it)
        if "people" in it:  # every article, in scope or not, as `monitor classify` finds people in each
            gold, also = _people_gold(it)
            people.add(it["id"], (it["lang"], "all"), gold, [e for e in a.entities if e.type == "person"],
                       it["text"], also)
        for key in (it["lang"], "all"):
            if it["relevant"]:
                kept[key][0] += a.relevant
                kept[key][1] += 1
            else:
                flagged[key][0] += a.relevant
                flagged[key][1] += 1
        if a.relevant != bool(it["relevant"]):
            errors.append(f"- {it['id']} [{it.get('topic', '')}] want {it['relevant']} got {a.relevant} "
                          f"{a.score:.2f} {a.countries} | {it['text'][:70]!r}\n    {a.reasons}")
    out = {
        "false_positive_rate": {k: round(v[0] / v[1], 4) if v[1] else 0.0 for k, v in sorted(flagged.items())},
        "false_positives": {k: v[0] for k, v in sorted(flagged.items())},
        "negatives": {k: v[1] for k, v in sorted(flagged.items())},
        "recall": {k: round(v[0] / v[1], 4) if v[1] else 1.0 for k, v in sorted(kept.items())},
        "items": len(items),
    }
    if people.found:
        out["people"] = people.figures()
        errors += [f"- person missed {i}: {s!r}" for i, _, s in people.missed]
        errors += [f"- not a person {i}: {s!r}" for i, s in people.wrong]
    return out


def score_people(items: list[dict], errors: list[str]) -> dict:
    people = PeopleScore()
    traps = defaultdict(lambda: [0, 0])
    for it in items:
        a = run(it)
        predicted = [e for e in a.entities if e.type == "person"]
        gold = [([(p["start"], p["start"] + len(p["text"]))], p.get("case") or "", p["text"])
                for p in it["people"]]
        people.add(it["id"], (it["lang"], "all"), gold, predicted, it["text"])
        for trap in it.get("traps", []):
            spans = _spans(it["text"], trap)
            tagged = any(_overlaps(o, (e.start, e.end)) for o in spans for e in predicted)
            for key in (it["lang"], "all"):
                traps[key][0] += tagged
                traps[key][1] += 1
            if tagged:
                errors.append(f"- trap tagged as a person {it['id']}: {trap!r}")
    errors += [f"- person missed {i} [{c}]: {s!r}" for i, c, s in people.missed]
    errors += [f"- not a person {i}: {s!r}" for i, s in people.wrong]
    return {"people": people.figures(), "traps_tagged": {k: f"{v[0]}/{v[1]}" for k, v in sorted(traps.items())},
            "items": len(items)}


def _print(name: str, fig: dict) -> None:
    print(f"== {name} ({fig['items']} items)")
    for key, r in fig.get("relevance", {}).items():
        c = fig["countries"].get(key)
        line = f"{key:>4}  relevance P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}"
        if c:
            line += f"   in-scope countries P={c['precision']:.3f} R={c['recall']:.3f}"
        print(line)
    for key, rate in fig.get("false_positive_rate", {}).items():
        print(f"{key:>4}  false positives {fig['false_positives'][key]}/{fig['negatives'][key]} = {rate:.3f}"
              f"   recall on in-scope {fig['recall'].get(key, 1.0):.3f}")
    for key, p in fig.get("people", {}).items():
        extra = f" P={p['precision']:.3f} ({p['predicted']} predicted)" if "precision" in p else ""
        print(f"{key:>16}  people R={p['recall']:.3f} exact={p['exact_recall']:.3f} ({p['gold']} gold){extra}")
    if "traps_tagged" in fig:
        print(f"      traps tagged as people: {fig['traps_tagged']}")


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every wrong decision and missed person")
    parser.add_argument("--set", action="append", choices=sorted(SETS), help="score only these sets")
    parser.add_argument("--excerpt", action="store_true",
                        help="score relevance and feed-day texts without their first line (no headline)")
    args = parser.parse_args(argv)
    run({"id": "warm-up", "text": "warm-up"})
    figures: dict[str, object] = {}
    t0 = time.perf_counter()
    n = 0
    for name in args.set or list(SETS):
        items = load(SETS[name])
        if not items:
            continue
        if args.excerpt and name not in ("people", "short"):
            items = [excerpt(it) for it in items]
        n += len(items)
        errors: list[str] = []
        if name.startswith("feed_day"):
            fig = score_feed_day(items, errors)
        elif name == "people":
            fig = score_people(items, errors)
        else:
            fig = score_relevance(items, errors, with_people=name != "short")
        figures[name] = fig
        _print(name, fig)
        if args.errors:
            print("\n".join(errors))
    figures["ms_per_item"] = round(1000 * (time.perf_counter() - t0) / max(1, n), 3)
    print(json.dumps(figures, ensure_ascii=False))
    return figures


if __name__ == "__main__":
    main()
