"""Every endpoint of the HTTP API over the seeds replayed through the embedded pipeline, including bad input."""

from __future__ import annotations

import base64
import socket
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from monitor.api import create_app
from monitor.api.state import TOKEN_FILE, load_or_create_token
from monitor.settings import Settings

from .conftest import TOKEN, Seeded, make_settings, replay, seed_articles

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def app(seeded_all: Seeded) -> Iterator[object]:
    application = create_app(seeded_all.settings, TOKEN)
    with TestClient(application):  # runs the lifespan once for both clients
        yield application


@pytest.fixture(scope="module")
def client(app) -> TestClient:  # type: ignore[no-untyped-def]
    """An admin (MONITOR_API_TOKEN) in token mode."""
    return TestClient(app, headers=AUTH)


@pytest.fixture(scope="module")
def anon(app) -> TestClient:  # type: ignore[no-untyped-def]
    return TestClient(app)


def ids(response) -> list[str]:  # type: ignore[no-untyped-def]
    return [h["id"] for h in response.json()["hits"]]


# ------------------------------------------------------------------------------------------ search


def test_search_arabic_query_finds_the_arabic_article_with_highlights(client: TestClient, seeded_all: Seeded) -> None:
    qalyubia = seeded_all.articles["000"].id
    r = client.get("/api/search", params={"q": "محافظ القليوبية"})
    assert r.status_code == 200
    body = r.json()
    assert ids(r)[0] == qalyubia
    hit = body["hits"][0]
    assert hit["lang"] == "ar" and "Kazakhstan" in hit["countries"]
    assert "<mark>" in hit["snippet"] and "<script" not in hit["snippet"]
    assert hit["source"] == "seed-ar-qalyubia" and hit["published"].startswith("2025-10-23")
    chips = {(e["type"], e["canonical"]) for e in hit["entities"]}
    assert ("country", "Kazakhstan") in chips
    assert {"lang", "country", "source", "day"} <= set(body["facets"])


def test_search_across_languages_and_facets(client: TestClient, seeded_all: Seeded) -> None:
    # The Persian spelling of Kazakhstan finds the Arabic, Kazakh and Persian seeds about Kazakhstan.
    r = client.get("/api/search", params={"q": "قزاقستان"})
    assert r.status_code == 200
    body = r.json()
    expected = {seeded_all.articles[p].id for p in ("000", "002", "004")}
    assert expected <= set(ids(r))
    assert body["facets"]["lang"].keys() >= {"ar", "kk", "fa"}
    assert body["facets"]["country"]["Kazakhstan"] == body["total"]
    only_kk = client.get("/api/search", params={"q": "قزاقستان", "lang": "kk"})
    assert ids(only_kk) == [seeded_all.articles["002"].id]
    by_source = client.get("/api/search", params={"q": "قزاقستان", "source": "seed-fa-zanjan"})
    assert ids(by_source) == [seeded_all.articles["004"].id]
    by_country = client.get("/api/search", params={"q": "سفير", "country": "Azerbaijan"})
    assert ids(by_country) == [seeded_all.articles["001"].id]


def test_search_dates(client: TestClient, seeded_all: Seeded) -> None:
    day = client.get("/api/search", params={"q": "قزاقستان", "since": "2025-10-24", "until": "2025-10-24"})
    assert ids(day) == [seeded_all.articles["002"].id]
    later = client.get("/api/search", params={"q": "قزاقستان", "since": "2025-10-25"})
    assert later.status_code == 200 and later.json()["total"] == 0


def test_each_day_facet_finds_its_count_when_clicked(client: TestClient) -> None:
    """The page's date facet said "2025-11-28 (6)" and clicking it (since = until = that day) found 0."""
    facets = client.get("/api/search", params={"q": "country:Kazakhstan OR country:Kyrgyzstan OR sefir OR سفير"}).json()
    days = facets["facets"]["day"]
    assert days
    for day, count in days.items():
        clicked = client.get("/api/search", params={"q": "country:Kazakhstan OR country:Kyrgyzstan OR sefir OR سفير",
                                                   "since": day, "until": day}).json()
        assert clicked["total"] == count, day


def test_search_paging_with_cursor(client: TestClient) -> None:
    full = client.get("/api/search", params={"q": "country:Kazakhstan OR country:Kyrgyzstan OR country:Azerbaijan"})
    total = full.json()["total"]
    assert total >= 4
    seen: list[str] = []
    cursor = None
    for _ in range(10):
        params = {"q": "country:Kazakhstan OR country:Kyrgyzstan OR country:Azerbaijan", "limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = client.get("/api/search", params=params).json()
        seen += [h["id"] for h in page["hits"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == total
    assert set(seen) == set(ids(full))


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({}, 422),
        ({"q": ""}, 422),
        ({"q": "x" * 2001}, 422),
        ({"q": "kazakhstan", "limit": 0}, 422),
        ({"q": "kazakhstan", "limit": 101}, 422),
        ({"q": "kazakhstan", "limit": "many"}, 422),
        ({"q": "kazakhstan", "since": "yesterday"}, 422),
        ({"q": "kazakhstan", "since": "2025-10-24", "until": "2025-10-01"}, 400),
        ({"q": "kazakhstan", "cursor": "not-a-cursor"}, 400),
        ({"q": "kazakhstan", "cursor": base64.urlsafe_b64encode(b"o:-5").decode()}, 400),
        ({"q": "(kazakhstan"}, 400),
        ({"q": "kazakhstan AND"}, 400),
        ({"q": "bogus:field"}, 400),  # not a field: an error naming the fields (was 0 matches)
        ({"q": '"bogus:field"'}, 200),  # quoted: searched as words
        ({"q": "country:Narnia"}, 400),
        ({"q": "kazakhstan", "lang": "xx"}, 400),
        ({"q": '"'}, 400),
        ({"q": "lang:"}, 400),
        ({"q": "\x00"}, 400),
    ],
)
def test_search_bad_input_is_4xx_never_5xx(client: TestClient, params: dict, status: int) -> None:
    r = client.get("/api/search", params=params)
    assert r.status_code == status, r.text
    assert r.json()["detail"] if status >= 400 else "hits" in r.json()


def test_query_error_has_message_and_position(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "ambassador AND (kazakhstan"})
    assert r.status_code == 400
    assert r.json()["position"] == len("ambassador AND (kazakhstan")
    assert "')'" in r.json()["detail"]


# ------------------------------------------------------------------------------------------ articles


def test_article_with_entities_and_reasons(client: TestClient, seeded_all: Seeded) -> None:
    article_id = seeded_all.articles["002"].id
    r = client.get(f"/api/articles/{article_id}")
    assert r.status_code == 200
    a = r.json()
    assert a["id"] == article_id and a["lang"] == "kk" and a["relevant"] is True
    assert a["reasons"] and all(isinstance(x, str) for x in a["reasons"])
    assert any(e["canonical"] == "Kazakhstan" for e in a["entities"])
    kz = next(c for c in a["chips"] if c["canonical"] == "Kazakhstan")
    assert kz["filter"] == 'country:"Kazakhstan"' and "Қазақстан" in kz["texts"]
    assert client.get("/api/articles/0000").status_code == 404
    assert client.get("/api/articles/" + "a" * 201).status_code == 422


# ------------------------------------------------------------------------------------------ suggestions


@pytest.mark.parametrize("typed", ["قزاق", "казах", "Қазақ", "kazak", "كازاخ"])
def test_suggest_finds_kazakhstan_in_every_script(client: TestClient, typed: str) -> None:
    r = client.get("/api/entities/suggest", params={"q": typed})
    assert r.status_code == 200
    first = r.json()[0]
    assert (first["canonical"], first["type"], first["filter"]) == ("Kazakhstan", "country", 'country:"Kazakhstan"')


def test_suggest_people_and_bad_input(client: TestClient) -> None:
    r = client.get("/api/entities/suggest", params={"q": "japar", "limit": 3})
    assert r.status_code == 200 and len(r.json()) <= 3
    assert any("Japarov" in s["canonical"] for s in r.json())
    assert client.get("/api/entities/suggest", params={"q": "..."}).json() == []
    assert client.get("/api/entities/suggest", params={"q": ""}).status_code == 422
    assert client.get("/api/entities/suggest", params={"q": "ka", "limit": 0}).status_code == 422


# ------------------------------------------------------------------------------------------ stats


def test_stats_per_day_per_country_and_language(client: TestClient) -> None:
    r = client.get("/api/stats", params={"top": 20})
    assert r.status_code == 200
    s = r.json()
    assert s["days"] == ["2025-10-22", "2025-10-23", "2025-10-24", "2025-11-05"]
    assert s["total"] == [1, 2, 1, 1]
    kz = next(c for c in s["countries"] if c["key"] == "Kazakhstan")
    assert kz["counts"] == [1, 1, 1, 0] and kz["total"] == 3
    langs = {x["key"]: x["counts"] for x in s["languages"]}
    assert langs == {"ar": [0, 2, 0, 1], "fa": [1, 0, 0, 0], "kk": [0, 0, 1, 0]}
    window = client.get("/api/stats", params={"since": "2025-10-23", "until": "2025-10-24"}).json()
    assert window["days"] == ["2025-10-23", "2025-10-24"]
    assert len(client.get("/api/stats", params={"top": 1}).json()["countries"]) == 1
    assert client.get("/api/stats", params={"since": "2025-11-01", "until": "2025-10-01"}).status_code == 400
    assert client.get("/api/stats", params={"top": 0}).status_code == 422
    assert client.get("/api/stats", params={"until": "9999-12-31"}).status_code == 200
    for bad_day in ("-5.96e-08", "1700000000", "2025-13-01", "yesterday"):  # numbers are not Unix times
        assert client.get("/api/stats", params={"since": bad_day}).status_code == 422, bad_day
        assert client.get("/api/search", params={"q": "x", "until": bad_day}).status_code == 422, bad_day


# ------------------------------------------------------------------------------------------ alerts


def test_alert_writes_need_the_token(client: TestClient, anon: TestClient) -> None:
    body = {"name": "needs-token", "query": "Kazakhstan"}
    assert anon.post("/api/alerts", json=body).status_code == 401
    r = anon.post("/api/alerts", json=body, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert anon.post("/api/alerts", json=body, headers={"Authorization": "Basic eDp5"}).status_code == 401
    assert anon.delete("/api/alerts/anything").status_code == 401
    assert anon.post("/api/alerts/anything/pause").status_code == 401
    assert all(a["name"] != "needs-token" for a in client.get("/api/alerts").json())


def test_alert_lifecycle(client: TestClient) -> None:
    created = client.post("/api/alerts", json={"name": "kz-envoys", "query": "country:Kazakhstan AND سفير",
                                               "webhook": "https://example.org/hook", "secret": "s3"}, headers=AUTH)
    assert created.status_code == 201, created.text
    assert created.json()["signed"] is True and "secret" not in created.json()
    assert client.get("/api/alerts/kz-envoys").json()["query"] == "country:Kazakhstan AND سفير"
    assert client.post("/api/alerts/kz-envoys/pause", headers=AUTH).json()["paused"] is True
    assert client.get("/api/alerts/kz-envoys").json()["paused"] is True
    assert client.post("/api/alerts/kz-envoys/resume", headers=AUTH).json()["paused"] is False
    assert "kz-envoys" in [a["name"] for a in client.get("/api/alerts").json()]
    digest = client.post("/api/alerts", json={"name": "kz-daily", "query": "Kazakhstan", "email": "desk@example.org",
                                              "digest": "daily", "owner": "desk"}, headers=AUTH)
    assert digest.status_code == 201, digest.text
    assert (digest.json()["digest"], digest.json()["channels"]) == ("daily", ["email"])
    assert [a["name"] for a in client.get("/api/alerts", params={"owner": "desk"}).json()] == ["kz-daily"]
    assert client.delete("/api/alerts/kz-daily", headers=AUTH).status_code == 204
    assert client.delete("/api/alerts/kz-envoys", headers=AUTH).status_code == 204
    assert client.get("/api/alerts/kz-envoys").status_code == 404
    assert client.delete("/api/alerts/kz-envoys", headers=AUTH).status_code == 404
    assert client.post("/api/alerts/kz-envoys/pause", headers=AUTH).status_code == 404


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"name": "bad-query", "query": "Kazakhstan AND ("}, 400),
        ({"name": "blank", "query": "   "}, 422),
        ({"name": "", "query": "Kazakhstan"}, 422),
        ({"name": "a/b", "query": "Kazakhstan"}, 422),
        ({"name": "x" * 101, "query": "Kazakhstan"}, 422),
        ({"name": "hook", "query": "Kazakhstan", "webhook": "ftp://example.org"}, 422),
        ({"name": "mail", "query": "Kazakhstan", "email": "not-an-address"}, 422),
        ({"query": "Kazakhstan"}, 422),
        ({"name": "types", "query": 5}, 422),
        ({"name": "digest", "query": "Kazakhstan", "digest": "weekly"}, 422),
    ],
)
def test_alert_bad_input_changes_nothing(client: TestClient, body: dict, status: int) -> None:
    before = client.get("/api/alerts").json()
    r = client.post("/api/alerts", json=body, headers=AUTH)
    assert r.status_code == status, r.text
    assert r.json()["detail"]
    assert client.get("/api/alerts").json() == before


def test_alert_bad_json_body(client: TestClient) -> None:
    r = client.post("/api/alerts", content=b"{not json", headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 422


def test_alert_dry_run(client: TestClient, seeded_all: Seeded) -> None:
    r = client.post("/api/alerts/test", json={"query": "country:Kazakhstan"})
    assert r.status_code == 200
    body = r.json()
    assert body["count"] == 3
    assert {m["id"] for m in body["matches"]} == {seeded_all.articles[p].id for p in ("000", "002", "004")}
    one = client.post("/api/alerts/test", json={"query": "country:Kazakhstan", "limit": 1}).json()
    assert one["count"] == 3 and len(one["matches"]) == 1
    bad = client.post("/api/alerts/test", json={"query": "NOT"})
    assert bad.status_code == 400 and bad.json()["position"] == 3
    assert client.post("/api/alerts/test", json={"query": "x", "limit": 999}).status_code == 422
    assert client.get("/api/alerts/fired").json() == []  # a dry run fires nothing


def test_alerts_fire_on_replay_and_are_listed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = make_settings(tmp_path)
    with TestClient(create_app(settings, TOKEN), headers=AUTH) as c:
        assert c.post("/api/alerts", json={"name": "kz", "query": "Kazakhstan"}, headers=AUTH).status_code == 201
        assert c.post("/api/alerts", json={"name": "quiet", "query": "Kazakhstan", "paused": True},
                      headers=AUTH).status_code == 201
        summary = replay(settings, list(seed_articles().values()))
        assert summary.alerts_fired == 3
        fired = c.get("/api/alerts/fired").json()
        assert sorted(f["alert"] for f in fired) == ["kz", "kz", "kz"]
        assert [f["seq"] for f in fired] == sorted(f["seq"] for f in fired)
        after = c.get("/api/alerts/fired", params={"after": fired[0]["seq"]}).json()
        assert [f["seq"] for f in after] == [f["seq"] for f in fired[1:]]
        assert c.get("/api/alerts/kz").json()["fired"] == 3
        assert c.get("/api/alerts/quiet").json()["fired"] == 0
        assert c.get("/api/alerts/fired", params={"after": -1}).status_code == 422
        metrics = c.get("/metrics").text
        assert "monitor_alerts_fired 3.0" in metrics


# ------------------------------------------------------------------------------------------ ops


def test_health_ready_and_metrics(client: TestClient) -> None:
    assert client.get("/api/health").json() == {"status": "ok"}
    ready = client.get("/api/ready")
    assert ready.status_code == 200 and ready.json()["ready"] is True
    assert ready.json()["checks"][0]["name"] == "sqlite"
    text = client.get("/metrics").text
    assert "monitor_articles_in 5.0" in text
    assert "monitor_indexed 5.0" in text
    assert "monitor_relevant 5.0" in text
    assert "monitor_lag 0.0" in text
    assert "monitor_counts_up 1.0" in text
    assert 'monitor_http_requests_total{method="GET",route="/api/health",status="200"}' in text


def test_ready_reports_an_unreachable_kafka(seeded_all: Seeded) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = Settings(data_dir=seeded_all.settings.data_dir, kafka=f"127.0.0.1:{port}", search_url=None)
    with TestClient(create_app(settings, TOKEN), headers=AUTH) as c:
        r = c.get("/api/ready")
        assert r.status_code == 503
        checks = {x["name"]: x for x in r.json()["checks"]}
        assert checks["sqlite"]["ok"] is True
        assert checks["kafka"]["ok"] is False and checks["kafka"]["detail"]


def test_session_says_who_the_caller_is_and_never_hands_out_a_token(client: TestClient, anon: TestClient) -> None:
    assert client.get("/api/session").json() == {"user": "admin", "role": "admin", "mode": "tokens", "token": None}
    assert anon.get("/api/session").status_code == 401


def test_token_file_is_created_once_and_private(tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = make_settings(tmp_path)
    token, created = load_or_create_token(settings)
    assert created and len(token) >= 32
    assert (tmp_path / TOKEN_FILE).stat().st_mode & 0o777 == 0o600
    assert load_or_create_token(settings) == (token, False)
    env = Settings(data_dir=tmp_path, api_token="from-env")
    assert load_or_create_token(env) == ("from-env", False)


def test_page_and_openapi(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert 'id="q"' in page.text and 'dir="auto"' in page.text
    assert client.get("/app.js").status_code == 200
    assert client.get("/style.css").status_code == 200
    spec = client.get("/openapi.json").json()
    for path in ("/api/search", "/api/articles/{article_id}", "/api/entities/suggest", "/api/stats",
                 "/api/alerts", "/api/alerts/{name}", "/api/alerts/test", "/api/alerts/stream", "/api/ready"):
        assert path in spec["paths"], path
    assert spec["paths"]["/api/alerts"]["post"]["security"] == [{"HTTPBearer": []}]
    assert spec["paths"]["/api/search"]["get"]["security"] == [{"HTTPBearer": []}]
    assert "security" not in spec["paths"]["/api/health"]["get"]


def test_export_as_csv_and_json_lines(client: TestClient) -> None:
    import csv
    import io
    import json

    r = client.get("/api/export", params={"q": "country:Kazakhstan", "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 3 and all(row["text"] and "Kazakhstan" in row["countries"] for row in rows)
    lines = client.get("/api/export", params={"q": "country:Kazakhstan", "format": "jsonl"}).text.splitlines()
    assert {json.loads(line)["id"] for line in lines} == {row["id"] for row in rows}
    assert client.get("/api/export", params={"q": "foo:bar"}).status_code == 400  # checked before any byte
    assert client.get("/api/export", params={"q": "x", "format": "xls"}).status_code == 422
