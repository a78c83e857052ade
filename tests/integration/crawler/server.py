"""A real HTTP server on 127.0.0.1 for the crawler's tests and benchmark.

It serves feeds (RSS 2.0, RSS 1.0/RDF, Atom) and article pages built from the seed articles as HTML in
the outlets' styles (right-to-left markup for Arabic and Persian, one page in Windows-1256), and the
failures a crawler meets: malformed XML, entity bombs, huge and trickling bodies, gzip bombs, redirect
loops, 304s, 429/503 with Retry-After, robots.txt rules, links to private addresses.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import threading
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

Body = bytes | Iterable[bytes]


@dataclass
class Response:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: Body = b""
    # For streamed bodies: seconds to sleep between chunks (the trickle server).
    chunk_delay: float = 0.0


Route = Callable[["Request"], Response]


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    at: float


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802
        req = Request(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic())
        self.server.owner.log.append(req)
        route = self.server.owner.routes.get(self.path.split("#", 1)[0]) or self.server.owner.routes.get(
            self.path.split("?", 1)[0]
        )
        resp = route(req) if route else Response(404, {"Content-Type": "text/plain"}, b"not found")
        try:
            self.send_response(resp.status)
            body = resp.body
            streamed = not isinstance(body, bytes | bytearray)
            for k, v in resp.headers.items():
                self.send_header(k, v)
            if streamed:
                self.send_header("Connection", "close")
                self.close_connection = True
            elif "Content-Length" not in resp.headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if resp.status in (204, 304):
                return
            if not streamed:
                self.wfile.write(body)
                return
            for chunk in body:
                self.wfile.write(chunk)
                self.wfile.flush()
                if resp.chunk_delay:
                    time.sleep(resp.chunk_delay)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: FeedServer


class FeedServer:
    """Start with :meth:`start`, add routes with :meth:`add`, stop with :meth:`stop`."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[Request] = []
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> FeedServer:
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="feed-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    @property
    def port(self) -> int:
        assert self._httpd is not None
        return self._httpd.server_address[1]

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, route: Route | Response) -> str:
        self.routes[path] = route if callable(route) else (lambda _req, r=route: r)
        return self.url(path)

    def add_static(self, path: str, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> str:
        """A resource with ETag and Last-Modified that answers 304 to matching validators."""
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        last_modified = "Mon, 03 Nov 2025 10:00:00 GMT"

        def route(req: Request) -> Response:
            headers = {"ETag": etag, "Last-Modified": last_modified, **(extra or {})}
            if req.headers.get("if-none-match") == etag or req.headers.get("if-modified-since") == last_modified:
                return Response(304, headers)
            return Response(200, {"Content-Type": content_type, **headers}, body)

        return self.add(path, route)

    def requests_to(self, path: str) -> list[Request]:
        return [r for r in self.log if r.path.split("?", 1)[0] == path]


# ── content built from the seed articles ─────────────────────────────────────────────────────────────


@dataclass
class Seed:
    name: str
    title: str
    body: str
    lang: str  # ar, fa, kk

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.body.split("\n") if p.strip()]


def read_seeds(folder: Path) -> list[Seed]:
    seeds = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lines = text.replace("\r\n", "\n").split("\n")
        while lines and not lines[0].strip():
            lines.pop(0)
        title, body = lines[0].strip(), "\n".join(lines[1:]).strip()
        lang = script_language(text)
        seeds.append(Seed(path.stem, title, body, lang))
    return seeds


def script_language(text: str) -> str:
    """Rough language of a seed by its letters (enough to pick an outlet style and a feed)."""
    if any(c in text for c in "ҚқӘәҰұҮүҒғІіҢңӨө"):
        return "kk"
    if any("\u0400" <= c <= "\u04ff" for c in text):
        return "ru"
    if any(c in text for c in "پچژگکی"):
        return "fa"
    if any("\u0600" <= c <= "\u06ff" for c in text):
        return "ar"
    return "en"


OUTLETS = {
    "ar": ("اليوم السابع", "الرئيسية", "أخبار مصر", "سياسة", "اقتصاد", "جميع الحقوق محفوظة"),
    "fa": ("خبرگزاری", "صفحه اصلی", "سیاسی", "اقتصادی", "بین‌الملل", "کلیه حقوق محفوظ است"),
    "kk": ("Ақпарат агенттігі", "Басты бет", "Саясат", "Экономика", "Әлем", "Барлық құқықтар қорғалған"),
    "ru": ("Информагентство", "Главная", "Политика", "Экономика", "В мире", "Все права защищены"),
    "en": ("The Daily Courier", "Home", "Politics", "Business", "World", "All rights reserved"),
}


def article_html(seed: Seed, canonical: str, *, outlet: str | None = None, charset: str = "utf-8",
                 intro: str = "", published: str = "2025-11-05T09:30:00+03:00", author: str = "محرر الشؤون") -> str:
    """An article page in an outlet's style: nav, RTL markup for Arabic/Persian, sidebar, footer, scripts."""
    names = OUTLETS[seed.lang]
    site = outlet or names[0]
    rtl = seed.lang in ("ar", "fa")
    e = html.escape
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in ([intro] if intro else []) + seed.paragraphs)
    nav = "".join(f'<li><a href="/section/{i}">{e(n)}</a></li>' for i, n in enumerate(names[1:5]))
    return f"""<!DOCTYPE html>
<html lang="{seed.lang}"{' dir="rtl"' if rtl else ''}>
<head>
  <meta charset="{charset}">
  <title>{e(seed.title)} - {e(site)}</title>
  <link rel="canonical" href="{e(canonical)}">
  <meta property="og:title" content="{e(seed.title)}">
  <meta property="article:published_time" content="{published}">
  <meta name="author" content="{e(author)}">
  <script>document.title = "SCRIPT-RAN"; window.location = "http://10.0.0.1/steal";</script>
  <style>body {{ font-family: Tahoma; }}</style>
</head>
<body>
  <header class="site-header"><a class="logo" href="/">{e(site)}</a><nav><ul>{nav}</ul></nav></header>
  <main>
    <article class="news-article">
      <h1 class="article-title">{e(seed.title)}</h1>
      <div class="meta"><span class="author">{e(author)}</span>
        <time datetime="{published}">{published[:10]}</time></div>
      <div class="article-body">
{paras}
      </div>
    </article>
    <aside class="related"><h3>{e(names[4])}</h3><ul><li><a href="/x/1">{e(names[2])}</a></li></ul></aside>
  </main>
  <footer>© 2025 {e(site)} — {e(names[5])}</footer>
  <script src="/static/app.js"></script>
</body>
</html>
"""


def _date(i: int) -> datetime:
    return datetime(2025, 11, 5, 9, 30, tzinfo=UTC).replace(minute=(i * 7) % 60)


def rss2(title: str, link: str, items: list[tuple[str, str, str, datetime]]) -> bytes:
    """items: (title, link, summary, date)."""
    e = html.escape
    body = "".join(
        f"<item><title>{e(t)}</title><link>{e(u)}</link><guid>{e(u)}</guid>"
        f"<description>{e(s)}</description><pubDate>{format_datetime(d)}</pubDate></item>\n"
        for t, u, s, d in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{e(title)}</title>'
        f"<link>{e(link)}</link><description>{e(title)}</description>\n{body}</channel></rss>\n"
    ).encode()


def rdf(title: str, link: str, items: list[tuple[str, str, str, datetime]]) -> bytes:
    e = html.escape
    seq = "".join(f'<rdf:li rdf:resource="{e(u)}"/>' for _t, u, _s, _d in items)
    body = "".join(
        f'<item rdf:about="{e(u)}"><title>{e(t)}</title><link>{e(u)}</link>'
        f"<description>{e(s)}</description><dc:date>{d.isoformat()}</dc:date></item>\n"
        for t, u, s, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<channel rdf:about="{e(link)}"><title>{e(title)}</title><link>{e(link)}</link>'
        f"<description>{e(title)}</description><items><rdf:Seq>{seq}</rdf:Seq></items></channel>\n"
        f"{body}</rdf:RDF>\n"
    ).encode()


def atom(title: str, link: str, items: list[tuple[str, str, str, datetime]]) -> bytes:
    e = html.escape
    body = "".join(
        f'<entry><title>{e(t)}</title><link rel="alternate" href="{e(u)}"/><id>{e(u)}</id>'
        f"<updated>{d.isoformat()}</updated><summary>{e(s)}</summary></entry>\n"
        for t, u, s, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f'<title>{e(title)}</title><link href="{e(link)}"/><id>{e(link)}</id>'
        f"<updated>2025-11-05T10:00:00Z</updated>\n{body}</feed>\n"
    ).encode()


def summary_of(seed: Seed) -> str:
    return seed.paragraphs[0][:200] if seed.paragraphs else seed.title


# ── hostile responses ────────────────────────────────────────────────────────────────────────────────

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><link>http://a/</link></item></channel></rss>
"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>x</title><item><title>&xxe;</title><link>http://a/</link></item></channel></rss>
"""

MALFORMED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Broken <b>feed</title>
<item><title>Unclosed & bad</title><link>/articles/none.html</link>
</channel>
"""


def gzip_bomb(size: int = 100_000_000) -> bytes:
    """``size`` zero bytes, gzip-compressed (about 1000:1)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"\0" * 1_000_000
    out = [comp.compress(block) for _ in range(size // len(block))]
    out.append(comp.flush())
    return b"".join(out)


def huge_stream(total: int = 60_000_000, chunk: int = 64_000) -> Iterable[bytes]:
    head = b'<?xml version="1.0"?><rss version="2.0"><channel><title>'
    yield head
    sent = len(head)
    block = b"A" * chunk
    while sent < total:
        yield block
        sent += chunk


def trickle(n: int = 30) -> Iterable[bytes]:
    for b in (b"<?xml version='1.0'?><rss>" + b" " * n)[:n]:
        yield bytes([b])


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data)
