"""The seed articles, read and enriched exactly as ``monitor replay`` does, plus a few of our own."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from monitor.enrich import enrich
from monitor.model import Article, article_id_for_content
from monitor.replay import article_from_text

SEEDS = Path(__file__).resolve().parents[3] / "seeds"

# File stems of the seeds the assertions talk about.
AR_KAZAKHSTAN = "000_ba297450c7a36bb5"  # Arabic: governor of Qalyubia receives Kazakhstan's ambassador
AR_AZERBAIJAN = "001_aa90fabbf7db6b57"  # Arabic: governor of Luxor meets Azerbaijan's ambassador
KK_KAZAKHSTAN = "002_304c3d4b86b1b803"  # Kazakh: ambassador in Lahore
AR_GAZA = "003_e51d59fcfcf1026e"  # Arabic: Gaza reconstruction conference (no Central Asia)
FA_KAZAKHSTAN = "004_1c9119d2bece99fa"  # Persian: Kazakhstan's ambassador in Zanjan

# Written for these tests (not news): Russian Cyrillic with ё and mixed case.
RU_TEXT = (
    "Посол Казахстана встретился с губернатором области",
    "Всё прошло в дружеской обстановке. ПОСОЛ обсудил с губернатором торговлю и образование.",
)


@lru_cache(maxsize=1)
def seed_articles() -> dict[str, Article]:
    """Stem -> enriched article, with a fixed publication date per seed (so facets are predictable)."""
    out: dict[str, Article] = {}
    for i, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        article = article_from_text(path.read_text(encoding="utf-8"), source=f"seed-{i % 2}")
        article = article.model_copy(update={"published": datetime(2025, 10, 20 + i % 3, 9, 0, tzinfo=UTC)})
        out[path.stem] = enrich(article)
    return out


def russian_article() -> Article:
    title, text = RU_TEXT
    article = Article(
        id=article_id_for_content(title, text), title=title, text=text, source="tests",
        published=datetime(2025, 10, 23, 12, 0, tzinfo=UTC),
    )  # fmt: skip
    return enrich(article)
