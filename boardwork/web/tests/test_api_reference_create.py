"""POST /api/organisations and /api/policies find before they make, by the rule every other path
uses (activities.services): a body or policy already recorded is answered 409 with the existing
record, unchanged; a new one is made as the web would make it. Per persona; the gazetteer is an
invented one, so the tests hold whatever the shipped one says."""

from __future__ import annotations

import json

import pytest

from boardwork.activities import services as activity_services
from boardwork.activities.models import Organisation, Policy
from boardwork.api import api
from boardwork.boards.models import Change

from .web_fixtures import api_client

pytestmark = pytest.mark.django_db

# Officers of any board and admins maintain the shared lists (outsider: officer of another board).
MAINTAINERS = ["officer", "outsider", "admin"]
INVENTED = [
    {
        "name": "Department for Coastal Resilience",
        "acronyms": ["DCR"],
        "aliases": ["Dept for Coastal Resilience"],
        "kind": "government_department",
    },
]


@pytest.fixture(autouse=True)
def invented_gazetteer(monkeypatch):
    gazetteer = activity_services.gazetteer_of(INVENTED)
    monkeypatch.setattr(activity_services, "_shipped_gazetteer", lambda: gazetteer)


def post(world, persona, url, body):
    return api_client(world, persona).post(url, json.dumps(body), content_type="application/json")


@pytest.mark.parametrize("persona", MAINTAINERS)
@pytest.mark.parametrize("name", ["Home Office", "home office", "  Home   Office "])
def test_a_recorded_organisation_is_409_with_its_id(world, persona, name):
    n, changes = Organisation.objects.count(), Change.objects.count()
    r = post(world, persona, "/api/organisations", {"name": name, "website": "https://example.org/"})
    assert r.status_code == 409, r.content
    body = r.json()
    assert body["existing"]["uid"] == str(world.org.uid) and body["existing"]["name"] == "Home Office"
    assert "already recorded" in body["detail"]
    assert Organisation.objects.count() == n and Change.objects.count() == changes  # nothing changed
    assert Organisation.objects.get(pk=world.org.pk).website == world.org.website


@pytest.mark.parametrize("persona", MAINTAINERS)
def test_a_new_organisation_is_made_by_the_gazetteer_rule_then_found(world, persona):
    r = post(world, persona, "/api/organisations", {"name": "Dept for Coastal Resilience"})
    assert r.status_code == 201, r.content
    made = r.json()
    assert (made["name"], made["acronym"], made["kind"]) == (
        "Department for Coastal Resilience",
        "DCR",
        "government_department",
    )
    # By its acronym, its name or the form first sent: the same record, 409.
    for again in ("DCR", "Department for Coastal Resilience", "Dept for Coastal Resilience"):
        r = post(world, persona, "/api/organisations", {"name": again})
        assert r.status_code == 409 and r.json()["existing"]["uid"] == made["uid"], again
    assert Organisation.objects.filter(name__icontains="Coastal").count() == 1


def test_fields_sent_for_an_unknown_body_are_kept(world):
    body = {"name": "Friends of the Pier", "acronym": "FotP", "kind": "charity", "aliases": ["The Friends"]}
    made = post(world, "officer", "/api/organisations", body).json()
    assert (made["name"], made["acronym"], made["kind"], made["aliases"]) == (
        "Friends of the Pier",
        "FotP",
        "charity",
        ["The Friends"],
    )
    assert post(world, "officer", "/api/organisations", {"name": "The Friends"}).status_code == 409


@pytest.mark.parametrize("persona,status", [("member", 403), ("anonymous", 401)])
def test_others_may_not_add_even_a_duplicate(world, persona, status):
    assert post(world, persona, "/api/organisations", {"name": "Home Office"}).status_code == status
    assert post(world, persona, "/api/policies", {"title": "Domestic Abuse Bill"}).status_code == status


@pytest.mark.parametrize("persona", MAINTAINERS)
def test_a_recorded_policy_is_409_with_its_id(world, persona):
    for title in ("Domestic Abuse Bill", "domestic abuse bill"):
        r = post(world, persona, "/api/policies", {"title": title, "stage": "Committee"})
        assert r.status_code == 409, r.content
        assert r.json()["existing"]["uid"] == str(world.policy.uid)
    assert Policy.objects.get(pk=world.policy.pk).stage == world.policy.stage


def test_an_act_whose_bill_is_recorded_is_that_record(world):
    r = post(world, "officer", "/api/policies", {"title": "Domestic Abuse Act 2021"})
    assert r.status_code == 409
    existing = r.json()["existing"]
    assert existing["uid"] == str(world.policy.uid) and existing["title"] == "Domestic Abuse Act 2021"
    assert Policy.objects.filter(title__icontains="Domestic Abuse").count() == 1


def test_a_new_policy_is_201_then_409(world):
    r = post(world, "officer", "/api/policies", {"title": "Coastal Erosion Strategy", "stage": "Draft"})
    assert r.status_code == 201, r.content
    made = r.json()
    assert (made["title"], made["kind"], made["stage"]) == ("Coastal Erosion Strategy", "strategy", "Draft")
    r = post(world, "outsider", "/api/policies", {"title": "coastal erosion strategy"})
    assert r.status_code == 409 and r.json()["existing"]["uid"] == made["uid"]


def test_the_schema_documents_the_409():
    paths = api.get_openapi_schema()["paths"]
    for path, name in (("/api/organisations", "OrganisationExists"), ("/api/policies", "PolicyExists")):
        answer = paths[path]["post"]["responses"][409]
        assert answer["content"]["application/json"]["schema"]["$ref"].endswith(name)
