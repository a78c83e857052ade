"""The shipped feed list: every entry is a feed address, not a site or API root."""

from __future__ import annotations

from urllib.parse import urlsplit

from monitor.crawler import default_feeds_path, load_feeds


def test_every_api_style_feed_names_its_feed() -> None:
    """RFE/RL sites serve feeds at /api/<zone id>; a bare /api/ root answers no feed, so it could never work."""
    feeds = load_feeds(default_feeds_path())
    assert len(feeds) >= 20
    api = [f for f in feeds if "/api" in urlsplit(f.url).path]
    assert api, "the RFE/RL services are in the list"
    for feed in api:
        path = urlsplit(feed.url).path
        assert path.rstrip("/") != "/api" and len(path.split("/api/", 1)[1]) >= 4, feed.url
    names = {f.name for f in api}
    assert names >= {"Azattyq (RFE/RL Kazakh)", "Azattyq (RFE/RL Russian)", "Radio Ozodi (RFE/RL Tajik)"}
