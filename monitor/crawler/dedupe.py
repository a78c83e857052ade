"""One id per story URL, one cluster per story.

Exact duplicates: the article id is the hash of the canonical URL (tracking parameters and fragments
dropped by :func:`monitor.model.canonical_url`, redirects resolved by the fetcher, and the page's own
``<link rel=canonical>`` preferred when it stays on the same site: a page must not be able to claim
another outlet's URL and overwrite that outlet's article).

Near duplicates (one agency story re-published by several outlets with their own header and footer):
a 64-bit SimHash over word 3-shingles of the normalised text. Two stories are one cluster when their
hashes differ in at most ``k`` bits. Lookups use the pigeonhole trick: split the hash into ``k + 1``
bands; two hashes within distance ``k`` agree exactly on at least one band, so an index on
(band number, band value) finds every candidate without scanning.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urljoin, urlsplit

from monitor.normalize import normalize

BITS = 64
_WORD = re.compile(r"\w+", re.UNICODE)


def same_site(a: str, b: str) -> bool:
    def site(u: str) -> str:
        host = (urlsplit(u).hostname or "").lower()
        return host[4:] if host.startswith("www.") else host

    return bool(site(a)) and site(a) == site(b)


def choose_canonical(final_url: str, canonical_href: str | None) -> str:
    """The page's canonical link if it is an http(s) URL on the same site, else the final URL."""
    if canonical_href:
        candidate = urljoin(final_url, canonical_href)
        if urlsplit(candidate).scheme in ("http", "https") and same_site(candidate, final_url):
            return candidate
    return final_url


def tokens(text: str) -> list[str]:
    return _WORD.findall(normalize(text))


def simhash(text: str, min_tokens: int = 20) -> int | None:
    """64-bit SimHash of ``text``; None when the text is too short for a meaningful fingerprint."""
    words = tokens(text)
    if len(words) < min_tokens:
        return None
    import numpy as np

    digests = b"".join(
        hashlib.blake2b(" ".join(words[i : i + 3]).encode("utf-8"), digest_size=8).digest()
        for i in range(len(words) - 2)
    )
    # Column j of the bit matrix is bit j of each shingle hash (little-endian bytes, little bit order).
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8).reshape(-1, 8), axis=1, bitorder="little")
    votes = bits.sum(axis=0, dtype=np.int64) * 2 - bits.shape[0]
    value = 0
    for bit in np.flatnonzero(votes > 0):
        value |= 1 << int(bit)
    return value


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def bands(value: int, k: int) -> list[tuple[int, int]]:
    """Split a 64-bit hash into ``k + 1`` bands: ``[(band_no, band_value), ...]``."""
    n = k + 1
    width = -(-BITS // n)  # ceil
    out = []
    for i in range(n):
        lo = i * width
        if lo >= BITS:
            break
        w = min(width, BITS - lo)
        out.append((i, (value >> lo) & ((1 << w) - 1)))
    return out


def to_signed(value: int) -> int:
    """SQLite integers are signed 64-bit."""
    return value - (1 << 64) if value >= 1 << 63 else value


def from_signed(value: int) -> int:
    return value + (1 << 64) if value < 0 else value
