"""A real HTTP server on 127.0.0.1 serving seed-built feeds and pages, plus every failure the crawler
must survive. Session-scoped: started once, stopped at the end."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.integration.crawler import server as srv

REPO = Path(__file__).resolve().parents[3]


@dataclass
class Site:
    main: srv.FeedServer
    slow: srv.FeedServer  # 429-then-ok and 503 (Retry-After defers a whole host)
    limited: srv.FeedServer  # 429 with a long Retry-After
    seeds: list[srv.Seed]
    cp1256: srv.Seed  # the seed served as a Windows-1256 page
    good_feeds: list[dict]
    bad_feeds: list[dict]

    def feeds_yaml(self, path: Path, feeds: list[dict]) -> Path:
        import yaml

        path.write_text(yaml.safe_dump({"feeds": feeds}, allow_unicode=True), encoding="utf-8")
        return path


def _items(site: srv.FeedServer, seeds: list[srv.Seed], path_of) -> list[tuple[str, str, str, object]]:
    return [(s.title, site.url(path_of(s)), srv.summary_of(s), srv._date(i)) for i, s in enumerate(seeds)]


@pytest.fixture(scope="session")
def site() -> Iterator[Site]:
    seeds = srv.read_seeds(REPO / "seeds")
    assert len(seeds) >= 5, "the seed articles are the test data"
    by_lang: dict[str, list[srv.Seed]] = {}
    for s in seeds:
        by_lang.setdefault(s.lang, []).append(s)
    main, slow, limited = srv.FeedServer().start(), srv.FeedServer().start(), srv.FeedServer().start()
    try:
        robots = b"User-agent: *\nDisallow: /private/\n"
        main.add("/robots.txt", srv.Response(200, {"Content-Type": "text/plain"}, robots))
        cp1256 = next(s for s in by_lang["ar"] if _encodes(s, "cp1256"))
        for s in seeds:
            url = main.url(f"/articles/{s.name}.html")
            if s is cp1256:
                page = srv.article_html(s, url, outlet="المصري اليوم", charset="windows-1256").encode("cp1256")
                main.add_static(f"/articles/{s.name}.html", page, "text/html")  # charset only in <meta>
            else:
                page = srv.article_html(s, url).encode("utf-8")
                main.add_static(f"/articles/{s.name}.html", page, "text/html; charset=utf-8")
            # Robots-forbidden twin of each page (never to be requested).
            main.add_static(f"/private/{s.name}.html", page, "text/html; charset=utf-8")
            main.add(f"/go/{s.name}", srv.Response(301, {"Location": f"/articles/{s.name}.html"}))
        ar = [s for s in by_lang["ar"] if s is not cp1256]
        fa, kk = by_lang.get("fa", []), by_lang.get("kk", [])
        rest = [s for s in seeds if s.lang not in ("ar", "fa", "kk")]
        assert ar and fa and kk, "the seeds cover Arabic, Persian and Kazakh"
        art = lambda s: f"/articles/{s.name}.html"  # noqa: E731
        good = [
            {"url": main.add_static("/feeds/youm7.rss", srv.rss2("اليوم السابع", main.base, _items(main, ar, art)),
                                    "application/rss+xml; charset=utf-8"), "name": "Youm7 test", "lang": "ar"},
            {"url": main.add_static("/feeds/masry.rss", srv.rss2("المصري اليوم", main.base,
                                                                _items(main, [cp1256], art)),
                                    "application/rss+xml"), "name": "Masry test", "lang": "ar"},
            {"url": main.add_static("/feeds/irna.rdf", srv.rdf("ایرنا", main.base, _items(main, fa, art)),
                                    "application/rdf+xml"), "name": "IRNA test", "lang": "fa"},
            {"url": main.add_static("/feeds/kazinform.atom",
                                    srv.atom("Қазинформ", main.base, _items(main, kk, lambda s: f"/go/{s.name}")),
                                    "application/atom+xml"), "name": "Kazinform test", "lang": "kk"},
        ]
        if rest:
            good.append({"url": main.add_static("/feeds/world.rss", srv.rss2("World", main.base,
                                                                            _items(main, rest, art)),
                                                "application/rss+xml"), "name": "World test", "lang": "en"})
        # The same agency story on a second outlet, with its own intro line and page furniture.
        story = ar[-1]
        agency_url = main.url(f"/agency/{story.name}.html")
        main.add_static(f"/agency/{story.name}.html",
                        srv.article_html(story, agency_url, outlet="بوابة الأهرام",
                                         intro="القاهرة (أ ش أ) - نقلت وكالة أنباء الشرق الأوسط ما يلي:").encode(),
                        "text/html; charset=utf-8")
        good.append({"url": main.add_static("/feeds/agency.rss", srv.rss2("الأهرام", main.base, [
            (story.title, agency_url, srv.summary_of(story), srv._date(9)),
            # The first outlet's article again, with tracking parameters and a fragment.
            (ar[0].title, main.url(f"/articles/{ar[0].name}.html?utm_source=rss&utm_medium=feed#comments"),
             srv.summary_of(ar[0]), srv._date(8)),
        ]), "application/rss+xml"), "name": "Ahram test", "lang": "ar"})
        good.append({"url": main.add_static("/feeds/robots.rss", srv.rss2("private", main.base, [
            (fa[0].title, main.url(f"/private/{fa[0].name}.html"), srv.summary_of(fa[0]), srv._date(3)),
        ]), "application/rss+xml"), "name": "Robots test", "lang": "fa"})
        private_links = [
            ("ten", "http://10.1.2.3/news/1.html"),
            ("metadata", "http://169.254.169.254/latest/meta-data/"),
            ("v6 loopback", f"http://[::1]:{main.port}/articles/{seeds[0].name}.html"),
            ("decimal", "http://2130706433/articles/x.html"),
        ]
        good.append({"url": main.add_static("/feeds/private-links.rss", srv.rss2("evil", main.base, [
            (f"Private link {n}", u, f"Summary of private link {n} in the feed", srv._date(i))
            for i, (n, u) in enumerate(private_links)
        ]), "application/rss+xml"), "name": "Private links test", "lang": "en"})

        bad = [
            {"url": main.add_static("/bad/malformed.xml", srv.MALFORMED, "application/rss+xml"),
             "name": "malformed", "kind": {"malformed", "feed"}},
            {"url": main.add_static("/bad/bomb.xml", srv.BILLION_LAUGHS, "application/rss+xml"),
             "name": "entity bomb", "kind": {"xml"}},
            {"url": main.add_static("/bad/xxe.xml", srv.XXE, "application/rss+xml"),
             "name": "external entity", "kind": {"xml"}},
            {"url": main.add("/bad/huge.xml", lambda _r: srv.Response(
                200, {"Content-Type": "application/rss+xml"}, srv.huge_stream())),
             "name": "60 MB body", "kind": {"too_large"}},
            {"url": main.add("/bad/huge-declared.xml", lambda _r: srv.Response(
                200, {"Content-Type": "application/rss+xml", "Content-Length": "60000000"}, srv.huge_stream())),
             "name": "60 MB declared", "kind": {"too_large"}},
            {"url": main.add_static("/bad/gzip-bomb.xml", srv.gzip_bomb(), "application/rss+xml",
                                    {"Content-Encoding": "gzip"}),
             "name": "gzip bomb", "kind": {"too_large"}},
            {"url": main.add("/bad/trickle.xml", lambda _r: srv.Response(
                200, {"Content-Type": "application/rss+xml"}, srv.trickle(), chunk_delay=1.0)),
             "name": "trickle", "kind": {"timeout"}},
            {"url": (main.add("/bad/loop-a", srv.Response(302, {"Location": "/bad/loop-b"})),
                     main.add("/bad/loop-b", srv.Response(302, {"Location": "/bad/loop-a"})))[0],
             "name": "redirect loop", "kind": {"redirects"}},
            {"url": main.add("/bad/to-private", srv.Response(302, {"Location": "http://10.9.8.7/feed.xml"})),
             "name": "redirect to private", "kind": {"address"}},
            {"url": main.add("/bad/gone.xml", srv.Response(404, {"Content-Type": "text/plain"}, b"gone")),
             "name": "404", "kind": {"http"}},
            {"url": slow.add("/bad/503.xml", srv.Response(503, {"Content-Type": "text/plain"}, b"busy")),
             "name": "503", "kind": {"server_error"}},
            {"url": limited.add("/bad/429-long.xml", srv.Response(429, {"Retry-After": "3600"}, b"slow down")),
             "name": "429 long", "kind": {"rate_limited"}},
        ]
        calls = {"n": 0}

        def once_429(_req: srv.Request) -> srv.Response:
            calls["n"] += 1
            if calls["n"] == 1:
                return srv.Response(429, {"Retry-After": "1"}, b"wait a second")
            return srv.Response(200, {"Content-Type": "application/rss+xml"}, srv.rss2("ok", slow.base, []))

        good.append({"url": slow.add("/feeds/429-then-ok.rss", once_429), "name": "429 then ok", "lang": "en"})
        yield Site(main, slow, limited, seeds, cp1256, good, bad)
    finally:
        for s in (main, slow, limited):
            s.stop()


def _encodes(seed: srv.Seed, codec: str) -> bool:
    try:
        (seed.title + seed.body).encode(codec)
        return True
    except UnicodeEncodeError:
        return False
