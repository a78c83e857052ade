"""Property tests of the text that goes into e-mail and webhook headers: any input builds a valid message."""

from __future__ import annotations

from email import message_from_bytes, policy

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.alerts.delivery import clean_text, email_message, header_text, header_token, sign, valid_email
from tests.hostile_text import hostile_text, hostile_url

BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(hostile_text)
def test_header_text_is_one_encodable_line(value: str) -> None:
    line = header_text(value)
    assert not any(ch in BREAKS or ch == "\x00" for ch in line)
    line.encode("utf-8")
    assert len(line) <= 200


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(hostile_text)
def test_header_token_is_printable_ascii(value: str) -> None:
    token = header_token(value)
    assert all(33 <= ord(ch) < 127 for ch in token)


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(alert=hostile_text, query=hostile_text, title=hostile_text, snippet=hostile_text, url=hostile_url,
       lang=st.one_of(st.none(), hostile_text), countries=st.lists(hostile_text, max_size=3),
       digest=st.booleans())
def test_any_alert_payload_builds_a_message_that_parses_back(alert: str, query: str, title: str, snippet: str,
                                                             url: str | None, lang: str | None,
                                                             countries: list[str], digest: bool) -> None:
    article = {"title": title, "url": url, "snippet": snippet, "lang": lang, "countries": countries}
    payload = ({"alert": alert, "query": query, "digest": "hourly", "articles": [article, article]} if digest
               else {"alert": alert, "query": query, "article": article})
    msg = email_message(payload, "desk@example.org", "alerts@example.org")
    raw = msg.as_bytes()
    back = message_from_bytes(raw, policy=policy.default)
    subject = back["Subject"]
    assert subject and not any(ch in BREAKS for ch in subject)
    assert back["To"] == "desk@example.org" and back["Bcc"] is None
    html = back.get_body(("html",)).get_content()
    assert "<script>" not in html.replace("&lt;script&gt;", "")  # every text is escaped
    plain = " ".join(back.get_body(("plain",)).get_content().split())
    assert " ".join(clean_text(title).split()) in plain  # the title reaches the reader, whatever it holds


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(hostile_text)
def test_only_plain_addresses_are_valid_recipients(value: str) -> None:
    if valid_email(value):
        assert "@" in value and not any(ch in value for ch in BREAKS + " <>,;\x00")
        value.encode("ascii")


@settings(max_examples=100, deadline=None, derandomize=True, database=None)
@given(secret=hostile_text, body=st.binary(max_size=200))
def test_signatures_work_for_any_secret(secret: str, body: bytes) -> None:
    assert sign(clean_text(secret), "1700000000", body).startswith("sha256=")
