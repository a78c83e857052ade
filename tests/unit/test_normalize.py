"""The one normaliser: spelling variants a reader treats as the same word must fold to the same string."""

import pytest

from monitor.normalize import normalize, normalize_with_offsets, original_span, tokenize


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
