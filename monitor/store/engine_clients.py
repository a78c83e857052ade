"""Two thin clients, one interface: the official ``opensearch-py`` for OpenSearch, ``elasticsearch`` for
Elasticsearch 8/9. Which one is used is decided by asking the server (``GET /``), not by configuration.

Each adapter only moves the shared request bodies of :mod:`monitor.store.engine_bodies` over the wire and
turns the client's exceptions into two of ours: :class:`Retryable` (connection lost, 429, 502/503/504: the
caller waits and tries again) and :class:`EngineError` (anything else: a bug or bad input, never retried).
The clients' own retries are switched off so that all waiting happens in one place, with one message.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

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
        r = httpx.get(url.rstrip("/") + "/", timeout=timeout, verify=_verify_tls())
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
    return EngineInfo(kind=kind, version=number, major=int(number.split(".")[0]))


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
    """What the store needs of an engine; bodies are plain dicts shared by both engines."""

    info: EngineInfo

    def put_index_template(self, name: str, body: dict[str, Any]) -> None: ...
    def create_index(self, name: str, body: dict[str, Any]) -> bool: ...  # False if it existed
    def index_exists(self, name: str) -> bool: ...
    def update_aliases(self, actions: list[dict[str, Any]]) -> None: ...
    def alias_indices(self, alias: str) -> list[str]: ...
    def bulk(self, operations: list[dict[str, Any]]) -> dict[str, Any]: ...
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


# ------------------------------------------------------------------------------------------ OpenSearch


class _ClientBase:
    """What the two engines' clients do alike; each subclass supplies ``_c``, ``_call`` and ``_count``."""

    _c: Any

    def _call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError

    def _count(self, index: str, body: dict[str, Any] | None) -> Any:
        raise NotImplementedError

    def count(self, index: str, body: dict[str, Any] | None = None) -> int:
        try:
            return int(self._count(index, body)["count"])
        except EngineError as exc:
            if exc.status == 404:
                return 0
            raise

    def delete_doc(self, index: str, doc_id: str) -> None:
        try:
            self._call(self._c.delete, index=index, id=doc_id)
        except EngineError as exc:
            if exc.status != 404:
                raise

    def _get(self, index: str, doc_id: str) -> Any:
        raise NotImplementedError

    def get_doc(self, index: str, doc_id: str) -> dict[str, Any] | None:
        """The document's ``_source`` (a real-time read: no refresh needed), or None (a 404 is an answer
        here, not an error, and is not logged as one)."""
        found = self._get(index, doc_id)
        body = getattr(found, "body", found)
        return dict(body["_source"]) if body and body.get("found") else None

    def refresh(self, index: str) -> None:
        self._call(self._c.indices.refresh, index=index)

    def delete_index(self, index: str) -> None:
        try:
            self._call(self._c.indices.delete, index=index)
        except EngineError as exc:
            if exc.status != 404:
                raise

    def close(self) -> None:
        self._c.close()


class OpenSearchClient(_ClientBase):
    """opensearch-py (bodies passed as ``body=``)."""

    def __init__(self, url: str, info: EngineInfo, timeout: float = 60.0) -> None:
        from opensearchpy import OpenSearch

        self.info = info
        self._url = url
        verify = _verify_tls()
        self._c = OpenSearch(
            hosts=[url], timeout=timeout, max_retries=0, retry_on_timeout=False,
            verify_certs=bool(verify), ca_certs=verify if isinstance(verify, str) else None,
            ssl_show_warn=False,
        )  # fmt: skip

    def _call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        from opensearchpy import exceptions as ex

        try:
            return fn(*args, **kwargs)
        except ex.ConnectionError as exc:  # includes timeouts
            raise Retryable(f"search engine at {_safe(self._url)} is unreachable: {exc.__class__.__name__}") from exc
        except ex.TransportError as exc:
            status = exc.status_code if isinstance(exc.status_code, int) else None
            message = f"search engine error {status}: {exc.error} {str(exc.info)[:300]}"
            if status in RETRY_STATUS:
                raise Retryable(message, status) from exc
            raise EngineError(message, status) from exc

    def put_index_template(self, name: str, body: dict[str, Any]) -> None:
        self._call(self._c.indices.put_index_template, name=name, body=body)

    def create_index(self, name: str, body: dict[str, Any]) -> bool:
        try:
            self._call(self._c.indices.create, index=name, body=body)
        except EngineError as exc:
            if exc.status == 400 and "resource_already_exists" in str(exc):
                return False
            raise
        return True

    def index_exists(self, name: str) -> bool:
        return bool(self._call(self._c.indices.exists, index=name))

    def update_aliases(self, actions: list[dict[str, Any]]) -> None:
        self._call(self._c.indices.update_aliases, body={"actions": actions})

    def alias_indices(self, alias: str) -> list[str]:
        try:
            return sorted(self._call(self._c.indices.get_alias, name=alias))
        except EngineError as exc:
            if exc.status == 404:
                return []
            raise

    def bulk(self, operations: list[dict[str, Any]]) -> dict[str, Any]:
        return dict(self._call(self._c.bulk, body=operations))

    def index(self, index: str, doc_id: str, body: dict[str, Any]) -> None:
        self._call(self._c.index, index=index, id=doc_id, body=body)

    def search(self, index: str, body: dict[str, Any], search_type: str | None = None) -> dict[str, Any]:
        extra = {"search_type": search_type} if search_type else {}
        return dict(self._call(self._c.search, index=index, body=body, **extra))

    def _get(self, index: str, doc_id: str) -> Any:
        return self._call(self._c.get, index=index, id=doc_id, ignore=404)

    def _count(self, index: str, body: dict[str, Any] | None) -> Any:
        return self._call(self._c.count, index=index, body=body)


# ------------------------------------------------------------------------------------------ Elasticsearch


class ElasticsearchClient(_ClientBase):
    """The official ``elasticsearch`` client (8.x/9.x: keyword arguments instead of ``body=``)."""

    def __init__(self, url: str, info: EngineInfo, timeout: float = 60.0) -> None:
        import elasticsearch
        from elasticsearch import Elasticsearch

        client_major = int(elasticsearch.__versionstr__.split(".")[0])
        if client_major > info.major:
            # A newer client sends "compatible-with=<its major>" headers an older server refuses.
            raise EngineError(
                f"Elasticsearch {info.version} needs the Python client of the same major version: "
                f"pip install 'elasticsearch>={info.major},<{info.major + 1}' "
                f"(installed: {elasticsearch.__versionstr__})"
            )
        self.info = info
        self._url = url
        verify = _verify_tls()
        self._c = Elasticsearch(
            url, request_timeout=timeout, max_retries=0, retry_on_timeout=False,
            verify_certs=bool(verify), ca_certs=verify if isinstance(verify, str) else None,
        )  # fmt: skip

    def _call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        import elastic_transport
        from elasticsearch import ApiError

        try:
            return fn(*args, **kwargs)
        except elastic_transport.TransportError as exc:  # connection refused/reset, timeouts
            raise Retryable(f"search engine at {_safe(self._url)} is unreachable: {exc.__class__.__name__}") from exc
        except ApiError as exc:
            status = exc.meta.status if exc.meta is not None else None
            message = f"search engine error {status}: {exc.error} {str(exc.info)[:300]}"
            if status in RETRY_STATUS:
                raise Retryable(message, status) from exc
            raise EngineError(message, status) from exc

    def put_index_template(self, name: str, body: dict[str, Any]) -> None:
        kwargs = {("meta" if k == "_meta" else k): v for k, v in body.items()}
        self._call(self._c.indices.put_index_template, name=name, **kwargs)

    def create_index(self, name: str, body: dict[str, Any]) -> bool:
        try:
            self._call(self._c.indices.create, index=name, **body)
        except EngineError as exc:
            if exc.status == 400 and "resource_already_exists" in str(exc):
                return False
            raise
        return True

    def index_exists(self, name: str) -> bool:
        return bool(self._call(self._c.indices.exists, index=name))

    def update_aliases(self, actions: list[dict[str, Any]]) -> None:
        self._call(self._c.indices.update_aliases, actions=actions)

    def alias_indices(self, alias: str) -> list[str]:
        try:
            return sorted(self._call(self._c.indices.get_alias, name=alias).body)
        except EngineError as exc:
            if exc.status == 404:
                return []
            raise

    def bulk(self, operations: list[dict[str, Any]]) -> dict[str, Any]:
        return dict(self._call(self._c.bulk, operations=operations).body)

    def index(self, index: str, doc_id: str, body: dict[str, Any]) -> None:
        self._call(self._c.index, index=index, id=doc_id, document=body)

    def search(self, index: str, body: dict[str, Any], search_type: str | None = None) -> dict[str, Any]:
        extra = {"search_type": search_type} if search_type else {}
        return dict(self._call(self._c.search, index=index, body=body, **extra).body)

    def _get(self, index: str, doc_id: str) -> Any:
        return self._call(self._c.options(ignore_status=404).get, index=index, id=doc_id)

    def _count(self, index: str, body: dict[str, Any] | None) -> Any:
        return self._call(self._c.count, index=index, **(body or {}))


def connect(url: str, timeout: float = 60.0) -> EngineClient:
    """Detect the engine behind ``url`` and return the matching official client."""
    info = detect(url)
    if info.kind == "opensearch":
        return OpenSearchClient(url, info, timeout)
    return ElasticsearchClient(url, info, timeout)
