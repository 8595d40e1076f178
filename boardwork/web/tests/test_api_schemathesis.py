"""Property-based checks of the REST API against its own OpenAPI schema (schemathesis): generated
valid and invalid requests to every GET endpoint and a few POSTs must never get a 5xx.

Skipped when schemathesis is not installed (it is a dev dependency). Bounded: a few examples per
operation and mode, so the whole file runs in well under a minute.
"""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")

from django.core.wsgi import get_wsgi_application  # noqa: E402
from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402

from .web_fixtures import world_fixture  # noqa: E402, F401

POSTS = {
    "/api/boards/{slug}/activities",
    "/api/boards/{slug}/themes",
    "/api/organisations",
    "/api/policies",
    "/api/cycles/{uid}/feedback",
    "/api/commitments/{uid}/updates",
    "/api/papers/parse",
}
MAX_EXAMPLES = 6


def known_uid(world, path: str) -> str:
    """A uid that exists for the path's record type, so requests reach past the 404."""
    for prefix, obj in (
        ("/api/themes/", world.theme),
        ("/api/commitments/", world.commitment),
        ("/api/cycles/", world.cycle),
        ("/api/activities/", world.activities[0]),
        ("/api/organisations/", world.org),
        ("/api/policies/", world.policy),
        ("/api/papers/", world.paper),
    ):
        if path.startswith(prefix):
            return str(obj.uid)
    return str(world.activities[0].uid)


def operations():
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())
    for result in schema.get_all_operations():
        op = result.ok()
        if op.method.upper() == "GET" or (op.method.upper() == "POST" and op.path in POSTS):
            yield op


@pytest.fixture
def keep_test_connection():
    """schemathesis calls the WSGI app directly, so Django's request_finished signal would close
    the database connection inside the test's transaction (PostgreSQL then fails every later
    query); the test client disconnects it the same way."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.parametrize("role", ["officer", "member"])
def test_api_never_answers_5xx(world, role, keep_test_connection):
    failures = []
    headers = {"Authorization": f"Bearer {world.tokens[role]}"}
    for op in operations():
        path_parameters = {}
        if "{slug}" in op.path:
            path_parameters["slug"] = world.board.slug
        if "{uid}" in op.path:
            path_parameters["uid"] = known_uid(world, op.path)
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            strategy = op.as_strategy(generation_mode=mode, path_parameters=path_parameters or None)

            @given(case=strategy)
            @settings(
                max_examples=MAX_EXAMPLES,
                deadline=None,
                database=None,
                derandomize=True,
                phases=[Phase.explicit, Phase.generate],
                suppress_health_check=list(HealthCheck),
            )
            def check(case):
                response = case.call(headers=headers)
                if response.status_code >= 500:
                    failures.append(
                        f"{case.method} {case.path} → {response.status_code}: "
                        f"{case.path_parameters} {case.query} {str(case.body)[:200]}"
                    )

            check()
    assert not failures, "\n".join(failures[:20])
