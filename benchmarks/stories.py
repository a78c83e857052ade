"""Story assignment: how well reports of one event end up in one story, and what it costs.

The set, ``tests/data/stories/events.jsonl``, was written for this project before the assignment existed:
44 diplomatic events (ambassadors and governors, foreign ministers, presidents, parliament delegations,
twinnings, multilateral summits and the bilateral meetings on their sidelines), each reported 2-6 times in
Arabic, Persian, Kazakh, Russian and English with their own wording, plus 26 reports that share countries,
people or places with those events but belong to none (another day, another governor, a phone call, the
business forum after the state visit). ``event`` is the gold label; ``null`` is an event of its own.

Each report is enriched as the pipelines enrich it (``people_out_of_scope=False``); the kept (in-scope) ones
are assigned to stories by :class:`monitor.stories.StoryBook`, in order of publication (a live stream) and,
to measure how much the order matters, in shuffled orders (late arrivals, replays of old files). A report
that is not kept has no story: it counts as a story of its own, so a relevance miss costs recall here.

Scores: B-cubed precision, recall and F1 (Bagga and Baldwin 1998: per report, the share of its story that
is its event, and the share of its event that is its story; averaged over reports).

Cost: CPU time per article of the assignment, and the enrichment rate with and without it, over the set
repeated (each copy moved 400 days later, so the book grows as it would over months of news); in memory,
and with the stories kept in SQLite as the embedded runtime keeps them (batches of 50, as ``monitor replay``).

    python benchmarks/stories.py [PATH] [--orders 5] [--copies 10] [--errors]

Last line: one JSON object (``bcubed_precision``, ``bcubed_recall``, ``bcubed_f1`` and the rest).
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import tempfile
import time
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

from monitor.enrich import enrich
from monitor.model import Article
from monitor.settings import DEFAULT_IN_SCOPE
from monitor.store.stories_sqlite import SqliteStories
from monitor.stories import StoryBook
from monitor.stories.service import assign_batch

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "stories" / "events.jsonl"


def load(path: Path = DATA) -> list[dict]:
    """The reports of a story set, one JSON object a line (the default set unless another is named)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def article_of(item: dict, shift_days: int = 0, suffix: str = "") -> Article:
    published = datetime.fromisoformat(item["published"]) + timedelta(days=shift_days)
    return Article(id=item["id"] + suffix, title=item["title"], text=item["text"], published=published,
                   source=item.get("source"))


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of a clustering (item -> cluster) against gold (item -> class)."""
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for item, cluster in predicted.items():
        by_pred[cluster].add(item)
    for item, cls in gold.items():
        by_gold[cls].add(item)
    p = r = 0.0
    for item in gold:
        mine, truth = by_pred[predicted[item]], by_gold[gold[item]]
        both = len(mine & truth)
        p += both / len(mine)
        r += both / len(truth)
    p, r = p / len(gold), r / len(gold)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def assign_all(articles: list[Article]) -> tuple[dict[str, str], StoryBook]:
    """Story id per article id (kept articles) in the given order."""
    book = StoryBook()
    return {a.id: book.assign(a).story_id for a in articles if a.relevant}, book


def clustering(items: list[dict], stories: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    gold = {i["id"]: i["event"] or f"single:{i['id']}" for i in items}
    predicted = {i["id"]: stories.get(i["id"], f"unkept:{i['id']}") for i in items}
    return predicted, gold


def show_errors(items: list[dict], enriched: dict[str, Article], predicted: dict[str, str], book: StoryBook) -> None:
    """Each gold event split over several stories, and each story mixing events, with the reasons given."""
    by_event: dict[str, set[str]] = defaultdict(set)
    by_story: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        by_event[item["event"] or f"single:{item['id']}"].add(predicted[item["id"]])
        by_story[predicted[item["id"]]].append(item)
    for event, stories in sorted(by_event.items()):
        if len(stories) > 1:
            parts = [sorted(f"{i['id']}/{i['lang']}" for i in by_story[s]
                            if (i["event"] or f"single:{i['id']}") == event) for s in stories]
            print(f"  split {event}: {parts}")
    for story, members in by_story.items():
        events = {m["event"] or f"single:{m['id']}" for m in members}
        if len(events) > 1:
            print(f"  merged in {story}: " + ", ".join(f"{m['id']}/{m['lang']}={m['event']}" for m in members))
            for m in members:
                why = book.reasons_of(m["id"])
                if why:
                    print(f"      {m['id']}: {'; '.join(why)}")
    unkept = [i["id"] for i in items if not enriched[i["id"]].relevant]
    if unkept:
        print(f"  not kept (no story): {unkept}")


def cost(items: list[dict], copies: int) -> dict[str, float]:
    """CPU seconds per article of enrichment alone and of enrichment plus assignment, the set repeated."""
    articles = [article_of(item, 400 * k, f"#{k}") for k in range(copies) for item in items]
    articles.sort(key=lambda a: a.published or datetime.min)
    for a in articles[:20]:  # warm-up: model load, automata
        enrich(a, DEFAULT_IN_SCOPE, people_out_of_scope=False)
    started = time.process_time()
    enriched = [enrich(a, DEFAULT_IN_SCOPE, people_out_of_scope=False) for a in articles]
    enrich_s = time.process_time() - started
    warm = StoryBook()
    for a in enriched[:20]:  # warm-up: the cue patterns and the capitals are loaded once
        if a.relevant:
            warm.assign(a)
    book = StoryBook()
    started = time.process_time()
    for a in enriched:
        if a.relevant:
            book.assign(a)
    assign_s = time.process_time() - started
    with tempfile.TemporaryDirectory() as tmp:  # the embedded runtime: SQLite, batches of 50 as replay sends
        store = SqliteStories(Path(tmp) / "monitor.sqlite")
        started = time.process_time()
        for i in range(0, len(enriched), 50):
            assign_batch(store, enriched[i : i + 50], DEFAULT_IN_SCOPE)
        sqlite_s = time.process_time() - started
        store.close()
    n = len(articles)
    kept = sum(a.relevant for a in enriched)
    return {
        "sqlite_assign_us_per_article": round(1e6 * sqlite_s / max(1, kept), 1),
        "sqlite_throughput_ratio": round(enrich_s / (enrich_s + sqlite_s), 4),
        "articles": n, "kept": kept, "stories": len(book),
        "enrich_per_s": round(n / enrich_s, 1), "enrich_and_assign_per_s": round(n / (enrich_s + assign_s), 1),
        "assign_us_per_article": round(1e6 * assign_s / max(1, kept), 1),
        "throughput_ratio": round(enrich_s / (enrich_s + assign_s), 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", type=Path, default=DATA,
                        help="story set to score (JSON lines as events.jsonl; default: events.jsonl)")
    parser.add_argument("--orders", type=int, default=5, help="shuffled orders to score besides publication order")
    parser.add_argument("--copies", type=int, default=10, help="copies of the set for the cost figures")
    parser.add_argument("--errors", action="store_true", help="print split events and mixed stories")
    args = parser.parse_args()
    items = load(args.path)
    events = {i["event"] for i in items if i["event"]}
    print(f"set: {len(items)} reports, {len(events)} events, {sum(1 for i in items if not i['event'])} unrelated; "
          f"languages {dict(sorted(_count(i['lang'] for i in items).items()))}")
    enriched = {i["id"]: enrich(article_of(i), DEFAULT_IN_SCOPE, people_out_of_scope=False) for i in items}
    kept = sum(a.relevant for a in enriched.values())
    print(f"kept (in scope): {kept} of {len(items)}")
    ordered = sorted(enriched.values(), key=lambda a: (a.published or datetime.min, a.id))
    stories, book = assign_all(ordered)
    predicted, gold = clustering(items, stories)
    main_score = bcubed(predicted, gold)
    print(f"publication order: {len(book)} stories; B-cubed P {main_score['precision']:.3f} "
          f"R {main_score['recall']:.3f} F1 {main_score['f1']:.3f}")
    kept_items = [i for i in items if enriched[i["id"]].relevant]
    kept_score = bcubed(*clustering(kept_items, stories))
    print(f"  the kept reports only (what the assignment saw): P {kept_score['precision']:.3f} "
          f"R {kept_score['recall']:.3f} F1 {kept_score['f1']:.3f}")
    if args.errors:
        show_errors(items, enriched, predicted, book)
    rng = random.Random(7)
    shuffled = []
    for _ in range(args.orders):
        order = list(enriched.values())
        rng.shuffle(order)
        s, _book = assign_all(order)
        shuffled.append(bcubed(*clustering(items, s)))
    if shuffled:
        f1s = [s["f1"] for s in shuffled]
        print(f"shuffled orders ({len(shuffled)}): F1 min {min(f1s):.3f} mean {sum(f1s) / len(f1s):.3f} "
              f"max {max(f1s):.3f}")
    figures = cost(items, args.copies)
    print(f"cost: {figures['assign_us_per_article']:.0f} µs per kept article; enrichment "
          f"{figures['enrich_per_s']:.0f} articles/s alone, {figures['enrich_and_assign_per_s']:.0f} with stories "
          f"({figures['throughput_ratio']:.1%} of the rate; {figures['articles']} articles, "
          f"{figures['stories']} stories)")
    print("  with the stories kept in SQLite (batches of 50, as replay): "
          f"{figures['sqlite_assign_us_per_article']:.0f} µs per kept article "
          f"({figures['sqlite_throughput_ratio']:.1%} of the enrichment rate)")
    print(json.dumps({
        "bcubed_precision": main_score["precision"], "bcubed_recall": main_score["recall"],
        "bcubed_f1": main_score["f1"], "stories": len(book), "events": len(events), "reports": len(items),
        "kept": kept, "kept_bcubed_f1": kept_score["f1"],
        "shuffled_f1_min": min(s["f1"] for s in shuffled) if shuffled else None,
        "shuffled_f1_mean": round(sum(s["f1"] for s in shuffled) / len(shuffled), 4) if shuffled else None,
        **{f"cost_{k}": v for k, v in figures.items()},
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(), "python": platform.python_version(),
    }))


def _count(values: object) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for v in values:  # type: ignore[attr-defined]
        out[v] += 1
    return out


if __name__ == "__main__":
    main()
