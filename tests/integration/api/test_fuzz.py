"""Schemathesis over ``/openapi.json``: generated valid and invalid requests never get a 5xx, and every answer
matches what the schema documents (status codes, content types, response bodies).

Bounded (``MAX_EXAMPLES`` per operation, no deadline) so that it runs in well under two minutes. The write
endpoints are called with the bearer token so that the fuzzing reaches past the authentication check. The
SSE stream never ends by design and is tested in test_live_server.py instead.

One check is left out: ``positive_data_acceptance`` (a schema-valid request must not get a 400). A query
language cannot be described by a JSON schema: ``q=(`` or a made-up paging ``cursor`` are valid strings but
bad requests, and answering them 400 with the message and position is the documented behaviour.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import positive_data_acceptance

from monitor.api import create_app

from .conftest import TOKEN, make_settings, replay, seed_articles

MAX_EXAMPLES = 30


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    data_settings = make_settings(tmp_path_factory.mktemp("api-fuzz"))  # rate limit off (429 is tested elsewhere)
    replay(data_settings, list(seed_articles().values()))
    app = create_app(data_settings, TOKEN)
    with TestClient(app):  # runs the lifespan (closes the store at the end)
        schema = schemathesis.openapi.from_asgi("/openapi.json", app).exclude(path="/api/alerts/stream")
        # The token is sent with every case: a generated (invalid) Authorization header would be replaced by it.
        schema.config.generation.update(with_security_parameters=False)
        yield schema


def fuzz_operation(operation, mode: GenerationMode) -> list[str]:  # type: ignore[no-untyped-def]
    """Run one operation's generated cases; return the failures (with the request that caused them)."""
    failures: list[str] = []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck),
              derandomize=True, database=None)
    def run(case) -> None:  # type: ignore[no-untyped-def]
        case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"},
                               excluded_checks=[positive_data_acceptance])

    try:
        run()
    except Unsatisfiable:
        if mode is GenerationMode.POSITIVE:
            raise
        # No parameters or body to make invalid (e.g. GET /api/health): nothing to try in negative mode.
    except (Exception, BaseExceptionGroup) as exc:  # schemathesis' FailureGroup is a BaseExceptionGroup
        failures.append(f"{operation.label} [{mode.value}] {type(exc).__name__}: {str(exc)[:2000]}")
    return failures


# pytest-9 cannot run schemathesis' own pytest plugin (from_fixture), so the operations are driven here.
def test_no_server_errors_and_answers_match_the_schema(api_schema) -> None:  # type: ignore[no-untyped-def]
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 12
    failures: list[str] = []
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            failures += fuzz_operation(operation, mode)
    assert not failures, "\n\n".join(dict.fromkeys(failures))
