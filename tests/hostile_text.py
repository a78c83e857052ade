"""Hypothesis strategies for hostile text: any Unicode, plus the characters that have broken parsers before.

Shared by the property tests (unit and integration). Hypothesis' own ``text()`` leaves out lone surrogates;
they come in through JSON (``"\\ud800"``), so they are added here, with line and paragraph separators,
controls, bidi overrides, the BOM, query-language syntax and markup.
"""

from __future__ import annotations

from hypothesis import strategies as st

NASTY = [
    "\r", "\n", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\x00", "\x7f",
    "\ud800", "\udfff", "\udc80", "\u200c", "\u200f", "\u202e", "\ufeff", "\uffff", "\U0010ffff",
    "<script>alert(1)</script>", "&amp;", "&#0;", "]]>", "'", '"', "%", "%0d%0a", "\\", "{", "}", "*", ":", "(",
    ")", " NOT ", " AND ", " OR ", "-", '"', "country:", "lang:", "Bcc: x@example.org",
    "Қазақстан", "کازاخستان", "كازاخستان", "Казахстан", "سفير", "ي", "ی", "ك", "ک",
]

hostile_text = st.lists(
    st.one_of(st.text(max_size=12), st.sampled_from(NASTY),
              st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)),
    max_size=24,
).map("".join)

hostile_url = st.one_of(
    st.none(), hostile_text,
    st.builds(lambda host, path: f"http://{host}/{path}", hostile_text, hostile_text),
    st.sampled_from(["javascript:alert(1)", "file:///etc/passwd", "http://[::1]/", "http://0x7f.1/", "//x",
                     "https://example.org/a?utm_source=x#frag", "http://exa mple.org/\r\nX: y"]),
)
