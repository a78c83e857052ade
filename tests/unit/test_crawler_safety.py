"""Address policy, XML pre-checks and body caps of the crawler (no network)."""

from __future__ import annotations

import asyncio
import gzip
import zlib

import pytest

from monitor.crawler.fetch import FetchError, _Decoder, parse_retry_after
from monitor.crawler.safety import AddressPolicy, Refused, check_xml


def _check(policy: AddressPolicy, url: str) -> tuple[str, int, str]:
    return asyncio.run(policy.check_url(url))


def _fake_dns(table: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    async def resolve(host: str, port: int) -> list[str]:
        if host not in table:
            raise OSError("NXDOMAIN")
        return table[host]

    return resolve


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/feed",
        "http://10.0.0.5/",
        "http://172.16.3.4/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://[fd00::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
        "http://100.64.0.1/",
        "http://224.0.0.1/",
        "http://2130706433/",
        "http://0x7f.1/",
    ],
)
def test_private_loopback_and_link_local_addresses_are_refused(url: str) -> None:
    with pytest.raises(Refused) as exc:
        _check(AddressPolicy(""), url)
    assert exc.value.kind == "address"


def test_names_are_checked_after_resolution_and_every_address_must_pass() -> None:
    dns = _fake_dns({"news.example": ["93.184.216.34"], "evil.example": ["93.184.216.34", "10.0.0.7"],
                     "rebind.example": ["192.168.0.10"]})
    policy = AddressPolicy("", resolver=dns)
    assert _check(policy, "https://news.example/rss") == ("news.example", 443, "93.184.216.34")
    for host in ("evil.example", "rebind.example"):
        with pytest.raises(Refused, match="non-public"):
            _check(policy, f"http://{host}/")
    with pytest.raises(Refused) as exc:
        _check(policy, "http://missing.example/")
    assert exc.value.kind == "dns"


def test_allow_list_admits_addresses_ranges_and_names() -> None:
    dns = _fake_dns({"localhost": ["127.0.0.1"], "intranet": ["10.1.1.1"]})
    assert _check(AddressPolicy("127.0.0.1", resolver=dns), "http://127.0.0.1:8080/x")[2] == "127.0.0.1"
    assert _check(AddressPolicy("127.0.0.0/8"), "http://127.0.0.2/")[2] == "127.0.0.2"
    assert _check(AddressPolicy("localhost", resolver=dns), "http://localhost/")[2] == "127.0.0.1"
    with pytest.raises(Refused):
        _check(AddressPolicy("127.0.0.1", resolver=dns), "http://intranet/")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://x/", "gopher://x/", "javascript:alert(1)",
                                 "http://user:pw@93.184.216.34/"])
def test_only_plain_http_urls_are_followed(url: str) -> None:
    with pytest.raises(Refused):
        _check(AddressPolicy(""), url)


def test_entity_bombs_and_external_entities_are_refused_before_parsing() -> None:
    bomb = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss>&b;</rss>'
    xxe = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss>&x;</rss>'
    for doc in (bomb, xxe, bomb.decode().encode("utf-16")):
        with pytest.raises(Refused) as exc:
            check_xml(doc)
        assert exc.value.kind == "xml"
    check_xml(b'<?xml version="1.0"?><rss version="2.0"><channel><title>ok</title></channel></rss>')
    check_xml(b"<rss><channel><title>ill-formed &nbsp; but harmless</title>")  # left to the lenient parser


def test_gzip_bomb_stops_at_the_decompressed_cap() -> None:
    bomb = gzip.compress(b"\0" * 20_000_000)
    assert len(bomb) < 100_000
    dec = _Decoder("gzip", limit=1_000_000)
    with pytest.raises(FetchError) as exc:
        for i in range(0, len(bomb), 8192):
            dec.feed(bomb[i : i + 8192])
    assert exc.value.kind == "too_large"


def test_decoders_read_gzip_members_deflate_and_raw_deflate() -> None:
    data = "سفیر قزاقستان".encode() * 100
    two_members = gzip.compress(data) + gzip.compress(data)
    dec = _Decoder("gzip", limit=10_000_000)
    assert dec.feed(two_members) + dec.flush() == data + data
    dec = _Decoder("deflate", limit=10_000_000)
    assert dec.feed(zlib.compress(data)) + dec.flush() == data
    raw = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    dec = _Decoder("deflate", limit=10_000_000)
    assert dec.feed(raw.compress(data) + raw.flush()) + dec.flush() == data
    with pytest.raises(FetchError):
        _Decoder("br", limit=10)


def test_retry_after_accepts_seconds_and_http_dates() -> None:
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480 - 60) == pytest.approx(60.0)
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


@pytest.mark.parametrize(
    "url",
    [
        "http://[2002:7f00::1]/",  # 6to4 of 127.0.0.1
        "http://[2002:a00:1::1]/",  # 6to4 of 10.0.0.1
        "http://[2002:a9fe:a9fe::1]/",  # 6to4 of the metadata address 169.254.169.254
        "http://[fec0::1]/",  # deprecated site-local, still routed inside some networks
        "http://[fec0:1:2::3]/",
        "http://[64:ff9b::7f00:1]/",  # NAT64 of 127.0.0.1
        "http://[64:ff9b::a9fe:a9fe]/",  # NAT64 of the metadata address
        "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/",  # Teredo
    ],
)
def test_ipv6_forms_that_tunnel_to_private_addresses_are_refused(url: str) -> None:
    with pytest.raises(Refused) as exc:
        _check(AddressPolicy(""), url)
    assert exc.value.kind == "address"


def test_a_name_resolving_to_6to4_loopback_is_refused_and_public_6to4_passes() -> None:
    dns = _fake_dns({"six.example": ["2002:7f00::1"], "pub.example": ["2002:5db8:d822::1"]})
    policy = AddressPolicy("", resolver=dns)
    with pytest.raises(Refused, match="2002:7f00::1"):
        _check(policy, "http://six.example/")
    assert _check(policy, "http://pub.example/")[2] == "2002:5db8:d822::1"


def test_the_synchronous_check_applies_the_same_rules_and_names_its_setting() -> None:
    def dns(host: str, port: int) -> list[str]:
        return {"hook.example": ["93.184.216.34"], "inside.example": ["10.0.0.9"]}[host]

    policy = AddressPolicy("", setting="MONITOR_DELIVERY_ALLOW", sync_resolver=dns)
    assert policy.check_url_sync("https://hook.example/x") == ("hook.example", 443, "93.184.216.34")
    for url in ("http://inside.example/", "http://169.254.169.254/", "http://[2002:7f00::1]/", "http://0x7f.1/"):
        with pytest.raises(Refused) as exc:
            policy.check_url_sync(url)
        assert exc.value.kind == "address"
    with pytest.raises(Refused, match="MONITOR_DELIVERY_ALLOW"):
        policy.check_url_sync("http://inside.example/")
    assert AddressPolicy("10.0.0.0/8", sync_resolver=dns).check_host_sync("inside.example", 25)[2] == "10.0.0.9"


def _utf7_everything(text: str) -> bytes:
    """UTF-7 with every punctuation character base64-encoded (legal UTF-7; hides ``<!ENTITY`` from a byte scan)."""
    import base64
    import re

    out = []
    for run in re.findall(r"[A-Za-z0-9 ]+|[^A-Za-z0-9 ]+", text):
        if run[0].isalnum() or run[0] == " ":
            out.append(run)
        else:
            out.append("+" + base64.b64encode(run.encode("utf-16-be")).decode().rstrip("=") + "-")
    return "".join(out).encode("ascii")


_BOMB_BODY = ('<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
              '<rss version="2.0"><channel><title>&b;</title><item><title>x</title>'
              '<link>http://example.org/1</link></item></channel></rss>')


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        (b'<?xml version="1.0" encoding="utf-7"?>' + _utf7_everything(_BOMB_BODY), {}),
        (_utf7_everything(_BOMB_BODY), {"Content-Type": "application/rss+xml; charset=utf-7"}),
        (('<?xml version="1.0" encoding="cp037"?>' + _BOMB_BODY).encode("cp037"), {}),
        (('<?xml version="1.0" encoding="cp500"?>' + _BOMB_BODY).encode("cp500"),
         {"Content-Type": "application/xml; charset=cp500"}),
    ],
    ids=["utf7-declared", "utf7-http-charset", "ebcdic-cp037", "ebcdic-cp500"],
)
def test_entity_declarations_hidden_by_utf7_or_ebcdic_are_refused(body: bytes, headers: dict) -> None:
    from monitor.crawler.feeds import FeedRejected, parse_feed

    assert b"<!ENTITY" not in body  # a scan of the raw bytes sees nothing
    with pytest.raises(Refused) as exc:
        check_xml(body, headers)
    assert exc.value.kind == "xml"
    with pytest.raises(FeedRejected) as rejected:
        parse_feed(body, headers, "http://example.org/feed")
    assert rejected.value.kind == "xml"


def test_a_plain_feed_in_a_legacy_encoding_still_passes() -> None:
    feed = ('<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel><title>سفير</title>'
            "</channel></rss>").encode("cp1256")
    check_xml(feed, {"Content-Type": "application/rss+xml"})


@pytest.mark.parametrize("url", ["http://[::1/", "http://a]b/", "http://\U00084401!ı]ŀ/", "http://x]:80/"])
def test_malformed_authorities_are_refused_not_raised(url: str) -> None:
    with pytest.raises(Refused) as exc:
        _check(AddressPolicy(""), url)
    assert exc.value.kind in ("address", "dns")
    with pytest.raises(Refused):
        AddressPolicy("").check_static(url)
