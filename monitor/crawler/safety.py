"""What an attacker who controls a feed must not make the crawler do.

A feed names URLs; the crawler fetches them. Without care that is a server-side request forgery
channel (fetch the cloud metadata service at 169.254.169.254, an admin page on 10.x, a port on
localhost) and a denial-of-service channel (entity bombs, endless bodies). This module holds the pure
checks; :mod:`monitor.crawler.fetch` applies them on every hop, *after* DNS resolution, and connects to
the very address that was checked (so a DNS answer that changes between check and connect cannot slip a
private address in).
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
from collections.abc import Awaitable, Callable, Iterable, Mapping
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[list[str]]]
SyncResolver = Callable[[str, int], list[str]]


class Refused(Exception):
    """A URL the crawler will not fetch; ``kind`` names the rule, ``reason`` says why, for the log."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


# IPv6 prefixes that carry an IPv4 address in their last 32 bits (NAT64, RFC 6052 and RFC 8215): a gateway
# would forward to that IPv4 address, so it is the IPv4 address that must be public.
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))


def embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (mapped, 6to4, Teredo client, NAT64), else None."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:  # 2002:AABB:CCDD::/48 routes to AA.BB.CC.DD
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if any(ip in net for net in _NAT64):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public(ip: IPAddress) -> bool:
    """A globally routed unicast address, including what an IPv6 address tunnels to.

    ``is_global`` alone is not enough: Python counts 2002::/16 (6to4, which embeds any IPv4 address,
    2002:7f00::1 being loopback) and fec0::/10 (deprecated site-local, still routed inside some networks)
    as global.
    """
    inner = embedded_ipv4(ip)
    if inner is not None and not is_public(inner):
        return False
    if isinstance(ip, ipaddress.IPv6Address) and (ip.is_site_local or ip.teredo is not None):
        return False
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


class AddressPolicy:
    """Refuses non-public addresses unless allowed: the one outbound-request policy of the project.

    The crawler builds it from ``MONITOR_CRAWL_ALLOW`` (feeds, pages, robots.txt), alert delivery from
    ``MONITOR_DELIVERY_ALLOW`` (webhooks, the SMTP server). ``allow`` is a comma-separated list of host names
    (``localhost``), addresses (``127.0.0.1``) or CIDR ranges (``127.0.0.0/8``). A name in the list allows
    whatever that name resolves to. ``setting`` names the list in refusals, so the log says what to change.
    """

    def __init__(
        self, allow: str | Iterable[str] = "", resolver: Resolver | None = None, *,
        setting: str = "MONITOR_CRAWL_ALLOW", sync_resolver: SyncResolver | None = None,
    ) -> None:
        items = [a.strip() for a in (allow.split(",") if isinstance(allow, str) else allow) if a.strip()]
        self.networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        self.hosts: set[str] = set()
        for item in items:
            try:
                self.networks.append(ipaddress.ip_network(item.strip("[]"), strict=False))
            except ValueError:
                self.hosts.add(item.lower().rstrip("."))
        self.setting = setting
        self._resolver = resolver or system_resolve
        self._sync_resolver = sync_resolver or system_resolve_sync

    def ip_allowed(self, ip: IPAddress, host: str = "") -> bool:
        if is_public(ip):
            return True
        if host.lower().rstrip(".") in self.hosts:
            return True
        return any(ip.version == net.version and ip in net for net in self.networks)

    @staticmethod
    def _split(url: str) -> tuple[str, int, IPAddress | None]:
        """Scheme, credentials, host and port checks that need no DNS; returns (host, port, literal ip)."""
        try:
            parts = urlsplit(url)
            hostname = parts.hostname
        except ValueError as exc:  # "Invalid IPv6 URL" and friends: a malformed authority
            raise Refused("address", f"malformed URL: {exc}") from None
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise Refused("scheme", f"scheme {scheme or '(none)'!r} is not http or https")
        if parts.username or parts.password:
            raise Refused("address", "credentials in URLs are not followed")
        host = (hostname or "").rstrip(".")
        if not host:
            raise Refused("address", "URL has no host")
        try:
            port = parts.port or (443 if scheme == "https" else 80)
        except ValueError as exc:
            raise Refused("address", f"bad port: {exc}") from None
        return host, port, _literal(host)

    def _verdict(self, host: str, port: int, addresses: list[str]) -> tuple[str, int, str]:
        if not addresses:
            raise Refused("dns", f"{host} resolves to no address")
        # Every address must pass: otherwise the connection could land on the bad one.
        for addr in addresses:
            ip = ipaddress.ip_address(addr.split("%", 1)[0])
            if not self.ip_allowed(ip, host):
                raise Refused("address", f"{host} resolves to non-public address {ip} (not in {self.setting})")
        return host, port, addresses[0]

    async def check_url(self, url: str) -> tuple[str, int, str]:
        """Validate scheme/host/port and resolve; return ``(host, port, ip)`` to connect to.

        Raises :class:`Refused` for anything not plainly http(s) to a public (or allowed) address.
        """
        host, port, literal = self._split(url)
        if literal is not None:
            return self._verdict(host, port, [str(literal)])
        try:
            addresses = await self._resolver(host, port)
        except OSError as exc:
            raise Refused("dns", f"cannot resolve {host}: {exc}") from None
        return self._verdict(host, port, addresses)

    def check_static(self, url: str) -> None:
        """The checks that need no DNS (scheme, credentials, numeric forms, a refused literal address): what an
        alert's webhook URL must pass when it is saved. Names are checked again, resolved, on every send."""
        host, port, literal = self._split(url)
        if literal is not None:
            self._verdict(host, port, [str(literal)])

    def check_url_sync(self, url: str) -> tuple[str, int, str]:
        """:meth:`check_url` for synchronous callers (webhook delivery runs in worker threads)."""
        host, port, literal = self._split(url)
        return self.check_host_sync(host, port, literal)

    def check_host_sync(self, host: str, port: int, literal: IPAddress | None = None) -> tuple[str, int, str]:
        """Resolve and check a bare host (the SMTP server); returns ``(host, port, ip)``."""
        host = host.strip().strip("[]").rstrip(".")
        if not host:
            raise Refused("address", "no host")
        literal = literal if literal is not None else _literal(host)
        if literal is not None:
            return self._verdict(host, port, [str(literal)])
        try:
            addresses = self._sync_resolver(host, port)
        except OSError as exc:
            raise Refused("dns", f"cannot resolve {host}: {exc}") from None
        return self._verdict(host, port, addresses)


def _literal(host: str) -> IPAddress | None:
    """The address a host string spells, or None for a name; refuses numeric forms resolvers would read."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if _looks_numeric(host):
        # 2130706433, 0x7f.1, 017700000001: forms that resolvers turn into addresses.
        raise Refused("address", f"numeric host {host!r} in a non-standard form")
    return None


_NUMERIC_HOST = re.compile(r"^(0x[0-9a-f]+|[0-9]+)(\.(0x[0-9a-f]+|[0-9]+)){0,3}$", re.I)


def _looks_numeric(host: str) -> bool:
    return bool(_NUMERIC_HOST.match(host))


async def system_resolve(host: str, port: int) -> list[str]:
    """All addresses of ``host`` from the system resolver (IPv4 first, so plain hosts work)."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[str] = []
    for family, *_rest, sockaddr in sorted(infos, key=lambda i: i[0] != socket.AF_INET):
        addr = sockaddr[0]
        if family in (socket.AF_INET, socket.AF_INET6) and addr not in seen:
            seen.append(addr)
    return seen


def system_resolve_sync(host: str, port: int) -> list[str]:
    """:func:`system_resolve` without an event loop."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[str] = []
    for family, *_rest, sockaddr in sorted(infos, key=lambda i: i[0] != socket.AF_INET):
        addr = sockaddr[0]
        if family in (socket.AF_INET, socket.AF_INET6) and addr not in seen:
            seen.append(addr)
    return seen


# ── XML: no external entities, no entity bombs ──────────────────────────────────────────────────────

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)


def _ascii_view(data: bytes) -> bytes:
    """The document as ASCII-compatible bytes, so a UTF-16/32 file cannot hide ``<!ENTITY``."""
    head = data[:4]
    for bom, codec in (
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\xfe\xff", "utf-16-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\x00\x00\x00<", "utf-32-be"),
        (b"<\x00\x00\x00", "utf-32-le"),
        (b"\x00<\x00?", "utf-16-be"),
        (b"<\x00?\x00", "utf-16-le"),
    ):
        if head.startswith(bom):
            try:
                return data.decode(codec, errors="replace").encode("utf-8", errors="replace")
            except LookupError:  # pragma: no cover - codecs always present
                break
    return data


def parser_view(data: bytes, headers: Mapping[str, str] | None = None) -> bytes:
    """The UTF-8 bytes feedparser will actually parse: its own encoding detection, run on our side.

    feedparser decodes a feed by the HTTP ``charset``, the XML declaration, a byte-order mark or an EBCDIC
    signature before parsing. A check of the raw bytes alone is blind to a UTF-7 (``+ADwAIQ-ENTITY``) or
    EBCDIC (cp037) document that declares entities: the very bytes that reach the parser are checked here.
    """
    from feedparser.encodings import convert_to_utf8

    lowered = {k.lower(): v for k, v in (headers or {}).items()}
    try:
        return convert_to_utf8(lowered, data, {})
    except Exception as exc:  # feedparser would fail on it the same way: refuse with the reason
        raise Refused("xml", f"cannot decode the document as feedparser would: {type(exc).__name__}: {exc}") from None


def check_xml(data: bytes, headers: Mapping[str, str] | None = None) -> None:
    """Refuse documents that declare entities or reference external ones.

    feedparser hands well-formed feeds to expat through SAX; a document type with entity declarations
    is how both the billion-laughs bomb and external-entity reads start. News feeds never need them, so
    any ``<!ENTITY`` declaration is refused outright (defusedxml applies the same rule, and we run it too
    so that its checks of external DTDs and references are applied as well). Both the raw bytes and the
    bytes feedparser will parse (:func:`parser_view`, with the response ``headers``) are checked.
    """
    decoded = parser_view(data, headers)
    for view in (_ascii_view(data), decoded):
        if _ENTITY_DECL.search(view):
            raise Refused("xml", "document declares XML entities (entity expansion / external entity risk)")
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    for doc in (data, decoded):
        try:
            fromstring(doc, forbid_dtd=False, forbid_entities=True, forbid_external=True)
        except DefusedXmlException as exc:
            raise Refused("xml", f"unsafe XML: {type(exc).__name__}: {exc}") from None
        except (ParseError, ValueError, LookupError):
            # Ill-formed: feedparser's tolerant parser may still read it, and that parser does not
            # expand declared entities (and we refused any declaration above anyway).
            pass
