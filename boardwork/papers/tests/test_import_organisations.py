"""An import makes organisations by the rule the web and API use (activities.services
`new_organisation`): a body the shipped gazetteer knows gets its canonical name, acronym and
kind. On an invented gazetteer, so the test holds whatever the shipped one says."""

from __future__ import annotations

import pytest

from boardwork.activities import services as activity_services
from boardwork.activities.models import Organisation
from boardwork.papers.extract import Gazetteer
from boardwork.papers.models import StoredPaper
from boardwork.papers.services.import_plan import ImportPlan, Resolver

pytestmark = pytest.mark.django_db

INVENTED = [
    {
        "name": "Department for Coastal Resilience",
        "acronyms": ["DCR"],
        "aliases": ["Dept for Coastal Resilience"],
        "kind": "government_department",
    },
    {"name": "Tidal Defences Inspectorate", "acronyms": ["TDI"], "aliases": [], "kind": "regulator"},
]


@pytest.fixture(autouse=True)
def invented_gazetteer(monkeypatch):
    gazetteer = Gazetteer.build(INVENTED)
    monkeypatch.setattr(activity_services, "_shipped_gazetteer", lambda: gazetteer)


def resolver(board) -> Resolver:
    plan = ImportPlan(board=board, paper=StoredPaper(board=board, title="Invented"), data=b"")
    return Resolver(plan, acronyms={})


def fields(org: Organisation) -> tuple:
    return (org.name, org.acronym, org.kind, sorted(org.aliases or []))


def test_an_import_gives_a_new_body_its_gazetteer_kind(board):
    r = resolver(board)
    inspectorate = r.organisation("Tidal Defences Inspectorate", "paragraph 1")
    department = r.organisation("Dept for Coastal Resilience", "paragraph 2")
    unknown = r.organisation("Friends of the Pier", "paragraph 3")
    assert fields(inspectorate) == ("Tidal Defences Inspectorate", "TDI", "regulator", [])
    assert fields(department) == (
        "Department for Coastal Resilience",
        "DCR",
        "government_department",
        ["Dept for Coastal Resilience"],
    )
    assert fields(unknown) == ("Friends of the Pier", "", "other", [])
    assert r.plan.organisations == [inspectorate, department, unknown]


def test_the_import_and_the_web_make_the_same_organisation(board):
    names = ["Tidal Defences Inspectorate", "Dept for Coastal Resilience", "Friends of the Pier"]
    planned = [fields(resolver(board).organisation(n, "p")) for n in names]
    made = [fields(activity_services.find_or_create_organisation(n)) for n in names]
    assert planned == made


def test_an_import_links_a_body_recorded_under_its_gazetteer_name(board):
    recorded = activity_services.find_or_create_organisation("Department for Coastal Resilience")
    r = resolver(board)
    assert r.organisation("Dept for Coastal Resilience", "p") == recorded
    assert r.plan.organisations == []
