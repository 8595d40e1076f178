"""The REST API: the permission matrix on every endpoint, authentication, optimistic locking,
validation, the activity filters and the query counts of list endpoints."""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from boardwork.activities.filters import FilterError, filter_activities
from boardwork.activities.models import Activity
from boardwork.api import api
from boardwork.boards.models import Change
from boardwork.plans.models import Feedback, ProgressUpdate, Theme

from .api_cycle_endpoints import CYCLE_ENDPOINTS
from .api_draft_endpoints import DRAFT_ENDPOINTS
from .api_fixtures import ROLES, ApiWorld, _api_world_built, api_world  # noqa: F401
from .api_people_endpoints import PEOPLE_ENDPOINTS

# A board the caller cannot read is answered as a missing one: 404 signed in, 401 anonymous.
READ = {"officer": 200, "member": 200, "outsider": 404, "anonymous": 401}
PUBLIC = {"officer": 200, "member": 200, "outsider": 200, "anonymous": 200}
SIGNED_IN = {"officer": 200, "member": 200, "outsider": 200, "anonymous": 401}
UNPUBLISHED = {"officer": 200, "member": 200, "outsider": 404, "anonymous": 401}


def write(ok=201):
    return {"officer": ok, "member": 403, "outsider": 404, "anonymous": 401}


def shared_write(ok=201):
    # Organisations and policies are shared by all boards: any board's officer maintains them.
    return {"officer": ok, "member": 403, "outsider": ok, "anonymous": 401}


def upload(
    name="paper.txt", text="Safer and Stronger Communities Board\n\n1. Purpose\n\nTo note the report.\n"
):
    return {"file": SimpleUploadedFile(name, text.encode(), content_type="text/plain")}


# (id, method, url, body, expected by role). Bodies are JSON unless they hold an uploaded file.
ENDPOINTS = [
    ("me", "get", lambda w: "/api/me", None, PUBLIC),
    ("boards", "get", lambda w: "/api/boards", None, SIGNED_IN),
    ("board", "get", lambda w: f"/api/boards/{w.board.slug}", None, READ),
    ("cycles", "get", lambda w: f"/api/boards/{w.board.slug}/cycles", None, READ),
    ("meetings", "get", lambda w: f"/api/boards/{w.board.slug}/meetings", None, READ),
    ("calendar", "get", lambda w: f"/api/boards/{w.board.slug}/calendar", None, READ),
    ("themes", "get", lambda w: f"/api/boards/{w.board.slug}/themes", None, READ),
    ("theme", "get", lambda w: f"/api/themes/{w.theme.uid}", None, READ),
    ("theme-create", "post", lambda w: f"/api/boards/{w.board.slug}/themes",
     lambda w: {"cycle": str(w.cycle2.uid), "title": "Cohesion", "continues": str(w.theme.uid)}, write()),
    ("theme-update", "patch", lambda w: f"/api/themes/{w.theme.uid}",
     lambda w: {"version": 1, "title": "Community safety and resilience"}, write(200)),
    ("commitments", "get", lambda w: f"/api/boards/{w.board.slug}/commitments", None, READ),
    ("commitment", "get", lambda w: f"/api/commitments/{w.commitment.uid}", None, READ),
    ("commitment-create", "post", lambda w: f"/api/themes/{w.theme.uid}/commitments",
     lambda w: {"title": "Publish guidance", "state": "on_track", "owner": str(w.person.uid)}, write()),
    ("commitment-update", "patch", lambda w: f"/api/commitments/{w.commitment.uid}",
     lambda w: {"version": 1, "state": "deferred", "delay_reason": "Covid-19"}, write(200)),
    ("updates", "get", lambda w: f"/api/commitments/{w.commitment.uid}/updates", None, READ),
    ("update-create", "post", lambda w: f"/api/commitments/{w.commitment.uid}/updates",
     lambda w: {"quarter": 2, "rag": "amber", "commentary": "Slipping"}, write()),
    ("update-put", "put", lambda w: f"/api/commitments/{w.commitment.uid}/updates/1",
     lambda w: {"rag": "amber", "commentary": "Slipping after all"}, write(200)),
    ("feedback", "get", lambda w: f"/api/cycles/{w.cycle.uid}/feedback", None, READ),
    ("feedback-create", "post", lambda w: f"/api/cycles/{w.cycle.uid}/feedback",
     lambda w: {"text": "More on fire safety please", "theme": str(w.theme2.uid)},
     {"officer": 201, "member": 201, "outsider": 404, "anonymous": 401}),
    ("activities", "get", lambda w: f"/api/boards/{w.board.slug}/activities", None, READ),
    ("activity", "get", lambda w: f"/api/activities/{w.activities[0].uid}", None, READ),
    ("activity-create", "post", lambda w: f"/api/boards/{w.board.slug}/activities",
     lambda w: {"text": "Met the minister", "date": "2023-02", "kinds": ["lobbying"], "themes": [str(w.theme.uid)],
                "organisations": [{"organisation": str(w.org.uid), "role": "addressee"}],
                "policies": [str(w.policy.uid)], "nations": ["england"]}, write()),
    ("activity-update", "patch", lambda w: f"/api/activities/{w.activities[0].uid}",
     lambda w: {"version": 1, "outcome": "Duty amended", "themes": [str(w.theme2.uid)]}, write(200)),
    ("organisations", "get", lambda w: "/api/organisations", None, SIGNED_IN),
    ("organisation", "get", lambda w: f"/api/organisations/{w.org.uid}", None, SIGNED_IN),
    ("organisation-create", "post", lambda w: "/api/organisations",
     lambda w: {"name": "College of Policing", "kind": "sector_body"}, shared_write()),
    ("organisation-update", "patch", lambda w: f"/api/organisations/{w.org.uid}",
     lambda w: {"version": 1, "aliases": ["The Home Office"]}, shared_write(200)),
    ("policies", "get", lambda w: "/api/policies", None, SIGNED_IN),
    ("policy", "get", lambda w: f"/api/policies/{w.policy.uid}", None, SIGNED_IN),
    ("policy-create", "post", lambda w: "/api/policies", lambda w: {"title": "Fire Safety Act 2021"}, shared_write()),
    ("policy-update", "patch", lambda w: f"/api/policies/{w.policy.uid}",
     lambda w: {"version": 1, "stage": "Report stage"}, shared_write(200)),
    ("papers", "get", lambda w: f"/api/boards/{w.board.slug}/papers", None, PUBLIC),
    ("paper-published", "get", lambda w: f"/api/papers/{w.paper_published.uid}", None, PUBLIC),
    ("search", "get", lambda w: "/api/search?q=board", None, PUBLIC),  # answers within the caller's scope
    ("paper-unpublished", "get", lambda w: f"/api/papers/{w.paper_private.uid}", None, UNPUBLISHED),
    ("paper-file", "get", lambda w: f"/api/papers/{w.paper_private.uid}/file", None,
     # No original file: written as DOCX (as the web's download does) for the board's people.
     {"officer": 200, "member": 200, "outsider": 404, "anonymous": 401}),
    ("paper-parse", "post", lambda w: "/api/papers/parse", lambda w: upload(), SIGNED_IN),
    ("paper-import", "post", lambda w: f"/api/boards/{w.board.slug}/papers", lambda w: upload(),
     write()),
    # Re-extraction is as costly as a parse: officers only.
    ("paper-extract", "post", lambda w: f"/api/papers/{w.paper_published.uid}/extract", None,
     write(200)),
    # Someone else's job (or none): not acknowledged.
    ("read-job", "get", lambda w: "/api/jobs/00000000-0000-4000-8000-000000000000", None,
     {"officer": 404, "member": 404, "outsider": 404, "anonymous": 401}),
    ("report", "get", lambda w: f"/api/boards/{w.board.slug}/report?kind=end_of_year&fmt=md", None,
     write(200)),
    # A paper written in the background: its job and file for whoever may have the paper.
    ("render-job", "get", lambda w: f"/api/jobs/{_paper_render(w).uid}", None, UNPUBLISHED),
    ("render-file", "get", lambda w: f"/api/jobs/{_paper_render(w).uid}/file", None, UNPUBLISHED),
    ("render-report-file", "get", lambda w: f"/api/jobs/{_report_render(w).uid}/file", None,
     {"officer": 200, "member": 404, "outsider": 404, "anonymous": 401}),
]  # fmt: skip


def _paper_render(w):
    from boardwork.papers.services import rendering

    return rendering.request(w.board, paper=w.paper_private)


def _report_render(w):
    from boardwork.papers.services import rendering

    return rendering.request(w.board, rendering.report_spec("work_plan", w.cycle, "md"))


ENDPOINTS += CYCLE_ENDPOINTS
ENDPOINTS += DRAFT_ENDPOINTS
ENDPOINTS += PEOPLE_ENDPOINTS


def call(client: Client, method: str, url: str, body=None, **extra):
    if body is None:
        return getattr(client, method)(url, **extra)
    if isinstance(body, dict) and any(isinstance(v, SimpleUploadedFile) for v in body.values()):
        return client.post(url, body, **extra)
    return getattr(client, method)(url, json.dumps(body), content_type="application/json", **extra)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name,method,url,body,expected", ENDPOINTS, ids=[e[0] for e in ENDPOINTS])
def test_permission_matrix(world: ApiWorld, role, name, method, url, body, expected):
    response = call(world.client(role), method, url(world), body(world) if body else None)
    want = expected[role]
    assert response.status_code in (want if isinstance(want, set) else {want}), (
        f"{name} as {role}: {response.status_code} {response.content[:300]!r}"
    )
    if response.status_code >= 400:
        assert response["Content-Type"].startswith("application/json")
        assert response.json()["detail"]


def test_every_operation_is_in_the_matrix(world: ApiWorld):
    """A new endpoint must be added to ENDPOINTS, and so to the permission matrix."""
    import re

    schema = api.get_openapi_schema()
    patterns = {
        (method, template): re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$")
        for template, ops in schema["paths"].items()
        for method in ops
    }
    covered = set()
    for _name, method, url, _body, _expected in ENDPOINTS:
        path = url(world).split("?")[0]
        covered |= {key for key, rx in patterns.items() if key[0] == method and rx.match(path)}
    assert set(patterns) - covered == set()


@pytest.mark.parametrize("role", ["admin"])
def test_admin_can_do_everything(world: ApiWorld, role):
    client = world.client(role)
    assert client.get(f"/api/boards/{world.other.slug}").status_code == 200
    r = call(client, "patch", f"/api/themes/{world.theme.uid}", {"version": 1, "title": "Renamed"})
    assert r.status_code == 200 and r.json()["version"] == 2
    assert {b["slug"] for b in client.get("/api/boards").json()} == {world.board.slug, world.other.slug}


# -- authentication ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header", ["Bearer bw_not-a-real-token", "Bearer ", "Token abc", "Basic b2ZmaWNlcjpwdw==", "bw_raw"]
)
def test_wrong_tokens_get_401(world: ApiWorld, header):
    client = Client(headers={"Authorization": header})
    for url in ("/api/me", f"/api/boards/{world.board.slug}", f"/api/boards/{world.board.slug}/papers"):
        response = client.get(url)
        assert response.status_code == 401, (url, header)
        assert response.json()["detail"]


def test_token_identifies_user_and_is_stored_hashed(world: ApiWorld):
    r = world.client("officer").get("/api/me")
    assert r.json()["username"] == "officer"
    assert r.json()["boards"] == [{"slug": "sscb", "role": "officer"}]
    from boardwork.boards.models import ApiToken

    assert not ApiToken.objects.filter(key_hash=world.tokens["officer"]).exists()
    assert ApiToken.objects.get(user=world.users["officer"]).last_used is not None


def test_former_member_has_no_access(world: ApiWorld):
    client = world.client("former")
    assert client.get(f"/api/boards/{world.board.slug}/activities").status_code == 404
    assert client.get("/api/boards").json() == []


def test_session_auth_needs_csrf_for_writes(world: ApiWorld):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.users["officer"])
    url = f"/api/boards/{world.board.slug}/activities"
    assert client.get(url).status_code == 200
    body = json.dumps({"text": "Written in the browser"})
    r = client.post(url, body, content_type="application/json")
    assert r.status_code == 403 and "CSRF" in r.json()["detail"]
    client.get("/api/me")  # any page; the test sets the cookie below
    from django.middleware.csrf import _get_new_csrf_string, _mask_cipher_secret

    secret = _get_new_csrf_string()
    client.cookies["csrftoken"] = secret
    r = client.post(
        url, body, content_type="application/json", headers={"X-CSRFToken": _mask_cipher_secret(secret)}
    )
    assert r.status_code == 201, r.content


def test_openapi_schema_and_docs(world: ApiWorld):
    r = Client().get("/api/openapi.json")
    assert r.status_code == 200
    schema = r.json()
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["title"] == "Boardwork API"
    assert schema["components"]["securitySchemes"]["BoardworkAuth"]["scheme"] == "bearer"
    assert Client().get("/api/docs").status_code == 200


# -- optimistic locking and history --------------------------------------------------------------


def test_stale_activity_update_is_refused_with_409(world: ApiWorld):
    client = world.client("officer")
    a = world.activities[0]
    url = f"/api/activities/{a.uid}"
    first = call(client, "patch", url, {"version": 1, "outcome": "First", "themes": [str(world.theme.uid)]})
    assert first.status_code == 200 and first.json()["version"] == 2
    stale = call(client, "patch", url, {"version": 1, "outcome": "Second", "themes": [str(world.theme2.uid)]})
    assert stale.status_code == 409
    assert "changed by someone else" in stale.json()["detail"]
    a.refresh_from_db()
    assert a.outcome == "First" and a.version == 2
    assert list(a.themes.values_list("uid", flat=True)) == [world.theme.uid]
    change = Change.history(a).first()
    assert change.user == world.users["officer"] and change.changes["outcome"] == ["", "First"]


def test_stale_edit_race_inside_save_rolls_back_links(world: ApiWorld, monkeypatch):
    """Someone saves between our version check and our save: nothing of ours is kept."""
    a = world.activities[1]
    original = type(a).save_edit

    def racing(self, **kw):
        Activity.objects.filter(pk=self.pk).update(version=5)
        return original(self, **kw)

    monkeypatch.setattr(type(a), "save_edit", racing)
    r = call(world.client("officer"), "patch", f"/api/activities/{a.uid}",
             {"version": 1, "themes": [str(world.theme2.uid)], "text": "Changed"})  # fmt: skip
    assert r.status_code == 409
    a.refresh_from_db()
    assert a.text.startswith("Briefing") and list(a.themes.all()) == [world.theme]


@pytest.mark.parametrize(
    "url,body",
    [
        (lambda w: f"/api/themes/{w.theme.uid}", {"version": 7, "title": "x"}),
        (lambda w: f"/api/commitments/{w.commitment.uid}", {"version": 2, "state": "complete"}),
        (lambda w: f"/api/organisations/{w.org.uid}", {"version": 3, "acronym": "HOx"}),
        (lambda w: f"/api/policies/{w.policy.uid}", {"version": 9, "stage": "Act"}),
    ],
)
def test_stale_versions_409_everywhere(world: ApiWorld, url, body):
    assert call(world.client("officer"), "patch", url(world), body).status_code == 409


# -- validation ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body,field",
    [
        ({}, "text"),
        ({"text": ""}, "text"),
        ({"text": "x", "kinds": ["gossip"]}, "kinds"),
        ({"text": "x", "date": "2020-13"}, "date"),
        ({"text": "x", "date": "2021-02-30"}, "date"),
        ({"text": "x", "date": "next week"}, "date"),
        ({"text": "x", "nations": ["atlantis"]}, "nations"),
        ({"text": "x", "themes": ["not-a-uuid"]}, "themes"),
        ({"text": "x", "themes": ["6f1d2f9e-4f0c-4c39-9f57-1d1f8d9d9a11"]}, "themes"),
        (
            {"text": "x", "organisations": [{"organisation": "6f1d2f9e-4f0c-4c39-9f57-1d1f8d9d9a11"}]},
            "organisations",
        ),
        ({"text": "x", "commitment": "6f1d2f9e-4f0c-4c39-9f57-1d1f8d9d9a11"}, "commitment"),
        ({"text": "x", "review": "maybe"}, "review"),
    ],
)
def test_activity_validation_errors_name_the_field(world: ApiWorld, body, field):
    r = call(world.client("officer"), "post", f"/api/boards/{world.board.slug}/activities", body)
    assert r.status_code == 422, r.content
    locs = [e["loc"] for e in r.json()["detail"]]
    assert any(field in loc for loc in locs), locs


def test_theme_from_another_board_is_refused(world: ApiWorld):
    foreign = Theme.objects.create(cycle=world.other.cycles.first(), title="Theirs")
    r = call(world.client("officer"), "post", f"/api/boards/{world.board.slug}/activities",
             {"text": "x", "themes": [str(foreign.uid)]})  # fmt: skip
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "themes"]


@pytest.mark.parametrize(
    "method,url,body,field",
    [
        ("patch", lambda w: f"/api/activities/{w.activities[0].uid}", {"outcome": "no version"}, "version"),
        ("post", lambda w: f"/api/commitments/{w.commitment.uid}/updates", {"quarter": 5, "rag": "green"}, "quarter"),
        ("post", lambda w: f"/api/commitments/{w.commitment.uid}/updates", {"quarter": 1, "rag": "blue"}, "rag"),
        ("post", lambda w: "/api/organisations", {"name": "X", "website": "javascript:alert(1)"}, "website"),
        ("post", lambda w: f"/api/boards/{w.board.slug}/themes",
         lambda w: {"cycle": str(w.other.cycles.first().uid), "title": "x"}, "cycle"),
    ],
)  # fmt: skip
def test_other_validation_errors(world: ApiWorld, method, url, body, field):
    r = call(world.client("officer"), method, url(world), body(world) if callable(body) else body)
    assert r.status_code == 422, r.content
    assert any(field in e["loc"] for e in r.json()["detail"]), r.json()


def test_parse_bad_file_is_422(world: ApiWorld):
    r = world.client("member").post("/api/papers/parse", upload("x.pdf", "not really a pdf"))
    assert r.status_code == 422 and "x.pdf" in r.json()["detail"][0]["msg"]
    r = world.client("member").post("/api/papers/parse", {})
    assert r.status_code == 422


def test_parse_returns_paper_structure(world: ApiWorld):
    r = world.client("member").post("/api/papers/parse", upload())
    assert r.status_code == 200
    data = r.json()
    assert data["schema"] == "boardwork.paper/1" and data["source"]["format"] == "txt" and data["blocks"]


def test_writes_record_history_and_return_records(world: ApiWorld):
    client = world.client("officer")
    r = call(client, "post", f"/api/boards/{world.board.slug}/activities",
             {"text": "Met the minister", "date": "2021-02", "kinds": ["lobbying", "event"],
              "organisations": [{"organisation": str(world.org.uid), "role": "addressee"}]})  # fmt: skip
    data = r.json()
    assert data["date"] == "2021-02" and data["kinds"] == ["lobbying", "event"] and data["version"] == 1
    assert data["organisations"] == [{"uid": str(world.org.uid), "name": "Home Office", "role": "addressee"}]
    a = Activity.objects.get(uid=data["uid"])
    assert a.entered_by == world.users["officer"] and Change.history(a).first().action == "created"
    r = call(client, "post", f"/api/commitments/{world.commitment.uid}/updates", {"quarter": 2, "rag": "red"})
    assert ProgressUpdate.objects.get(uid=r.json()["uid"]).author == world.users["officer"]
    r = call(world.client("member"), "post", f"/api/cycles/{world.cycle.uid}/feedback", {"text": "Good"})
    assert Feedback.objects.get(uid=r.json()["uid"]).person == world.person


# -- what members see ----------------------------------------------------------------------------


def test_members_see_accepted_records_only(world: ApiWorld):
    url = f"/api/boards/{world.board.slug}/activities?cycle={world.cycle.uid}"
    officer = {a["uid"] for a in world.client("officer").get(url).json()["results"]}
    member = {a["uid"] for a in world.client("member").get(url).json()["results"]}
    assert str(world.pending.uid) in officer and str(world.pending.uid) not in member
    assert len(officer) == 5 and len(member) == 4
    assert world.client("member").get(f"/api/activities/{world.pending.uid}").status_code == 404
    commitments = world.client("member").get(f"/api/boards/{world.board.slug}/commitments").json()
    assert "Pending import" not in {c["title"] for c in commitments}


def test_public_sees_published_papers_only(world: ApiWorld):
    published = {world.paper_published.title, world.published.title}
    for role in ("anonymous", "outsider"):
        titles = {p["title"] for p in world.client(role).get(f"/api/boards/{world.board.slug}/papers").json()}
        assert titles == published, role
    titles = {p["title"] for p in world.client("member").get(f"/api/boards/{world.board.slug}/papers").json()}
    assert titles == published | {world.paper_private.title, world.paper.title}


def test_paper_file_download(world: ApiWorld, settings, tmp_path):
    from django.core.files.base import ContentFile

    settings.MEDIA_ROOT = tmp_path
    p = world.paper_published
    p.sha256 = "ab" * 32
    p.filename = "annual.txt"
    p.file.save("annual.txt", ContentFile(b"Annual report text"), save=True)
    r = Client().get(f"/api/papers/{p.uid}/file")
    assert r.status_code == 200 and b"".join(r.streaming_content) == b"Annual report text"
    assert 'filename="annual.txt"' in r["Content-Disposition"]


# -- filters -------------------------------------------------------------------------------------


def titles_for(world: ApiWorld, query: str, role: str = "officer") -> set[str]:
    # The API records' own cycle: the shared world's activities are in earlier ones.
    r = world.client(role).get(f"/api/boards/{world.board.slug}/activities?cycle={world.cycle.uid}&{query}")
    assert r.status_code == 200, r.content
    return {a["text"][:20] for a in r.json()["results"]}


def test_filters_give_the_right_rows(world: ApiWorld):
    w = world
    serious, abuse, fire, formula = (a.text[:20] for a in w.activities)
    pending = w.pending.text[:20]
    assert titles_for(w, f"theme={w.theme.uid}") == {serious, abuse}
    assert titles_for(w, f"theme={w.theme.uid}&theme={w.theme2.uid}") == {serious, abuse, fire}
    assert titles_for(w, "kind=event") == {fire}
    assert titles_for(w, "kind=lobbying&kind=publication") == {abuse, formula}
    assert titles_for(w, f"organisation={w.org.uid}") == {serious}
    assert titles_for(w, f"policy={w.policy.uid}") == {abuse}
    assert titles_for(w, f"person={w.person.uid}") == {abuse}
    assert titles_for(w, "q=domestic+BILL") == {abuse}
    assert titles_for(w, "q=delegates") == {fire}  # reach is searched too
    assert titles_for(w, "review=to_review") == {pending}
    assert titles_for(w, f"cycle={w.cycle.uid}&kind=media") == {pending}
    # Date ranges compare periods: 'December 2022' overlaps 15–20 December; '2023' overlaps June 2023.
    assert titles_for(w, "date_from=2022-12-15&date_to=2022-12-20") == {abuse}
    assert titles_for(w, "date_from=2023-06-01") == {fire}
    assert titles_for(w, "date_to=2022-10-31") == {serious}
    assert titles_for(w, "date_from=2022-10-15&date_to=2022-11-30") == {pending}
    assert titles_for(w, f"theme={w.theme.uid}&kind=lobbying") == {abuse}


@pytest.mark.parametrize(
    "query,field",
    [("theme=nope", "theme"), ("cycle=nope", "cycle"), ("kind=gossip", "kind"), ("date_from=2020-02-31", "date_from"),
     ("date_from=2021-01-01&date_to=2020-01-01", "date_to"), ("page=0", "page"), ("page_size=1000", "page_size")],
)  # fmt: skip
def test_bad_filters_are_422(world: ApiWorld, query, field):
    r = world.client("officer").get(f"/api/boards/{world.board.slug}/activities?{query}")
    assert r.status_code == 422
    assert any(field in e["loc"] for e in r.json()["detail"]), r.json()


def test_filter_function_directly(world: ApiWorld):
    qs = Activity.objects.filter(board=world.board, cycle=world.cycle)
    assert filter_activities(qs, {}).count() == 5
    assert filter_activities(qs, {"kind": ["event", "media"]}).count() == 2
    assert filter_activities(qs, {"theme": str(world.theme.uid), "q": "  "}).count() == 2
    with pytest.raises(FilterError) as err:
        filter_activities(qs, {"person": "Nesil", "theme": "x"})
    assert err.value.field == "theme"
    # Organisations, policies and people also by name, as the web log's form sends them.
    assert filter_activities(qs, {"organisation": "HO"}).get() == world.activities[0]
    assert filter_activities(qs, {"organisation": "home office"}).get() == world.activities[0]
    assert filter_activities(qs, {"organisation": "Fire Chiefs"}).get() == world.activities[2]
    assert filter_activities(qs, {"policy": "domestic abuse bill"}).get() == world.activities[1]
    assert filter_activities(qs, {"person": "caliskan"}).get() == world.activities[1]
    assert filter_activities(qs, {"organisation": "Nobody At All"}).count() == 0


def test_pagination(world: ApiWorld):
    url = f"/api/boards/{world.board.slug}/activities?cycle={world.cycle.uid}&page_size=2"
    first = world.client("officer").get(url).json()
    assert first["count"] == 5 and first["pages"] == 3 and len(first["results"]) == 2
    last = world.client("officer").get(url + "&page=3").json()
    assert len(last["results"]) == 1
    beyond = world.client("officer").get(url + "&page=9").json()
    assert beyond["results"] == [] and beyond["count"] == 5
    # Newest first, undated last.
    dates = [
        a["date"] for a in world.client("officer").get(url.replace("size=2", "size=50")).json()["results"]
    ]
    assert dates[0] == "2023" and dates[-1] is None


# -- query counts --------------------------------------------------------------------------------


def _more_activities(world: ApiWorld, n: int):
    for i in range(n):
        a = Activity.objects.create(board=world.board, cycle=world.cycle, text=f"Extra {i}", kinds="event")
        a.themes.set([world.theme, world.theme2])
        a.people.set([world.person])
        a.policies.set([world.policy])
        a.organisation_links.create(organisation=world.org)


@pytest.mark.parametrize(
    "url",
    [
        "/api/boards/sscb/activities?page_size=200",
        "/api/boards/sscb/activities?kind=event&theme={theme}",
        "/api/boards/sscb/commitments",
        "/api/boards/sscb/themes",
        "/api/organisations",
        "/api/policies",
        "/api/boards/sscb/papers",
        "/api/boards/sscb/meetings",
        "/api/boards",
    ],
)
def test_list_endpoints_have_bounded_queries(world: ApiWorld, django_assert_max_num_queries, url):
    _more_activities(world, 30)
    client = world.client("officer")
    url = url.format(theme=world.theme.uid)
    # Token lookup + last_used update + board + role + count + ids + page + 4 prefetches.
    with django_assert_max_num_queries(12):
        r = client.get(url)
    assert r.status_code == 200


# -- papers through the services -----------------------------------------------------------------


def test_import_then_import_again_then_refused(world: ApiWorld, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client = world.client("officer")
    url = f"/api/boards/{world.board.slug}/papers"
    first = client.post(url, upload())
    assert first.status_code == 201, first.content
    data = first.json()
    assert data["status"] == "imported" and data["paper"]
    again = client.post(url, upload())
    assert again.status_code == 200 and again.json()["status"] == "already imported"
    refused = client.post(url, upload("empty.txt", "   "))
    assert refused.status_code == 422 and refused.json()["detail"][0]["loc"] == ["body", "file"]
    # The imported paper is the board's, unpublished: members see it, the public does not.
    assert world.client("member").get(f"/api/papers/{data['paper']}").status_code == 200
    assert Client().get(f"/api/papers/{data['paper']}").status_code == 401


def test_import_of_a_paper_of_no_work_says_why_in_its_warnings(world: ApiWorld, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    agenda = (
        "# Agenda\n\n"
        "You are invited to the meeting of the Board on Thursday in the Council Chamber.\n\n"
        "The Board will consider the draft community safety plan and the budget for next year.\n\n"
        "Members should send their apologies to the clerk before the meeting.\n"
    )
    r = world.client("officer").post(f"/api/boards/{world.board.slug}/papers", upload("agenda.md", agenda))
    assert r.status_code == 201, r.content
    data = r.json()
    assert data["activities"] == 0
    assert (
        "Nothing proposed: this reads as an agenda \u2014 it lists business to come, not work done. "
        "If it does report work, add the activities by hand." in data["warnings"]
    ), data["warnings"]


def test_report_download(world: ApiWorld):
    r = world.client("officer").get(
        f"/api/boards/{world.board.slug}/report?kind=work_plan&fmt=md&cycle={world.cycle.uid}"
    )
    assert r.status_code == 200, r.content
    assert r["Content-Disposition"].startswith("attachment; filename=")
    assert r.content
    bad = world.client("officer").get(f"/api/boards/{world.board.slug}/report?kind=minutes&fmt=md")
    assert bad.status_code == 422


@pytest.mark.parametrize(
    "url,field",
    [
        (lambda w: f"/api/activities/{w.activities[0].uid}", "text"),
        (lambda w: f"/api/activities/{w.activities[0].uid}", "kinds"),
        (lambda w: f"/api/activities/{w.activities[0].uid}", "review"),
        (lambda w: f"/api/themes/{w.theme.uid}", "title"),
        (lambda w: f"/api/commitments/{w.commitment.uid}", "state"),
    ],
)
def test_a_patch_refuses_null_for_a_field_that_is_never_empty(world: ApiWorld, url, field):
    # Left out, such a field keeps its value; sent as null it is refused, never stored as empty.
    r = call(world.client("officer"), "patch", url(world), {"version": 1, field: None})
    assert r.status_code == 422, r.content
    assert any(field in e["loc"] for e in r.json()["detail"]), r.json()
