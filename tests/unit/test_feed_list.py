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


def test_each_feed_belongs_to_exactly_one_crawler_of_a_shard_set() -> None:
    from monitor.crawler.feeds import parse_shard, shard_of

    feeds = load_feeds(default_feeds_path())
    for count in (1, 2, 3, 5):
        owners = [shard_of(f, count) for f in feeds]
        assert all(1 <= o <= count for o in owners)
        assert owners == [shard_of(f, count) for f in feeds]  # stable: the same crawler every run
    assert len({shard_of(f, 3) for f in feeds}) == 3  # the feeds are spread, not all on one crawler
    assert parse_shard("2/3") == (2, 3)
    for bad in ("0/3", "4/3", "2", "a/b"):
        try:
            parse_shard(bad)
        except ValueError as exc:
            assert "--shard" in str(exc)
        else:
            raise AssertionError(bad)
