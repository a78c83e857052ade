"""The one normaliser: spelling variants a reader treats as the same word must fold to the same string."""

import random

import pytest

from monitor.normalize import alternation, fold, fold_char, normalize, normalize_with_offsets, original_span, tokenize


@pytest.mark.parametrize(
    "variants",
    [
        ["أحمد", "إحمد", "آحمد", "احمد", "أَحْمَد", "احـــمد"],  # hamza forms, diacritics, tatweel
        ["مستشفى", "مستشفي", "مستشفی"],  # alef maqsura / Arabic ya / Persian ya
        ["مدرسة", "مدرسه"],  # ta marbuta
        ["كازاخستان", "کازاخستان"],  # Arabic vs Persian kaf
        ["استان‌های", "استانهای"],  # ZWNJ
        ["Қазақстан", "ҚАЗАҚСТАН", "қазақстан"],
        ["Ёлка", "елка", "ЕЛКА"],
        ["۱۴۰۲", "١٤٠٢", "1402"],
    ],
)
def test_variants_fold_together(variants: list[str]) -> None:
    assert len({normalize(v) for v in variants}) == 1


def test_distinct_letters_stay_distinct() -> None:
    # Kazakh-specific letters are not folded into Russian ones: they are different words.
    assert normalize("Қазақ") != normalize("Казак")
    assert normalize("پ") != normalize("ب")


def test_offsets_map_back_to_original() -> None:
    text = "السَّفِيرُ الكازاخستاني في القاهرة"
    norm, offsets = normalize_with_offsets(text)
    start = norm.index("الکازاخستانی")
    s, e = original_span(offsets, start, start + len("الکازاخستانی"))
    assert text[s:e] == "الكازاخستاني"
    assert len(offsets) == len(norm) + 1


def test_tokenize_keeps_inner_hyphen_and_splits_punctuation() -> None:
    assert tokenize("Балиг-ур-Рехман, «Астана»!") == ["балиг-ур-рехман", "астана"]


def test_every_folded_character_maps_back_to_the_character_it_came_from() -> None:
    """The one folding the whole enrichment shares: the map is exact and ``identity`` says when it is trivial."""
    rng = random.Random(7)
    alphabet = "abcXYZ АбвЁё ىيكة\u064b\u0651\u0640\u200c\u200d،؛ ۱۲٣ ﻻ ﷲ ß ﬁ é\u0301 \u00a0—«»'\n"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        f = fold(text)
        assert f.norm == normalize(text)
        assert (f.norm, f.offsets) == normalize_with_offsets(text)
        assert len(f.offsets) == len(f.norm) + 1 and f.offsets[-1] == len(text)
        for q, ch in enumerate(f.norm):
            assert ch in normalize(text[f.offsets[q]])
        assert f.identity == (f.offsets == list(range(len(text) + 1)) and len(f.norm) == len(text))


def test_characters_never_seen_before_fold_like_every_other() -> None:
    """The fast path through the known characters must not skip a character met for the first time: a text
    with new ones folds per character, the first time (while the table learns them) and every time after."""
    rng = random.Random(11)
    fresh = [chr(c) for c in (0xFE8F, 0xFF21, 0x03A3, 0x1E9E, 0x0132, 0xFB8A, 0x2163, 0x24B6)]
    known = "Kazakhstan қазақ كازاخستان "
    for ch in fresh:
        text = "".join(rng.choice(known) for _ in range(20)) + ch + "".join(rng.choice(known) for _ in range(20))
        expected = "".join(fold_char(c) for c in text)
        assert normalize(text) == expected  # first sight of ``ch``
        assert normalize(text) == expected  # known from now on
        assert fold(text).norm == expected
        assert normalize(known) == "".join(fold_char(c) for c in known)


def test_alternation_matches_marker_words_however_the_text_spells_them():
    """A rule's marker words, written as people spell them, match folded text in any spelling: a hamza form,
    a Persian ya, a capital letter, a ZWNJ; a bounded alternation matches whole words only."""
    import re

    loose = re.compile(alternation(("لم يشارك", "Did not attend", "حضور نداشت")))
    for written in ("لم يشارك", "لم يشارک", "did not attend", "DID NOT ATTEND", "حضور نداشت"):
        assert loose.search(normalize(f"x {written} y")), written
    assert loose.search(normalize("they did not attendance")) is not None  # unbounded: a prefix is enough
    bounded = re.compile(alternation(("the sides", "طرفین"), bounded=True))
    assert bounded.search(normalize("The sides agreed"))
    assert bounded.search(normalize("the sidesteps")) is None
    assert bounded.search(normalize("بطرفین")) is None
    assert re.compile(alternation(("a.b",))).search("axb") is None  # the words are escaped, not patterns
