"""The one activity-save service: links, whole names, the date's cycle, stale saves, history."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from boardwork.activities.models import Activity, ActivityOrganisation, Organisation, Policy
from boardwork.activities.services import (
    cycle_for_date,
    find_or_create_organisation,
    find_or_create_person,
    find_or_create_policy,
    save_activity,
)
from boardwork.boards.models import Change, Person, StaleEdit
from boardwork.plans.models import Theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def themes(cycles):
    old, new = cycles
    return Theme.objects.create(cycle=old, title="Community safety"), Theme.objects.create(
        cycle=new, title="Community safety"
    )


def test_it_creates_an_activity_with_whole_names_and_history(board, officer, cycles, themes):
    npcc = Organisation.objects.create(name="National Police Chiefs' Council", acronym="NPCC")
    a = save_activity(
        None,
        {
            "text": "Gave evidence on the Bill",
            "date": "2021-03",
            "kinds": ["evidence"],
            "themes": [themes[0]],
            "organisations": [("NPCC", "partner"), "Ministry of Housing, Communities and Local Government"],
            "policies": ["Police, Crime, Sentencing and Courts Bill"],
            "people": ["Cllr Ann Smith"],
        },
        board=board,
        user=officer,
    )
    a = Activity.objects.get(pk=a.pk)
    assert (a.date, a.date_precision, a.cycle) == (dt.date(2021, 3, 1), "month", cycles[0])
    assert a.entered_by == officer
    links = {
        (link.organisation.name, link.role) for link in a.organisation_links.select_related("organisation")
    }
    assert links == {
        (npcc.name, "partner"),
        ("Ministry of Housing, Communities and Local Government", "named"),
    }
    assert [p.title for p in a.policies.all()] == ["Police, Crime, Sentencing and Courts Bill"]
    assert Policy.objects.get().kind == "bill"
    person = a.people.get()
    assert (person.honorific, person.name, person.kind) == ("Cllr", "Ann Smith", "councillor")
    assert Change.history(a).get().action == "created"


def test_a_name_alone_keeps_the_roles_the_organisation_has(board, officer, cycles):
    org = Organisation.objects.create(name="Home Office")
    a = save_activity(None, {"text": "x", "organisations": [(org, "addressee")]}, board=board, user=officer)
    save_activity(a, {"organisations": ["Home Office", "Crest Advisory"]}, user=officer, base_version=1)
    roles = set(ActivityOrganisation.objects.filter(activity=a).values_list("organisation__name", "role"))
    assert roles == {("Home Office", "addressee"), ("Crest Advisory", "named")}
    edit = Change.history(a).filter(action="edit").get()
    assert edit.changes["organisations"] == [["Home Office"], ["Crest Advisory", "Home Office"]]


def test_a_stale_save_changes_nothing_links_included(board, officer, cycles, themes):
    a = save_activity(
        None, {"text": "x", "date": "2021-10", "themes": [themes[1]]}, board=board, user=officer
    )
    save_activity(a, {"title": "first"}, user=officer, base_version=1)
    stale = Activity.objects.get(pk=a.pk)
    stale.version = 1  # read before the first save
    with pytest.raises(StaleEdit):
        save_activity(stale, {"themes": [], "policies": ["Fire Safety Act"]}, user=officer, base_version=1)
    assert list(a.themes.all()) == [themes[1]] and not a.policies.exists()
    assert not Policy.objects.exists()


def test_a_race_between_read_and_save_is_refused_and_rolls_back_links(board, officer, cycles, themes):
    a = save_activity(
        None, {"text": "x", "date": "2021-10", "themes": [themes[1]]}, board=board, user=officer
    )
    Activity.objects.filter(pk=a.pk).update(version=2)  # someone saved after `a` was read
    with pytest.raises(StaleEdit):
        save_activity(a, {"themes": []}, user=officer, base_version=1)
    assert list(Activity.objects.get(pk=a.pk).themes.all()) == [themes[1]]


def test_the_history_is_written_in_the_same_transaction(board, officer, cycles, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("history store down")

    monkeypatch.setattr(Change, "record", broken)
    with pytest.raises(RuntimeError):
        save_activity(None, {"text": "x", "organisations": ["Home Office"]}, board=board, user=officer)
    assert not Activity.objects.exists() and not Organisation.objects.exists()


def test_the_date_decides_the_cycle_and_the_themes(board, officer, cycles, themes):
    old, new = cycles
    a = save_activity(None, {"text": "x", "cycle": new}, board=board, user=officer)
    assert a.cycle == new  # undated: the cycle chosen
    a = save_activity(a, {"date": "2021-02-10", "themes": [themes[0]]}, user=officer, base_version=1)
    assert a.cycle == old  # dated: its date's cycle
    with pytest.raises(ValidationError) as e:
        save_activity(a, {"themes": [themes[1]]}, user=officer, base_version=2)
    assert "themes" in e.value.message_dict
    with pytest.raises(ValidationError) as e:
        save_activity(a, {"cycle": new}, user=officer, base_version=2)
    assert "cycle" in e.value.message_dict
    a = save_activity(a, {"date": None}, user=officer, base_version=2)
    assert a.cycle == old  # undated again: keeps the cycle it had
    a = save_activity(a, {"date": "1999"}, user=officer, base_version=3)
    assert a.cycle == old  # a date outside every cycle: keeps it too


def test_refuses_what_it_cannot_set(board, officer):
    with pytest.raises(ValueError):
        save_activity(None, {"text": "x", "board": board}, board=board, user=officer)
    a = save_activity(None, {"text": "x"}, board=board, user=officer)
    with pytest.raises(ValueError):
        save_activity(a, {"text": "y"}, user=officer)  # no base version


def test_find_or_create_reuses_known_records(db):
    npcc = Organisation.objects.create(name="National Police Chiefs' Council", acronym="NPCC")
    assert find_or_create_organisation("NPCC") == npcc
    assert find_or_create_organisation("national police chiefs council") == npcc
    assert find_or_create_organisation("  ") is None
    bill = Policy.objects.create(title="Building Safety Act", aliases=["Building Safety Bill"])
    assert find_or_create_policy("Building Safety Bill") == bill
    assert find_or_create_policy("Fire Safety Act").kind == "act"
    ann = Person.objects.create(name="Ann Smith", honorific="Cllr")
    assert find_or_create_person("Cllr  Ann Smith") == ann
    assert find_or_create_person("Ann Smith") == ann
    assert Person.objects.count() == 1


def test_cycle_for_date(board, cycles):
    old, new = cycles
    assert cycle_for_date(board, dt.date(2021, 8, 31)) == old
    assert cycle_for_date(board, dt.date(2021, 9, 1)) == new
    assert cycle_for_date(board, dt.date(2030, 1, 1)) is None
    assert cycle_for_date(board, None) is None
