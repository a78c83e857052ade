"""One thin client for OpenSearch 2.x and Elasticsearch 8 and 9: the engines' REST API over ``httpx``.

Why not the official Python clients: ``elasticsearch`` 9.x sends ``compatible-with=9`` headers that an
Elasticsearch 8 server refuses (and the 8.x client cannot talk to a 9 server without its own compatibility
headers), and ``opensearch-py`` is a third client to keep in step. Every request the project makes (index
templates, aliases, bulk, search, percolate, count, get, refresh) is the same JSON on all three engines, sent
as plain ``application/json``, which every one of them accepts; so one client serves them all, and the tests
that run it against OpenSearch run the code Elasticsearch users run. What the server is, is asked once
(``GET /``) and only names it in messages.

The client turns every failure into one of two exceptions: :class:`Retryable` (connection lost, timeout,
429, 502/503/504: the caller waits and tries again) and :class:`EngineError` (anything else: a bug or bad
input, never retried). It does not retry by itself, so that all waiting happens in one place, with one
message.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import quote

import httpx

RETRY_STATUS = frozenset({429, 502, 503, 504})


class EngineError(RuntimeError):
    """The search engine answered with an error that retrying will not fix."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class Retryable(EngineError):
    """The engine is unreachable or overloaded for now (connection error, 429, 5xx)."""


class EngineUnavailable(EngineError):
    """The engine stayed unreachable for longer than we were willing to wait."""


@dataclass(frozen=True)
class EngineInfo:
    kind: str  # "opensearch" | "elasticsearch"
    version: str
    major: int


def detect(url: str, timeout: float = 10.0) -> EngineInfo:
    """Ask the server at ``url`` what it is (``GET /``)."""
    try:
        r = httpx.get(url.rstrip("/") + "/", timeout=timeout, verify=_verify_tls(), trust_env=False)
    except httpx.HTTPError as exc:
        raise Retryable(f"search engine at {_safe(url)} is unreachable: {exc}") from exc
    if r.status_code in RETRY_STATUS:
        raise Retryable(f"search engine at {_safe(url)} answered {r.status_code}", r.status_code)
    if r.status_code != 200:
        raise EngineError(f"GET / on {_safe(url)} answered {r.status_code}: {r.text[:200]}", r.status_code)
    try:
        info = r.json()
        version = info["version"]
        number = str(version["number"])
    except (ValueError, KeyError, TypeError) as exc:
        raise EngineError(f"{_safe(url)} does not look like Elasticsearch or OpenSearch") from exc
    kind = "opensearch" if version.get("distribution") == "opensearch" else "elasticsearch"
    found = EngineInfo(kind=kind, version=number, major=int(number.split(".")[0]))
    oldest = SUPPORTED[kind]
    if found.major < oldest:
        raise EngineError(f"{kind} {number} at {_safe(url)} is too old: the monitor needs {kind} {oldest} or newer")
    return found


#: The oldest major version of each engine the monitor supports (composable index templates, percolator,
#: the REST API as this client sends it).
SUPPORTED = {"opensearch": 2, "elasticsearch": 8}


def _safe(url: str) -> str:
    """The URL without credentials, for messages and logs."""
    parsed = httpx.URL(url)
    return str(parsed.copy_with(username=None, password=None)) if parsed.userinfo else url


def _verify_tls() -> bool | str:
    import os

    ca = os.environ.get("MONITOR_SEARCH_CA")
    if ca:
        return ca
    return os.environ.get("MONITOR_SEARCH_VERIFY", "1") not in ("0", "false", "no")


class EngineClient(Protocol):
    """What the stores, the percolator and the shared registry need of an engine; bodies are plain dicts,
    the same for every engine (:mod:`monitor.store.engine_bodies`)."""

    info: EngineInfo

    def put_index_template(self, name: str, body: dict[str, Any]) -> None: ...
    def create_index(self, name: str, body: dict[str, Any]) -> bool: ...  # False if it existed
    def index_exists(self, name: str) -> bool: ...
    def update_aliases(self, actions: list[dict[str, Any]]) -> None: ...
    def alias_indices(self, alias: str) -> list[str]: ...
    def bulk(self, operations: list[dict[str, Any]], refresh: bool = False) -> dict[str, Any]: ...
    def index(self, index: str, doc_id: str, body: dict[str, Any]) -> None: ...
    def delete_doc(self, index: str, doc_id: str) -> None: ...
    def get_doc(self, index: str, doc_id: str) -> dict[str, Any] | None: ...  # real time; None if missing
    def search(self, index: str, body: dict[str, Any], search_type: str | None = None) -> dict[str, Any]:
        """``search_type="dfs_query_then_fetch"``: term statistics of every index, not of each shard."""
        ...
    def count(self, index: str, body: dict[str, Any] | None = None) -> int: ...
    def refresh(self, index: str) -> None: ...
    def delete_index(self, index: str) -> None: ...
    def close(self) -> None: ...


# ------------------------------------------------------------------------------------------ the REST client

_JSON = {"Accept": "application/json", "Content-Type": "application/json"}
_NDJSON = {"Accept": "application/json", "Content-Type": "application/x-ndjson"}


def _dumps(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _path(*parts: str) -> str:
    """``/a/b`` with every part escaped (document ids such as ``alert|article`` hold any character)."""
    return "/" + "/".join(quote(p, safe="*,") for p in parts)


def _reason(response: httpx.Response) -> str:
    try:
        error = response.json().get("error")
    except ValueError:
        return response.text[:300]
    if isinstance(error, dict):
        reason = f"{error.get('type', 'error')}: {error.get('reason', '')}"
        caused = error.get("caused_by")
        if isinstance(caused, dict):
            reason += f" (caused by {caused.get('type')}: {caused.get('reason')})"
        return reason[:500]
    return str(error)[:300]


class RestClient:
    """The :class:`EngineClient` of every engine: its REST API over one ``httpx`` connection pool."""

    def __init__(self, url: str, info: EngineInfo, timeout: float = 60.0) -> None:
        self.info = info
        self._url = url
        self._http = httpx.Client(base_url=url.rstrip("/"), timeout=timeout, verify=_verify_tls(),
                                  trust_env=False, limits=httpx.Limits(max_connections=16))

    def _request(self, method: str, path: str, body: Any = None, *, content: bytes | None = None,
                 headers: dict[str, str] | None = None, missing_ok: bool = False) -> Any:
        """One request; the decoded JSON answer (None for a 404 when ``missing_ok``)."""
        data = content if content is not None else (_dumps(body) if body is not None else None)
        try:
            response = self._http.request(method, path, content=data, headers=headers or _JSON)
        except httpx.TransportError as exc:  # refused, reset, timed out
            raise Retryable(f"search engine at {_safe(self._url)} is unreachable: {type(exc).__name__}") from exc
        status = response.status_code
        if status == 404 and missing_ok:
            return None
        if status >= 400:
            message = f"search engine error {status} on {method} {path[:200]}: {_reason(response)}"
            if status in RETRY_STATUS:
                raise Retryable(message, status)
            raise EngineError(message, status)
        if method == "HEAD" or not response.content:
            return {}
        try:
            return response.json()
        except ValueError as exc:
            raise EngineError(f"search engine answered {method} {path[:200]} with no JSON: {response.text[:200]}",
                              status) from exc

    def put_index_template(self, name: str, body: dict[str, Any]) -> None:
        self._request("PUT", _path("_index_template", name), body)

    def create_index(self, name: str, body: dict[str, Any]) -> bool:
        try:
            self._request("PUT", _path(name), body)
        except EngineError as exc:
            if exc.status == 400 and "resource_already_exists" in str(exc):
                return False
            raise
        return True

    def index_exists(self, name: str) -> bool:
        return self._request("HEAD", _path(name), missing_ok=True) is not None

    def update_aliases(self, actions: list[dict[str, Any]]) -> None:
        self._request("POST", "/_aliases", {"actions": actions})

    def alias_indices(self, alias: str) -> list[str]:
        found = self._request("GET", _path("_alias", alias), missing_ok=True)
        return sorted(found or {})

    def bulk(self, operations: list[dict[str, Any]], refresh: bool = False) -> dict[str, Any]:
        """``refresh``: the shards written are refreshed before the answer (searches see the writes), in the
        same round trip."""
        body = b"".join(_dumps(op) + b"\n" for op in operations)
        path = "/_bulk?refresh=true" if refresh else "/_bulk"
        return dict(self._request("POST", path, content=body, headers=_NDJSON))

    def index(self, index: str, doc_id: str, body: dict[str, Any]) -> None:
        self._request("PUT", _path(index, "_doc", doc_id), body)

    def delete_doc(self, index: str, doc_id: str) -> None:
        self._request("DELETE", _path(index, "_doc", doc_id), missing_ok=True)

    def get_doc(self, index: str, doc_id: str) -> dict[str, Any] | None:
        """The document's ``_source`` (a real-time read: no refresh needed), or None."""
        found = self._request("GET", _path(index, "_doc", doc_id), missing_ok=True)
        return dict(found["_source"]) if found and found.get("found") else None

    def search(self, index: str, body: dict[str, Any], search_type: str | None = None) -> dict[str, Any]:
        """``search_type="dfs_query_then_fetch"``: term statistics of every index, not of each shard."""
        query = f"?search_type={quote(search_type)}" if search_type else ""
        return dict(self._request("POST", _path(index, "_search") + query, body))

    def count(self, index: str, body: dict[str, Any] | None = None) -> int:
        found = self._request("POST", _path(index, "_count"), body or {}, missing_ok=True)
        return int(found["count"]) if found else 0

    def refresh(self, index: str) -> None:
        self._request("POST", _path(index, "_refresh"))

    def delete_index(self, index: str) -> None:
        self._request("DELETE", _path(index), missing_ok=True)

    def close(self) -> None:
        self._http.close()


def connect(url: str, timeout: float = 60.0) -> EngineClient:
    """Ask the engine at ``url`` what it is and return a client for it."""
    return RestClient(url, detect(url), timeout)
