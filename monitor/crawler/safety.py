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
from collections.abc import Awaitable, Callable, Iterable
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[list[str]]]


class Refused(Exception):
    """A URL the crawler will not fetch; ``kind`` names the rule, ``reason`` says why, for the log."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


def _is_public(ip: IPAddress) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return _is_public(ip.ipv4_mapped)
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


class AddressPolicy:
    """Refuses non-public addresses unless allowed by ``MONITOR_CRAWL_ALLOW``.

    ``allow`` is a comma-separated list of host names (``localhost``), addresses (``127.0.0.1``) or
    CIDR ranges (``127.0.0.0/8``). A name in the list allows whatever that name resolves to.
    """

    def __init__(self, allow: str | Iterable[str] = "", resolver: Resolver | None = None) -> None:
        items = [a.strip() for a in (allow.split(",") if isinstance(allow, str) else allow) if a.strip()]
        self.networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        self.hosts: set[str] = set()
        for item in items:
            try:
                self.networks.append(ipaddress.ip_network(item.strip("[]"), strict=False))
            except ValueError:
                self.hosts.add(item.lower().rstrip("."))
        self._resolver = resolver or system_resolve

    def ip_allowed(self, ip: IPAddress, host: str = "") -> bool:
        if _is_public(ip):
            return True
        if host.lower().rstrip(".") in self.hosts:
            return True
        return any(ip.version == net.version and ip in net for net in self.networks)

    async def check_url(self, url: str) -> tuple[str, int, str]:
        """Validate scheme/host/port and resolve; return ``(host, port, ip)`` to connect to.

        Raises :class:`Refused` for anything not plainly http(s) to a public (or allowed) address.
        """
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise Refused("scheme", f"scheme {scheme or '(none)'!r} is not http or https")
        if parts.username or parts.password:
            raise Refused("address", "credentials in URLs are not followed")
        host = (parts.hostname or "").rstrip(".")
        if not host:
            raise Refused("address", "URL has no host")
        try:
            port = parts.port or (443 if scheme == "https" else 80)
        except ValueError as exc:
            raise Refused("address", f"bad port: {exc}") from None
        try:
            literal: IPAddress | None = ipaddress.ip_address(host)
        except ValueError:
            literal = None
        if literal is None and _looks_numeric(host):
            # 2130706433, 0x7f.1, 017700000001: forms that resolvers turn into addresses.
            raise Refused("address", f"numeric host {host!r} in a non-standard form")
        if literal is not None:
            addresses = [str(literal)]
        else:
            try:
                addresses = await self._resolver(host, port)
            except OSError as exc:
                raise Refused("dns", f"cannot resolve {host}: {exc}") from None
            if not addresses:
                raise Refused("dns", f"{host} resolves to no address")
        # Every address must pass: otherwise the connection could land on the bad one.
        for addr in addresses:
            ip = ipaddress.ip_address(addr.split("%", 1)[0])
            if not self.ip_allowed(ip, host):
                raise Refused(
                    "address",
                    f"{host} resolves to non-public address {ip} (not in MONITOR_CRAWL_ALLOW)",
                )
        return host, port, addresses[0]


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


def check_xml(data: bytes) -> None:
    """Refuse documents that declare entities or reference external ones.

    feedparser hands well-formed feeds to expat through SAX; a document type with entity declarations
    is how both the billion-laughs bomb and external-entity reads start. News feeds never need them, so
    any ``<!ENTITY`` declaration is refused outright (defusedxml applies the same rule, and we run it too
    so that its checks of external DTDs and references are applied as well).
    """
    view = _ascii_view(data)
    if _ENTITY_DECL.search(view):
        raise Refused("xml", "document declares XML entities (entity expansion / external entity risk)")
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise Refused("xml", f"unsafe XML: {type(exc).__name__}: {exc}") from None
    except (ParseError, ValueError, LookupError):
        # Ill-formed: feedparser's tolerant parser may still read it, and that parser does not
        # expand declared entities (and we refused any declaration above anyway).
        pass
