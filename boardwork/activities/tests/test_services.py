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


def test_a_body_the_gazetteer_knows_is_one_record_whatever_it_is_called(db):
    apcc = find_or_create_organisation("APCC")
    assert (apcc.name, apcc.acronym, apcc.kind) == (
        "Association of Police and Crime Commissioners",
        "APCC",
        "sector_body",
    )
    assert find_or_create_organisation("Association of Police and Crime Commissioners") == apcc
    dhsc = find_or_create_organisation("Dept of Health & Social Care")
    assert (dhsc.name, dhsc.acronym, dhsc.aliases) == (
        "Department of Health and Social Care",
        "DHSC",
        ["Dept of Health & Social Care"],
    )
    # A form typed otherwise joins the record found, as an alias, with its history entry.
    assert find_or_create_organisation("Department for Health and Social Care") == dhsc
    dhsc.refresh_from_db()
    assert dhsc.aliases == ["Department for Health and Social Care", "Dept of Health & Social Care"]
    assert find_or_create_organisation("the Association of Police and Crime Commissioners") == apcc
    apcc.refresh_from_db()
    assert apcc.aliases == ["the Association of Police and Crime Commissioners"]
    assert [c.action for c in Change.history(apcc)] == ["edit", "created"]
    # A body it does not know is recorded as written.
    local = find_or_create_organisation("Eastmoor Street Pastors")
    assert (local.name, local.acronym, local.kind) == ("Eastmoor Street Pastors", "", "other")
    assert Organisation.objects.count() == 3


def test_an_act_whose_bill_is_recorded_is_the_bill_renamed(db):
    bill = find_or_create_policy("Online Safety Bill")
    assert bill.kind == "bill"
    act = find_or_create_policy("Online Safety Act 2023")
    assert act.pk == bill.pk
    act.refresh_from_db()
    assert (act.title, act.kind, act.aliases) == ("Online Safety Act 2023", "act", ["Online Safety Bill"])
    assert Change.history(act).first().changes == {"title": ["Online Safety Bill", "Online Safety Act 2023"]}
    # The kind a caller knows wins over the guess from the title.
    assert find_or_create_policy("Prevent", kind="strategy").kind == "strategy"
    assert find_or_create_policy("Safer Streets", kind="nonsense").kind == "other"


def test_a_person_made_takes_the_role_and_kind_given(db):
    lead = find_or_create_person("Prevent policy lead", role="Prevent policy lead", kind="officer")
    assert (lead.name, lead.honorific, lead.role, lead.kind) == (
        "Prevent policy lead",
        "",
        "Prevent policy lead",
        "officer",
    )
    assert find_or_create_person("Prevent policy lead", kind="external") == lead


def test_policy_stages_keep_the_title_written_and_the_latest_stage(board, officer, cycles):
    old, _ = cycles
    later = save_activity(
        None,
        {
            "text": "Briefed on report stage",
            "date": "2021-06-10",
            "policies": [("Victims Bill", "report stage")],
        },
        board=board,
        user=officer,
    )
    bill = Policy.objects.get()
    assert later.policy_stages == {str(bill.uid): {"title": "Victims Bill", "stage": "report stage"}}
    assert bill.stage == "report stage"
    # Work dated earlier, entered afterwards, records its own stage but not the policy's current one.
    earlier = save_activity(
        None,
        {"text": "Gave evidence", "date": "2021-02-01", "policies": [("Victims Bill", "second reading")]},
        board=board,
        user=officer,
    )
    bill.refresh_from_db()
    assert earlier.policy_stages[str(bill.uid)]["stage"] == "second reading"
    assert bill.stage == "report stage"
    # A policy listed alone keeps the stage the activity recorded for it; one dropped loses it.
    edited = save_activity(later, {"policies": [bill, "Prevent"]}, user=officer, base_version=later.version)
    prevent = Policy.objects.get(title="Prevent")
    assert edited.policy_stages == {str(bill.uid): {"title": "Victims Bill", "stage": "report stage"}}
    edited = save_activity(edited, {"policies": [prevent]}, user=officer, base_version=edited.version)
    assert Activity.objects.get(pk=edited.pk).policy_stages == {}


def test_a_new_activity_links_each_record_once(board, officer, cycles, themes):
    a = save_activity(
        None,
        {
            "text": "Met the NPCC twice",
            "date": "2021-03",
            "themes": [themes[0], themes[0]],
            "organisations": ["NPCC", ("NPCC", "partner"), ("NPCC", "partner")],
            "policies": ["Fire Safety Act", ("Fire Safety Act", "in force")],
            "people": ["Cllr Ann Smith", "Ann Smith"],
        },
        board=board,
        user=officer,
    )
    assert a.themes.count() == 1
    assert sorted(a.organisation_links.values_list("role", flat=True)) == ["named", "partner"]
    assert a.policies.count() == 1 and a.people.count() == 1
    with pytest.raises(ValueError):
        save_activity(a, {"text": "y"}, user=officer, base_version=a.version, note={"x": [None, 1]})
