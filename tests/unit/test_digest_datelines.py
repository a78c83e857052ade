"""A wire's round-up opens each item with a dateline in capitals and a dash ("GAZA — ...", "KYIV — ..."): its items are
stories of their own, like a digest's rubrics; one dateline over an article, or a dash after a lower-case phrase, is
no item."""

from __future__ import annotations

from monitor._digest import items
from monitor.normalize import fold

ROUNDUP = ("World in brief\n\nGAZA — Aid deliveries rose.\n\nKYIV — Drones struck power plants.\n\n"
           "TOKYO — An earthquake shook buildings.\n\nMARKETS — Oil prices fell.")
ARTICLE = ("Ministers meet in Astana\n\nASTANA — The foreign ministers met on Monday.\n\nThey signed a memorandum.\n\n"
           "The next meeting will be in Tashkent.")


def test_a_round_up_by_datelines_has_an_item_per_dateline() -> None:
    assert items(fold(ROUNDUP).norm, ROUNDUP).starts == (2, 4, 6, 8)


def test_one_dateline_over_an_article_makes_no_items() -> None:
    assert items(fold(ARTICLE).norm, ARTICLE).starts == ()


def test_lower_case_labels_before_a_dash_are_no_datelines() -> None:
    text = ROUNDUP.replace("GAZA", "Then").replace("KYIV", "Also").replace("TOKYO", "Meanwhile").replace(
        "MARKETS", "Finally")
    assert items(fold(text).norm, text).starts == ()
    assert items(fold(ROUNDUP).norm).starts == ()  # (without the original text no capitals can be read)
