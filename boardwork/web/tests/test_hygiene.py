"""Record hygiene: withdrawing and reinstating an activity (gone from counts, papers, search and
exports; kept with its history), merging duplicate activities, people, policies and organisations
(links moved, history on both, the old address leading to the kept record), the board-wide change
log and the sign-off chain page; every page for every persona, with bounded queries."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.urls import reverse

from boardwork.activities import merging, services
from boardwork.activities.models import Activity, ActivityOrganisation, Appointment, Organisation, Policy
from boardwork.boards.models import Change, Meeting, Membership, Person
from boardwork.papers import drafts
from boardwork.papers.compose.records import year_activities
from boardwork.plans.models import Commitment, Feedback
from boardwork.search.models import SearchDoc

from .web_fixtures import client_for, world_fixture  # noqa: F401


def hygiene_pages(w):
    s = w.board.slug
    a = w.activities[0]
    return {
        "changes": reverse("changes", args=[s]) + "?kind=activity",
        "withdrawn": reverse("activities_withdrawn", args=[s]),
        "activity merge": reverse("activity_merge", args=[s, a.uid]),
        "signoff chain": reverse("signoff_chain", args=[s]),
    }


# Who may open each page (written out here, from the issue: officers keep the records clean; the
# board's people see the sign-off chain).
ALLOWED = {
    "changes": {"officer", "admin"},
    "withdrawn": {"officer", "admin"},
    "activity merge": {"officer", "admin"},
    "signoff chain": {"officer", "admin", "member"},
}


@pytest.mark.parametrize("persona", ["officer", "member", "outsider", "anonymous", "admin"])
def test_hygiene_pages_answer_each_persona(world, persona):
    c = client_for(world, persona)
    for name, url in hygiene_pages(world).items():
        r = c.get(url)
        if persona == "anonymous":
            assert r.status_code == 302 and "/sign-in/" in r["Location"], name
        elif persona == "outsider":
            assert r.status_code == 404, name
        elif persona in ALLOWED[name]:
            assert r.status_code == 200, (name, r.status_code)
        else:
            assert r.status_code == 403, (name, r.status_code)


def test_withdrawn_activity_leaves_counts_papers_search_and_exports_and_comes_back(world):
    a = world.activities[0]
    c = client_for(world, "officer")
    assert SearchDoc.objects.filter(kind="activity", object_id=a.pk).exists()
    assert a in year_activities(world.board, world.cycle)
    r = c.post(
        reverse("activity_withdraw", args=[world.board.slug, a.uid]),
        {"reason": "Entered twice", "version": a.version},
    )
    assert r.status_code == 302
    assert not Activity.objects.filter(pk=a.pk).exists()
    assert Activity.all_objects.get(pk=a.pk).withdrawn_reason == "Entered twice"
    assert a not in year_activities(world.board, world.cycle)
    assert not SearchDoc.objects.filter(kind="activity", object_id=a.pk).exists()
    assert not world.theme2.activities.accepted().filter(pk=a.pk).exists()
    r = c.get(reverse("export-activities", args=[world.board.slug, "csv"]))
    csv = b"".join(r.streaming_content).decode()
    assert "Activity 0" not in csv and "Activity 1" in csv
    log = c.get(reverse("activities", args=[world.board.slug])).content.decode()
    assert "Activity 0" not in log
    # Officers still find it (its page, the withdrawn list); members do not.
    page = c.get(a.get_absolute_url()).content.decode()
    assert "Withdrawn on" in page and "Entered twice" in page
    assert "Activity 0" in c.get(reverse("activities_withdrawn", args=[world.board.slug])).content.decode()
    assert client_for(world, "member").get(a.get_absolute_url()).status_code == 404
    assert [ch.action for ch in Change.history(a)][:1] == ["withdrawn"]
    assert c.post(reverse("activity_reinstate", args=[world.board.slug, a.uid])).status_code == 302
    assert Activity.objects.filter(pk=a.pk).exists()
    assert SearchDoc.objects.filter(kind="activity", object_id=a.pk).exists()
    assert [ch.action for ch in Change.history(a)][:2] == ["reinstated", "withdrawn"]


def test_a_stale_withdraw_is_refused(world):
    a = world.activities[0]
    c = client_for(world, "officer")
    c.post(reverse("activity_withdraw", args=[world.board.slug, a.uid]), {"version": a.version + 5})
    assert Activity.objects.filter(pk=a.pk).exists()


def test_members_cannot_withdraw_or_merge(world):
    a = world.activities[0]
    c = client_for(world, "member")
    assert (
        c.post(reverse("activity_withdraw", args=[world.board.slug, a.uid]), {"version": 1}).status_code
        == 403
    )
    assert c.post(reverse("activity_reinstate", args=[world.board.slug, a.uid])).status_code == 403
    assert Activity.objects.filter(pk=a.pk).exists()


def test_merging_duplicate_activities_moves_links_and_leaves_a_trail(world):
    keep, dup = world.activities[0], world.activities[4]  # 1 and 5 September: likely duplicates
    other = Organisation.objects.create(name="Victims' Commissioner")
    ActivityOrganisation.objects.create(activity=dup, organisation=other, role="audience")
    person = Person.objects.create(name="Ann Smith")
    dup.people.add(person)
    c = client_for(world, "officer")
    url = reverse("activity_merge", args=[world.board.slug, dup.uid])
    assert str(keep.uid) in c.get(url).content.decode()
    r = c.post(url, {"keep": str(keep.uid)})
    assert r.status_code == 302 and r["Location"] == keep.get_absolute_url()
    assert not Activity.objects.filter(pk=dup.pk).exists()
    assert Activity.all_objects.get(pk=dup.pk).withdrawn_reason.startswith("Merged into")
    links = set(ActivityOrganisation.objects.filter(activity=keep).values_list("organisation__name", "role"))
    # Shared links are not doubled; the duplicate's own ones arrive with their roles.
    assert links == {
        ("Home Office", "partner"),
        ("National Police Chiefs' Council", "named"),
        ("Victims' Commissioner", "audience"),
    }
    assert list(keep.people.all()) == [person]
    assert Change.history(keep).first().action == "merged"
    # The duplicate's old address leads a member to the one kept; officers see it, withdrawn.
    old = client_for(world, "member").get(reverse("activity", args=[world.board.slug, dup.uid]))
    assert old.status_code == 302 and old["Location"] == keep.get_absolute_url()
    assert "Merged into" in c.get(reverse("activity", args=[world.board.slug, dup.uid])).content.decode()
    # Its history stays in the board's change log.
    assert (
        str(dup.uid)
        in c.get(reverse("changes", args=[world.board.slug]) + "?action=merged+away").content.decode()
    )
    # The duplicate is gone: merging it again finds nothing.
    assert c.post(url, {"keep": str(keep.uid)}).status_code == 404


def test_merging_people_moves_every_link(world, admin_user):
    keep = Person.objects.create(name="Nesil Caliskan", honorific="Cllr")
    dup = Person.objects.create(name="Nesil Caliskan", council="Enfield")
    Membership.objects.create(board=world.board, person=dup, role="chair")
    Appointment.objects.create(board=world.board, person=dup, organisation=world.org)
    m = Meeting.objects.create(board=world.board, date=dt.date(2021, 10, 5))
    m.attendees.add(dup, keep)
    world.commitment.owner = dup
    world.commitment.save()
    Feedback.objects.create(cycle=world.cycle, text="More on knife crime", person=dup)
    world.activities[0].people.add(dup)
    # Also on the other board, which this officer does not support: an administrator merges.
    Membership.objects.create(board=world.other, person=dup, role="member")
    c = client_for(world, "admin")
    url = reverse("person_merge", args=[world.board.slug, dup.uid])
    refused = client_for(world, "officer").post(url, {"keep": str(keep.uid)})
    assert refused.status_code == 403 and b"administrator" in refused.content
    r = c.post(url, {"keep": str(keep.uid)})
    assert r.status_code == 302
    assert not Person.objects.filter(pk=dup.pk).exists()
    assert Membership.objects.get(board=world.board, role="chair").person == keep
    assert Appointment.objects.get().person == keep
    assert list(m.attendees.all()) == [keep]  # not twice
    assert Commitment.objects.get(pk=world.commitment.pk).owner == keep
    assert Feedback.objects.get(text="More on knife crime").person == keep
    assert keep in world.activities[0].people.all()
    keep.refresh_from_db()
    assert keep.council == "Enfield" and keep.honorific == "Cllr"
    old = c.get(reverse("person", args=[world.board.slug, dup.uid]))
    assert old.status_code == 302 and str(keep.uid) in old["Location"]


def test_merging_policies_keeps_the_stage_each_activity_reported(world):
    dup = Policy.objects.create(title="Domestic Abuse Act 2021", kind="act")
    a = world.activities[1]
    a.policies.add(dup)
    a.policy_stages = {str(dup.uid): {"title": "Domestic Abuse Act 2021", "stage": "Royal Assent"}}
    a.save()
    world.other_activity.policies.add(dup)  # the other board uses it too: an administrator merges
    c = client_for(world, "admin")
    url = reverse("policy_merge", args=[dup.uid])
    assert client_for(world, "officer").post(url, {"into": "Domestic Abuse Bill"}).status_code == 403
    assert c.post(url, {"into": "Domestic Abuse Bill"}).status_code == 302
    assert not Policy.objects.filter(pk=dup.pk).exists()
    world.policy.refresh_from_db()
    assert "Domestic Abuse Act 2021" in world.policy.aliases
    a.refresh_from_db()
    assert list(a.policies.all()) == [world.policy]
    assert a.policy_stages[str(world.policy.uid)]["stage"] == "Royal Assent"
    assert Change.history(world.policy).first().action == "merged"


def test_merging_organisations_moves_appointments_and_redirects(world, admin_user):
    dup = Organisation.objects.create(name="NPCC (National Police Chiefs Council)")
    p = Person.objects.create(name="Ann Smith")
    Appointment.objects.create(board=world.board, person=p, organisation=dup)
    c = client_for(world, "admin")
    r = c.post(reverse("organisation_merge", args=[dup.uid]), {"into": "NPCC"})
    assert r.status_code == 302
    assert Appointment.objects.get(person=p).organisation == world.org2
    old = c.get(reverse("organisation", args=[dup.uid]))
    assert old.status_code == 302 and old["Location"] == world.org2.get_absolute_url()


def test_change_log_shows_the_boards_changes_filtered_and_paged(world):
    c = client_for(world, "officer")
    officer = world.users["officer"]
    for a in world.activities[:3]:
        services.withdraw_activity(a, reason="tidy", user=officer)
    services.withdraw_activity(world.other_activity, reason="not ours")
    url = reverse("changes", args=[world.board.slug])
    html = c.get(url + "?action=withdrawn").content.decode()
    assert html.count("Withdrawn</td>") == 3 and "officer" in html
    assert "not ours" not in html  # another board's change
    html = c.get(url + "?kind=theme").content.decode()
    assert "Withdrawn</td>" not in html
    html = c.get(url + "?user=officer&action=withdrawn").content.decode()
    assert html.count("Withdrawn</td>") == 3


def test_change_log_queries_are_bounded(world, django_assert_max_num_queries):
    officer = world.users["officer"]
    for a in world.activities:
        services.withdraw_activity(a, user=officer)
        services.reinstate_activity(a, user=officer)
    c = client_for(world, "officer")
    c.get(reverse("changes", args=[world.board.slug]))
    with django_assert_max_num_queries(12):
        assert c.get(reverse("changes", args=[world.board.slug])).status_code == 200
    with django_assert_max_num_queries(12):
        assert c.get(reverse("activities_withdrawn", args=[world.board.slug])).status_code == 200
    with django_assert_max_num_queries(12):
        assert c.get(reverse("signoff_chain", args=[world.board.slug])).status_code == 200
    with django_assert_max_num_queries(12):
        url = reverse("activity_merge", args=[world.board.slug, world.activities[1].uid])
        assert c.get(url).status_code == 200


def test_officer_sets_the_signoff_chain_and_drafts_follow_it(world):
    c = client_for(world, "officer")
    url = reverse("signoff_chain", args=[world.board.slug])
    assert drafts.chain_for(world.board) == ["officer"]
    r = c.post(url, {"step1": "officer", "step2": "chair"})
    assert r.status_code == 302
    assert drafts.chain_for(world.board) == ["officer", "chair"]
    assert Change.history(world.board).first().changes["signoff_chain"] == [[], ["officer", "chair"]]
    assert c.post(url, {"step1": "chair", "step2": "chair"}).status_code == 400
    assert drafts.chain_for(world.board) == ["officer", "chair"]
    assert client_for(world, "member").post(url, {"step1": "member"}).status_code == 403
    assert drafts.chain_for(world.board) == ["officer", "chair"]
    assert "Chair" in client_for(world, "member").get(url).content.decode()


# -- the board column of the history ---------------------------------------------------------------


def test_history_entries_carry_their_records_board_and_the_log_is_one_query(world, django_assert_num_queries):
    from boardwork.boards import services as board_services
    from boardwork.plans.models import ProgressUpdate

    u = ProgressUpdate.objects.create(commitment=world.commitment, quarter=4, rag="red")
    entry = Change.record(u, action="progress update")
    assert entry.board_id == world.board.pk  # found through commitment → theme → cycle → board
    assert Change.record(world.org).board_id is None  # a shared record belongs to no one board
    with django_assert_num_queries(1):
        rows = list(board_services.board_changes(world.board)[:50])
    assert entry in rows


def test_a_merged_away_themes_history_stays_on_its_boards_change_log(world):
    from boardwork.boards import services as board_services
    from boardwork.plans import services as plan_services
    from boardwork.plans.models import Theme

    source = plan_services.create_theme(world.cycle, title="Folded away", user=world.users["officer"])
    created = Change.history(source).get(action="created")
    plan_services.merge_themes(source, world.theme, user=world.users["officer"])
    assert not Theme.objects.filter(pk=source.pk).exists()
    log = list(board_services.board_changes(world.board, kind="theme"))
    assert created in log and any(c.action == "merged" and c.object_uid == source.uid for c in log)


def test_entries_without_a_board_get_it_from_their_record(world):
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    from boardwork.boards.models import fill_change_boards

    a = world.activities[0]
    entry = Change.record(a, action="edit")
    Change.objects.filter(pk=entry.pk).update(board=None)  # as entries written before the column
    fill_change_boards(Change, apps.get_model, ContentType)
    assert Change.objects.get(pk=entry.pk).board_id == world.board.pk


# -- who merges shared records -----------------------------------------------------------------------

MERGE_PERSONAS = {"officer": 302, "member": 403, "outsider": 403, "admin": 302, "nobody": 403}


@pytest.mark.parametrize("persona", sorted(MERGE_PERSONAS))
def test_an_officer_merges_shared_records_only_their_boards_use(world, persona):
    # Both organisations are used by this board alone: its officer may merge them (the outsider is
    # an officer of the other board only; a member edits nothing).
    dup = Organisation.objects.create(name="National Police Chiefs' Council (dup)")
    ActivityOrganisation.objects.create(activity=world.activities[2], organisation=dup)
    c = client_for(world, persona)
    r = c.post(reverse("organisation_merge", args=[dup.uid]), {"into": "NPCC"})
    assert r.status_code == MERGE_PERSONAS[persona]
    assert Organisation.objects.filter(pk=dup.pk).exists() == (MERGE_PERSONAS[persona] != 302)


def test_an_officer_is_told_who_can_merge_a_record_other_boards_use(world):
    from boardwork.boards import permissions

    ActivityOrganisation.objects.create(activity=world.other_activity, organisation=world.org)
    officer = client_for(world, "officer")
    page = officer.get(reverse("organisation", args=[world.org.uid])).content.decode()
    assert "Merge into that organisation" not in page and "ask an administrator" in page
    dup = Organisation.objects.create(name="Home Office (dup)")
    r = officer.post(reverse("organisation_merge", args=[dup.uid]), {"into": world.org.name})
    assert r.status_code == 403 and "ask an administrator" in r.content.decode()
    assert Organisation.objects.filter(pk=dup.pk).exists()
    assert permissions.may_merge_shared(world.users["admin"], world.org, dup)
    # A person on this board alone: the officer merges from the board's people pages.
    keep = Person.objects.create(name="Sam Jones")
    twin = Person.objects.create(name="Sam Jones")
    Membership.objects.create(board=world.board, person=twin, role="member")
    r = officer.post(reverse("person_merge", args=[world.board.slug, twin.uid]), {"keep": str(keep.uid)})
    assert r.status_code == 302 and not Person.objects.filter(pk=twin.pk).exists()


def test_the_change_log_is_under_no_tab_and_draft_pages_under_papers(world):
    c = client_for(world, "officer")
    current = re.compile(
        r'<a class="govuk-service-navigation__link" href="[^"]*" aria-current="page">([^<]+)</a>'
    )
    assert current.findall(c.get(reverse("changes", args=[world.board.slug])).content.decode()) == []
    draft = drafts.save_draft(world.board, "end_of_year", world.cycle, world.users["officer"])
    page = c.get(reverse("draft", args=[world.board.slug, draft.uid])).content.decode()
    assert current.findall(page) == ["Papers"]


def test_a_merged_away_shared_record_stays_on_the_change_log_of_each_board_it_touched(world):
    from boardwork.boards import services as board_services

    dup = Organisation.objects.create(name="Home Office (entered twice)")
    ActivityOrganisation.objects.create(activity=world.activities[1], organisation=dup)
    ActivityOrganisation.objects.create(activity=world.other_activity, organisation=dup)
    merging.merge_organisations(dup, world.org2, user=world.users["admin"])
    for board in (world.board, world.other):
        entries = [c for c in board_services.board_changes(board) if c.object_uid == dup.uid]
        assert [c.action for c in entries] == ["merged away"]
    # The organisation's own history tells it once.
    assert [c.action for c in Change.objects.filter(object_uid=dup.uid, board__isnull=True)] == [
        "merged away"
    ]
    assert merging.merged_into(Organisation, dup.uid) == world.org2
