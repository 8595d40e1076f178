import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from boardwork.activities.models import Activity, ActivityOrganisation, Organisation, Policy

pytestmark = pytest.mark.django_db


def test_it_keeps_a_bill_that_becomes_an_act_as_one_record(board):
    bill = Policy.objects.create(title="Domestic Abuse Bill", kind="bill")
    a = Activity.objects.create(board=board, text="Lobbied on the Bill")
    a.policies.add(bill)
    act = bill.became_act("Domestic Abuse Act")
    assert act.pk == bill.pk and Policy.objects.count() == 1
    assert act.kind == "act" and "Domestic Abuse Bill" in act.aliases
    assert Policy.find("Domestic Abuse Bill") == act
    assert list(a.policies.all()) == [act]


def test_it_refuses_to_turn_a_strategy_into_an_act():
    s = Policy.objects.create(title="VAWG Strategy", kind="strategy")
    with pytest.raises(ValidationError):
        s.became_act("VAWG Act")


def test_it_finds_organisations_by_acronym_and_alias():
    nfcc = Organisation.objects.create(name="National Fire Chiefs Council", acronym="NFCC")
    npcc = Organisation.objects.create(
        name="National Police Chiefs' Council", aliases=["National Police Chief's Council"]
    )
    assert Organisation.find("NFCC") == nfcc
    assert Organisation.find("national fire chiefs council") == nfcc
    assert Organisation.find("National Police Chief’s Council") == npcc
    assert Organisation.find("Nobody") is None


def test_it_merges_duplicate_organisations(board):
    keep = Organisation.objects.create(name="Catch22")
    dup = Organisation.objects.create(name="Catch 22")
    a = Activity.objects.create(board=board, text="x")
    ActivityOrganisation.objects.create(activity=a, organisation=dup, role="partner")
    keep.refresh_from_db()
    dup.merge_into(keep)
    assert not Organisation.objects.filter(name="Catch 22").exists()
    assert list(a.organisations.all()) == [keep]
    assert Organisation.find("Catch 22") == keep


def test_it_stores_dates_with_their_precision(board):
    a = Activity(board=board, text="x")
    a.set_date("2020-12")
    assert a.date == dt.date(2020, 12, 1) and a.date_precision == "month"
    assert a.date_iso == "2020-12" and a.date_display == "December 2020"
    a.set_date("2021-05-18")
    assert a.date_display == "18 May 2021"
    a.set_date(None)
    assert a.date is None


def test_it_validates_and_filters_kinds(board):
    a = Activity(board=board, text="x")
    a.kind_list = ["lobbying", "evidence", "lobbying"]
    assert a.kinds == "evidence lobbying"
    a.save()
    Activity.objects.create(board=board, text="y", kinds="event")
    assert list(Activity.objects.of_kind("evidence")) == [a]
    with pytest.raises(ValidationError):
        a.kind_list = ["gossip"]
