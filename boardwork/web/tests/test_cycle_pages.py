"""Running the cycle in the web app: the plan (themes, commitments), the quarter grid, drafting next
year's plan, meetings, agenda, attendance and actions; every page for every persona."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.urls import reverse

from boardwork.boards.models import Action, AgendaItem, Change, Meeting, Person
from boardwork.plans.models import Commitment, Feedback, ProgressUpdate, Theme

from .web_fixtures import client_for, world_fixture  # noqa: F401


@pytest.fixture
def meeting(world):
    m = Meeting.objects.create(
        board=world.board, cycle=world.cycle, date=dt.date(2021, 10, 5), place="Smith Square"
    )
    AgendaItem.objects.create(meeting=m, number="1", title="Welcome", order=1)
    Action.objects.create(
        meeting=m, text="Write to the Home Office", owner="Sam Taylor", due=dt.date(2021, 11, 1)
    )
    return m


def read_pages(w, m):
    s = w.board.slug
    a = m.actions.first()
    return {
        "plan": reverse("plan", args=[s]),
        "quarter": reverse("quarter", args=[s, 2]) + "?cycle=2021/22",
        "meetings": reverse("meetings", args=[s]),
        "meeting": reverse("meeting", args=[s, m.uid]),
        "actions": reverse("actions", args=[s]) + "?status=open&owner=sam",
        # Officers' pages: members get 403.
        "draft": reverse("plan_draft", args=[s]),
        "cycle add": reverse("cycle_add", args=[s]),
        "theme add": reverse("theme_add", args=[s]),
        "theme edit": reverse("theme_edit", args=[s, w.theme.uid]),
        "theme merge": reverse("theme_merge", args=[s, w.theme2.uid]),
        "commitment add": reverse("commitment_add", args=[s, w.theme.uid]),
        "meeting add": reverse("meeting_add", args=[s]),
        "meeting edit": reverse("meeting_edit", args=[s, m.uid]),
        "agenda add": reverse("agenda_item_add", args=[s, m.uid]),
        "agenda edit": reverse("agenda_item_edit", args=[s, m.agenda.first().uid]),
        "action add": reverse("action_add", args=[s, m.uid]),
        "action edit": reverse("action_edit", args=[s, a.uid]),
    }


MEMBER_READS = {"plan", "quarter", "meetings", "meeting", "actions"}


@pytest.mark.parametrize("persona", ["officer", "member", "outsider", "anonymous", "admin"])
def test_every_page_answers_each_persona_as_the_access_rules_say(world, meeting, persona):
    c = client_for(world, persona)
    for name, url in read_pages(world, meeting).items():
        r = c.get(url)
        if persona == "anonymous":
            assert r.status_code == 302 and "/sign-in/" in r["Location"], name
        elif persona == "outsider":
            assert r.status_code == 404, name
        elif persona == "member" and name not in MEMBER_READS:
            assert r.status_code == 403, name
        else:
            assert r.status_code == 200, (name, r.status_code)


def write_posts(w, m):
    s = w.board.slug
    a = m.actions.first()
    return [
        (reverse("cycle_add", args=[s]), {"label": "2022/23", "start": "2022-09-01", "end": "2023-08-31"}),
        (reverse("theme_add", args=[s]), {"title": "Fire safety", "cycle": "2021/22"}),
        (reverse("theme_move", args=[s, w.theme2.uid]), {"direction": "up"}),
        (reverse("theme_retire", args=[s, w.theme2.uid]), {}),
        (reverse("theme_merge", args=[s, w.theme2.uid]), {"into": str(w.theme.uid)}),
        (reverse("commitment_add", args=[s, w.theme.uid]), {"title": "New work", "state": "planned"}),
        (reverse("quarter", args=[s, 2]), {"cycle": "2021/22", f"c{w.commitment.uid}-rag": "green"}),
        (
            reverse("feedback_answer", args=[s, Feedback.objects.first().uid]),
            {"commitments": [str(w.commitment.uid)]},
        ),
        (
            reverse("carry_forward", args=[s, w.old_commitment.uid]),
            {"theme": str(w.theme.uid), "cycle": "2021/22"},
        ),
        (reverse("meeting_add", args=[s]), {"date": "2021-12-01", "place": "Online"}),
        (reverse("agenda_item_add", args=[s, m.uid]), {"title": "Work plan"}),
        (reverse("action_add", args=[s, m.uid]), {"text": "Brief members"}),
        (reverse("action_edit", args=[s, a.uid]), {"what": "close", "status": "done"}),
    ]


@pytest.mark.parametrize("persona", ["member", "outsider", "anonymous"])
def test_only_officers_can_change_the_plan_or_the_meetings(world, meeting, persona):
    c = client_for(world, persona)
    n_changes = Change.objects.count()
    for url, data in write_posts(world, meeting):
        r = c.post(url, data)
        expected = {"member": 403, "outsider": 404, "anonymous": 302}[persona]
        assert r.status_code == expected, url
    assert Change.objects.count() == n_changes
    assert Theme.objects.filter(title="Fire safety").count() == 0
    assert Action.objects.get(pk=meeting.actions.first().pk).status == "open"


def test_officer_writes_each_keep_history(world, meeting):
    c = client_for(world, "officer")
    for url, data in write_posts(world, meeting):
        before = Change.objects.count()
        r = c.post(url, data)
        assert r.status_code == 302, (url, r.content[:3000])
        assert Change.objects.count() > before, url


# -- the plan ------------------------------------------------------------------------------------


def test_a_plan_starts_from_scratch_with_a_new_cycle(world):
    from boardwork.boards.models import Board, Cycle

    Board.objects.create(name="New Board", slug="new")
    c = client_for(world, "admin")
    page = c.get(reverse("plan", args=["new"])).content.decode()
    assert "This board has no cycles yet" in page and reverse("cycle_add", args=["new"]) in page
    r = c.post(
        reverse("cycle_add", args=["new"]), {"label": "2022/23", "start": "2022-09-01", "end": "2023-08-31"}
    )
    assert r.status_code == 302
    cycle = Cycle.objects.get(board__slug="new")
    assert (cycle.label, cycle.start) == ("2022/23", dt.date(2022, 9, 1))
    assert Change.history(cycle).filter(action="created").exists()
    # The same label again, or an end before the start, is refused.
    r = c.post(
        reverse("cycle_add", args=["new"]), {"label": "2022/23", "start": "2023-09-01", "end": "2024-08-31"}
    )
    assert r.status_code == 400 and b"There is already a cycle called 2022/23" in r.content
    r = c.post(
        reverse("cycle_add", args=["new"]), {"label": "2024/25", "start": "2024-09-01", "end": "2024-08-31"}
    )
    assert r.status_code == 400
    assert Cycle.objects.filter(board__slug="new").count() == 1


def test_officer_builds_a_plan_with_lineage_and_the_meeting_that_agreed_it(world, meeting):
    c = client_for(world, "officer")
    r = c.post(
        reverse("theme_add", args=["sscb"]),
        {
            "cycle": "2021/22",
            "title": "Serious violence",
            "continues": world.old_theme.pk,
            "agreed_at": meeting.pk,
        },
    )
    assert r.status_code == 302
    t = Theme.objects.get(title="Serious violence")
    assert t.cycle == world.cycle and t.continues == world.old_theme and t.agreed_at == meeting
    assert t.order == 3  # after the two themes already there
    page = c.get(reverse("plan", args=["sscb"]) + "?cycle=2021/22").content.decode()
    sections = [page.index(f'id="theme-{x.uid}"') for x in (world.theme, world.theme2, t)]
    assert sections == sorted(sections)
    assert "Carries on from" in page and "5 October 2021" in page
    page = c.get(reverse("theme", args=["sscb", t.uid])).content.decode()
    assert "Agreed at the meeting of" in page and meeting.get_absolute_url() in page


def test_a_theme_cannot_continue_a_later_or_same_year_theme(world):
    c = client_for(world, "officer")
    r = c.post(
        reverse("theme_add", args=["sscb"]),
        {"cycle": "2020/21", "title": "Backwards", "continues": world.theme.pk},
    )
    assert r.status_code == 400
    assert not Theme.objects.filter(title="Backwards").exists()


def test_rename_refuses_a_stale_version(world):
    url = reverse("theme_edit", args=["sscb", world.theme.uid])
    data = {"title": "Community safety and resilience", "description": "", "version": "1"}
    assert client_for(world, "officer").post(url, data).status_code == 302
    r = client_for(world, "admin").post(url, {**data, "title": "Stale"})
    assert r.status_code == 409
    world.theme.refresh_from_db()
    assert world.theme.title == "Community safety and resilience"


def test_reorder_moves_a_theme_up(world):
    client_for(world, "officer").post(
        reverse("theme_move", args=["sscb", world.theme2.uid]), {"direction": "up"}
    )
    assert list(
        Theme.objects.filter(cycle=world.cycle).order_by("order").values_list("title", flat=True)
    ) == [
        "Counter-extremism",
        "Community safety",
    ]


def test_merge_moves_commitments_activities_and_feedback_and_removes_the_theme(world):
    Commitment.objects.create(theme=world.theme2, title="Prevent training")
    fb = Feedback.objects.create(cycle=world.cycle, theme=world.theme2, text="More on Prevent")
    n_acts = world.theme.activities.count() + world.theme2.activities.count()
    r = client_for(world, "officer").post(
        reverse("theme_merge", args=["sscb", world.theme2.uid]), {"into": str(world.theme.uid)}
    )
    assert r.status_code == 302
    assert not Theme.objects.filter(pk=world.theme2.pk).exists()
    assert world.theme.commitments.filter(title="Prevent training").exists()
    assert world.theme.activities.count() == n_acts
    fb.refresh_from_db()
    assert fb.theme == world.theme
    assert Change.history(world.theme).filter(action="merged").exists()


def test_retired_theme_is_marked_and_can_come_back(world):
    c = client_for(world, "officer")
    c.post(reverse("theme_retire", args=["sscb", world.theme2.uid]))
    world.theme2.refresh_from_db()
    assert world.theme2.retired_on == dt.date.today()
    assert "Retired" in c.get(reverse("plan", args=["sscb"]) + "?cycle=2021/22").content.decode()
    # A retired theme takes no new work.
    r = c.post(
        reverse("commitment_add", args=["sscb", world.theme2.uid]), {"title": "Late idea", "state": "planned"}
    )
    assert r.status_code == 400 and "is retired" in r.content.decode()
    assert not Commitment.objects.filter(title="Late idea").exists()
    c.post(reverse("theme_retire", args=["sscb", world.theme2.uid]), {"undo": "1"})
    world.theme2.refresh_from_db()
    assert world.theme2.retired_on is None


def test_add_commitment_with_owner_lead_due_and_carried_from(world):
    lead = Person.objects.get(user=world.users["officer"])
    r = client_for(world, "officer").post(
        reverse("commitment_add", args=["sscb", world.theme.uid]),
        {
            "title": "Publish a knife crime guide",
            "owner_name": "Safer communities team",
            "lead_officer": lead.pk,
            "due": "2022-03-31",
            "state": "on_track",
            "delay_reason": "Waiting for Home Office data",
            "carried_from": world.old_commitment.pk,
        },
    )
    assert r.status_code == 302
    c = Commitment.objects.get(title="Publish a knife crime guide")
    assert (c.theme, c.lead_officer, c.due, c.state) == (world.theme, lead, dt.date(2022, 3, 31), "on_track")
    assert c.carried_from == world.old_commitment and c.owner_name == "Safer communities team"


def test_commitment_cannot_carry_from_a_later_cycle(world):
    r = client_for(world, "officer").post(
        reverse("commitment_add", args=["sscb", world.old_theme.uid]),
        {"title": "Backwards", "state": "planned", "carried_from": world.commitment.pk},
    )
    assert r.status_code == 400
    assert not Commitment.objects.filter(title="Backwards").exists()


def test_commitment_page_lists_the_activities_that_deliver_it(world):
    a = world.activities[1]
    a.commitment = world.commitment
    a.save()
    page = client_for(world, "member").get(reverse("commitment", args=["sscb", world.commitment.uid])).content
    assert b"Activities that deliver it" in page
    assert reverse("activity", args=["sscb", a.uid]).encode() in page
    assert reverse("activity", args=["sscb", world.activities[2].uid]).encode() not in page


# -- the quarter grid ----------------------------------------------------------------------------


def test_quarter_grid_shows_last_quarters_rating_beside_each_commitment(world):
    page = (
        client_for(world, "officer")
        .get(reverse("quarter", args=["sscb", 2]) + "?cycle=2021/22")
        .content.decode()
    )
    assert "Q1 Amber" in page and "Delayed by Covid-19" in page
    assert f'name="c{world.commitment.uid}-rag"' in page
    # No rating is chosen for a quarter not yet rated.
    assert f'name="c{world.commitment.uid}-rag" type="radio" value="green" checked' not in page


def test_quarter_grid_saves_every_row_in_one_go_and_skips_blank_rows(world):
    other = Commitment.objects.create(theme=world.theme2, title="Counter-extremism network")
    third = Commitment.objects.create(theme=world.theme2, title="Left blank")
    r = client_for(world, "officer").post(
        reverse("quarter", args=["sscb", 2]),
        {
            "cycle": "2021/22",
            f"c{world.commitment.uid}-rag": "green",
            f"c{world.commitment.uid}-commentary": "Back on track",
            f"c{other.uid}-rag": "red",
            f"c{other.uid}-commentary": "Funding cut",
            f"c{third.uid}-rag": "",
        },
    )
    assert r.status_code == 302
    assert ProgressUpdate.objects.get(commitment=world.commitment, quarter=2).commentary == "Back on track"
    assert ProgressUpdate.objects.get(commitment=other, quarter=2).rag == "red"
    assert not ProgressUpdate.objects.filter(commitment=third).exists()


def test_quarter_grid_saved_again_edits_the_quarters_update_with_history(world):
    url = reverse("quarter", args=["sscb", 1])
    c = client_for(world, "officer")
    r = c.post(
        url,
        {
            "cycle": "2021/22",
            f"c{world.commitment.uid}-rag": "red",
            f"c{world.commitment.uid}-commentary": "Worse",
        },
    )
    assert r.status_code == 302
    q1 = ProgressUpdate.objects.filter(commitment=world.commitment, quarter=1)
    assert q1.count() == 1 and q1.get().rag == "red"
    assert Change.history(q1.get()).filter(action="edit").exists()
    # Saving the same again writes nothing new.
    n = Change.objects.count()
    c.post(
        url,
        {
            "cycle": "2021/22",
            f"c{world.commitment.uid}-rag": "red",
            f"c{world.commitment.uid}-commentary": "Worse",
        },
    )
    assert Change.objects.count() == n


def test_quarter_grid_refuses_commentary_without_a_rating_and_saves_nothing(world):
    other = Commitment.objects.create(theme=world.theme2, title="Second")
    r = client_for(world, "officer").post(
        reverse("quarter", args=["sscb", 2]),
        {
            "cycle": "2021/22",
            f"c{world.commitment.uid}-rag": "green",
            f"c{other.uid}-commentary": "Forgot the rating",
        },
    )
    assert r.status_code == 400
    assert b"Choose a RAG rating" in r.content and b"govuk-error-summary" in r.content
    assert not ProgressUpdate.objects.filter(quarter=2).exists()


def test_quarter_grid_labels_every_control_and_its_errors_link_to_them(world):
    """The grid's ids are short (the row's number), so check what they tie together: each label
    names an input of the page, each rating group is described by its row's heading, and the
    error summary links to the row's first rating."""
    Commitment.objects.create(theme=world.theme2, title="Second")
    c = client_for(world, "officer")
    pages = [
        c.get(reverse("quarter", args=["sscb", 2]) + "?cycle=2021/22").content.decode(),
        c.post(
            reverse("quarter", args=["sscb", 2]),
            {"cycle": "2021/22", f"c{world.commitment.uid}-commentary": "No rating"},
        ).content.decode(),
    ]
    for page in pages:
        ids = re.findall(r' id="([^"]+)"', page)
        assert len(ids) == len(set(ids))
        inputs = set(re.findall(r'<(?:input|textarea) [^>]*id="([^"]+)"', page))
        targets = re.findall(r'<label [^>]*for="([^"]+)"', page)
        assert len(targets) >= 12 and set(targets) <= set(ids)
        assert {t for t in targets if t != "cycle"} <= inputs
        for described in re.findall(r'aria-describedby="([^"]+)"', page):
            assert re.search(rf'<th scope="row"[^>]* id="{described}"', page)
        # Five ratings and a commentary a row, each input named after its commitment.
        assert page.count(f'name="c{world.commitment.uid}-rag"') == 5
        assert page.count(f'name="c{world.commitment.uid}-commentary"') == 1
    links = re.findall(r'<a href="#([^"]+)">', pages[1])
    assert links and all(f'id="{link}"' in pages[1] for link in links)


def test_quarter_outside_one_to_four_is_not_found(world):
    assert client_for(world, "officer").get(reverse("quarter", args=["sscb", 5])).status_code == 404


# -- drafting next year's plan -------------------------------------------------------------------


def test_draft_shows_feedback_beside_the_plan_and_records_its_answer(world):
    c = client_for(world, "officer")
    fb = Feedback.objects.get(text="Focus on serious violence")
    page = c.get(reverse("plan_draft", args=["sscb"]) + "?cycle=2021/22").content.decode()
    assert "Focus on serious violence" in page and "Not yet answered" in page
    r = c.post(
        reverse("feedback_answer", args=["sscb", fb.uid]),
        {"cycle": "2021/22", "commitments": [str(world.commitment.uid)]},
    )
    assert r.status_code == 302
    assert list(fb.answered_by.all()) == [world.commitment]
    page = c.get(reverse("plan_draft", args=["sscb"]) + "?cycle=2021/22").content.decode()
    assert "Not yet answered" not in page
    # The answer's select shows the commitment chosen, and only it.
    select = re.search(rf'<select[^>]*id="answer-{fb.uid}".*?</select>', page, re.S).group(0)
    assert re.findall(r'<option value="([^"]+)" selected>', select) == [str(world.commitment.uid)]
    assert f"{world.commitment.theme.title}: " in select


def test_feedback_cannot_be_answered_with_another_boards_commitment(world):
    from boardwork.boards.models import Cycle

    other_theme = Theme.objects.create(cycle=Cycle.objects.get(board=world.other), title="Fire")
    foreign = Commitment.objects.create(theme=other_theme, title="Fire work")
    fb = Feedback.objects.get(text="Focus on serious violence")
    client_for(world, "officer").post(
        reverse("feedback_answer", args=["sscb", fb.uid]), {"commitments": [str(foreign.uid)]}
    )
    assert not fb.answered_by.exists()


def test_slipped_work_is_proposed_and_carried_forward_with_its_reason(world):
    slipped = Commitment.objects.create(
        theme=world.old_theme, title="Update the ASB toolkit", state="at_risk", delay_reason=""
    )
    c = client_for(world, "officer")
    page = c.get(reverse("plan_draft", args=["sscb"]) + "?cycle=2021/22").content.decode()
    assert reverse("carry_forward", args=["sscb", slipped.uid]) in page
    # Already carried forward: not proposed again.
    assert reverse("carry_forward", args=["sscb", world.old_commitment.uid]) not in page
    r = c.post(
        reverse("carry_forward", args=["sscb", slipped.uid]),
        {"cycle": "2021/22", "theme": str(world.theme.uid), "reason": "Officers diverted to Covid-19 work"},
    )
    assert r.status_code == 302
    new = Commitment.objects.get(theme=world.theme, carried_from=slipped)
    assert new.delay_reason == "Officers diverted to Covid-19 work"
    slipped.refresh_from_db()
    assert slipped.state == "deferred"
    page = c.get(reverse("plan_draft", args=["sscb"]) + "?cycle=2021/22").content.decode()
    assert "Nothing left to carry forward" in page


def test_complete_work_is_not_carried_forward(world):
    done = Commitment.objects.create(theme=world.old_theme, title="Done already", state="complete")
    client_for(world, "officer").post(
        reverse("carry_forward", args=["sscb", done.uid]), {"cycle": "2021/22", "theme": str(world.theme.uid)}
    )
    assert not Commitment.objects.filter(carried_from=done).exists()


# -- meetings and actions ------------------------------------------------------------------------


def test_officer_runs_a_meeting_agenda_attendance_and_actions(world, meeting):
    c = client_for(world, "officer")
    member = Person.objects.get(user=world.users["member"])
    officer = Person.objects.get(user=world.users["officer"])
    r = c.post(
        reverse("meeting_add", args=["sscb"]),
        {"date": "2022-01-20", "start_time": "11:00", "place": "18 Smith Square", "title": "Board",
         "attendees": [member.pk], "apologies": [officer.pk]},
    )  # fmt: skip
    assert r.status_code == 302
    m = Meeting.objects.get(date=dt.date(2022, 1, 20))
    assert m.cycle == world.cycle  # the date decides the cycle
    assert list(m.attendees.all()) == [member] and list(m.apologies.all()) == [officer]
    c.post(reverse("agenda_item_add", args=["sscb", m.uid]), {"title": "Minutes"})
    c.post(
        reverse("agenda_item_add", args=["sscb", m.uid]), {"title": "Work plan", "report_kind": "work_plan"}
    )
    c.post(
        reverse("agenda_item_add", args=["sscb", m.uid]), {"title": "End of year", "paper": world.paper.pk}
    )
    assert [(i.number, i.title) for i in m.agenda.all()] == [
        ("1", "Minutes"),
        ("2", "Work plan"),
        ("3", "End of year"),
    ]
    last = m.agenda.get(title="End of year")
    c.post(reverse("agenda_item_edit", args=["sscb", last.uid]), {"move": "up"})
    assert [i.title for i in m.agenda.all()] == ["Minutes", "End of year", "Work plan"]
    page = c.get(m.get_absolute_url()).content.decode()
    assert "Work plan (composed)" in page and "End of year report &lt;2021&gt;" in page
    assert page.index("Minutes") < page.index("End of year report") < page.index("Work plan (composed)")
    assert "Apologies" in page and "Officer" in page


def test_both_attended_and_apologised_is_refused(world):
    p = Person.objects.get(user=world.users["member"])
    r = client_for(world, "officer").post(
        reverse("meeting_add", args=["sscb"]),
        {"date": "2022-01-20", "attendees": [p.pk], "apologies": [p.pk]},
    )
    assert r.status_code == 400
    assert not Meeting.objects.filter(date=dt.date(2022, 1, 20)).exists()


def test_action_closed_by_a_later_meeting_with_a_note(world, meeting):
    later = Meeting.objects.create(board=world.board, date=dt.date(2021, 12, 7))
    a = meeting.actions.first()
    r = client_for(world, "officer").post(
        reverse("action_edit", args=["sscb", a.uid]),
        {"what": "close", "status": "done", "closed_by": str(later.uid), "note": "Letter sent 1 December"},
    )
    assert r.status_code == 302
    a.refresh_from_db()
    assert (a.status, a.closed_by, a.closed_on, a.note) == (
        "done",
        later,
        later.date,
        "Letter sent 1 December",
    )
    page = client_for(world, "member").get(later.get_absolute_url()).content.decode()
    assert "Actions this meeting closed" in page and "Write to the Home Office" in page
    assert Change.history(a).filter(action="closed").exists()


def test_action_cannot_be_closed_by_an_earlier_meeting(world, meeting):
    earlier = Meeting.objects.create(board=world.board, date=dt.date(2021, 9, 1))
    a = meeting.actions.first()
    r = client_for(world, "officer").post(
        reverse("action_edit", args=["sscb", a.uid]),
        {"what": "close", "status": "done", "closed_by": str(earlier.uid)},
    )
    assert r.status_code == 400
    a.refresh_from_db()
    assert a.status == "open"


def test_overdue_actions_show_on_the_overview_and_the_list_filters(world, meeting):
    Action.objects.create(
        meeting=meeting, text="Not due yet", owner="Priya Patel", due=dt.date.today() + dt.timedelta(days=9)
    )
    Action.objects.create(
        meeting=meeting, text="Done long ago", owner="Sam Taylor", due=dt.date(2021, 10, 20), status="done"
    )
    c = client_for(world, "member")
    page = c.get(reverse("board", args=["sscb"])).content.decode()
    assert "Overdue actions" in page and "Write to the Home Office" in page
    assert "Not due yet" not in page and "Done long ago" not in page
    page = c.get(reverse("actions", args=["sscb"]) + "?owner=sam&status=open").content.decode()
    assert "Write to the Home Office" in page and "Done long ago" not in page and "Not due yet" not in page
    page = c.get(reverse("actions", args=["sscb"]) + "?status=done").content.decode()
    assert "Done long ago" in page and "Write to the Home Office" not in page
    assert c.get(reverse("actions", args=["sscb"]) + "?status=bogus").status_code == 200


def test_ics_feed_still_lists_meetings(world, meeting):
    r = client_for(world, "member").get(reverse("board-meetings-ics", args=["sscb"]))
    assert r.status_code == 200 and b"BEGIN:VEVENT" in r.content and b"Smith Square" in r.content


# -- bounded queries ------------------------------------------------------------------------------

CEILINGS = {
    "plan": 12,
    "quarter": 10,
    "draft": 15,
    "meetings": 10,
    "meeting": 16,
    "actions": 10,
    "overview": 17,
    "commitment": 12,
}


def query_pages(w, m):
    s = w.board.slug
    return {
        "plan": reverse("plan", args=[s]) + "?cycle=2021/22",
        "quarter": reverse("quarter", args=[s, 2]) + "?cycle=2021/22",
        "draft": reverse("plan_draft", args=[s]) + "?cycle=2021/22",
        "meetings": reverse("meetings", args=[s]),
        "meeting": reverse("meeting", args=[s, m.uid]),
        "actions": reverse("actions", args=[s]),
        "overview": reverse("board", args=[s]),
        "commitment": reverse("commitment", args=[s, w.commitment.uid]),
    }


def test_new_pages_run_a_bounded_number_of_queries(world, meeting):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    c = client_for(world, "officer")

    def counts():
        out = {}
        for name, url in query_pages(world, meeting).items():
            cache.clear()
            with CaptureQueriesContext(connection) as ctx:
                assert c.get(url).status_code == 200, name
            out[name] = len(ctx.captured_queries)
        return out

    counts()  # warm per-process caches (content types)
    small = counts()
    people = list(Person.objects.all())
    later = Meeting.objects.create(board=world.board, date=dt.date(2022, 2, 1))
    for i in range(10):
        for t in (world.theme, world.theme2, world.old_theme):
            cm = Commitment.objects.create(
                theme=t, title=f"Work {i}", owner=people[i % len(people)], lead_officer=people[0]
            )
            ProgressUpdate.objects.create(commitment=cm, quarter=1, rag="green")
            world.activities[i % len(world.activities)].commitment = cm
        fb = Feedback.objects.create(
            cycle=world.cycle, theme=world.theme, text=f"Idea {i}", person=people[i % len(people)]
        )
        fb.answered_by.add(world.commitment)
        AgendaItem.objects.create(meeting=meeting, number=str(i + 2), title=f"Item {i}", paper=world.paper)
        Action.objects.create(
            meeting=meeting, text=f"Action {i}", due=dt.date(2021, 11, 1), status="done", closed_by=later
        )
        Action.objects.create(meeting=later, text=f"Open {i}", due=dt.date(2022, 3, 1))
        meeting.attendees.add(people[i % len(people)])
        Meeting.objects.create(board=world.board, date=dt.date(2021, 9, 1) + dt.timedelta(days=7 * i))
    big = counts()
    for name in small:
        assert big[name] == small[name], f"{name}: {small[name]} queries, then {big[name]} with more records"
        assert big[name] <= CEILINGS[name], f"{name}: {big[name]} queries (ceiling {CEILINGS[name]})"


def test_new_pages_from_the_page_cache_read_nothing_about_the_records(world, meeting):
    """A page kept by the page cache costs the session, the user and the data version (three
    queries): the meeting and the plan also looked up the meeting, or whether the board has
    cycles, on every request before finding the page in the cache."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from .test_queries import SHARED_HIT

    c = client_for(world, "officer")
    for name, url in query_pages(world, meeting).items():
        assert c.get(url).status_code == 200, name
        with CaptureQueriesContext(connection) as ctx:
            assert c.get(url).status_code == 200, name
        assert len(ctx.captured_queries) <= SHARED_HIT, (name, [q["sql"][:80] for q in ctx.captured_queries])


def test_the_meeting_pages_add_forms_offer_a_paper_added_since_they_were_last_shown(world, meeting):
    """The add forms' fields are kept apart from the page (under a digest of the papers they
    offer): a new paper of the board must still be offered on every meeting's page."""
    from boardwork.papers.models import StoredPaper

    c = client_for(world, "officer")
    url = reverse("meeting", args=["sscb", meeting.uid])
    assert "Autumn budget paper" not in c.get(url).content.decode()
    other = Meeting.objects.create(board=world.board, cycle=world.cycle, date=dt.date(2021, 12, 7))
    c.get(reverse("meeting", args=["sscb", other.uid]))
    paper = StoredPaper.objects.create(board=world.board, title="Autumn budget paper")
    for m in (meeting, other):
        page = c.get(reverse("meeting", args=["sscb", m.uid])).content.decode()
        assert f'<option value="{paper.pk}">Autumn budget paper</option>' in page
        assert 'id="item-paper"' in page and 'id="action-text"' in page


def test_commitment_edit_sets_the_lead_officer_and_keeps_an_owner_from_outside_the_board(world):
    outside = Person.objects.create(name="Home Office lead")
    world.commitment.owner = outside
    world.commitment.save()
    lead = Person.objects.get(user=world.users["officer"])
    url = reverse("commitment_edit", args=["sscb", world.commitment.uid])
    c = client_for(world, "officer")
    form = c.get(url).content.decode()
    assert f'<option value="{outside.pk}" selected>' in form
    r = c.post(
        url,
        {
            "title": world.commitment.title,
            "owner": outside.pk,
            "lead_officer": lead.pk,
            "state": "at_risk",  # as its latest rating (Q1 amber) says
            "carried_from": world.old_commitment.pk,
            "version": world.commitment.version,
        },
    )
    assert r.status_code == 302, r.content[:2000]
    world.commitment.refresh_from_db()
    assert (world.commitment.owner, world.commitment.lead_officer) == (outside, lead)
    assert "lead_officer" in Change.history(world.commitment).first().changes


def test_backup_keeps_attendance_lead_officers_and_answers(world, meeting):
    from boardwork.boards.models import Board
    from boardwork.boards.services import export_board, load_backup

    guest = Person.objects.create(name="Guest speaker")  # known to the board only by attending
    lead = Person.objects.create(name="Lead only")  # known only as a lead officer
    meeting.attendees.add(guest)
    world.commitment.lead_officer = lead
    world.commitment.save()
    fb = Feedback.objects.get(text="Focus on serious violence")
    fb.answered_by.add(world.commitment)
    data = export_board(world.board)
    Board.objects.filter(pk=world.board.pk).delete()
    Person.objects.filter(pk__in=[guest.pk, lead.pk]).delete()
    load_backup(data)
    m = Meeting.objects.get(uid=meeting.uid)
    assert [p.name for p in m.attendees.all()] == ["Guest speaker"]
    c = Commitment.objects.get(uid=world.commitment.uid)
    assert c.lead_officer.name == "Lead only"
    assert list(c.answers_feedback.values_list("text", flat=True)) == ["Focus on serious violence"]


def test_a_composed_agenda_paper_links_to_its_preview(world, meeting):
    import html

    AgendaItem.objects.create(
        meeting=meeting, number="2", title="Work plan", report_kind="work_plan", order=2
    )
    c = client_for(world, "officer")
    page = c.get(meeting.get_absolute_url()).content.decode()
    link = html.unescape(page.split('Work plan (composed): <a class="govuk-link" href="')[1].split('"')[0])
    assert "kind=work_plan" in link and f"cycle={meeting.cycle.uid}" in link
    r = c.get(link)
    assert r.status_code == 200 and b"bw-preview" in r.content
    # Members see which paper it is, without the officers' compose link.
    assert "compose it" not in client_for(world, "member").get(meeting.get_absolute_url()).content.decode()


def test_members_see_accepted_commitments_only_on_the_plan_and_quarter_pages(world):
    pending = Commitment.objects.create(
        theme=world.theme, title="Imported, awaiting review", review="to_review"
    )
    for url in (
        reverse("plan", args=["sscb"]) + "?cycle=2021/22",
        reverse("quarter", args=["sscb", 2]) + "?cycle=2021/22",
    ):
        assert pending.title not in client_for(world, "member").get(url).content.decode(), url
        assert pending.title in client_for(world, "officer").get(url).content.decode(), url


def test_the_meeting_page_never_reads_a_stored_papers_parsed_structure(world, meeting, settings):
    # A parsed paper can be megabytes; the agenda and its paper choices show titles and links only.
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE = False  # the page is built, not served from an earlier test's cache
    AgendaItem.objects.create(meeting=meeting, number="2", title="Report", order=2, paper=world.paper)
    with CaptureQueriesContext(connection) as queries:
        r = client_for(world, "officer").get(reverse("meeting", args=[world.board.slug, meeting.uid]))
    assert r.status_code == 200
    from django.utils.html import escape

    assert escape(world.paper.title) in r.content.decode()
    paper_reads = [q["sql"] for q in queries.captured_queries if '"papers_paper"' in q["sql"]]
    assert paper_reads, "the agenda's paper and the paper choices are read"
    assert not [sql for sql in paper_reads if '"papers_paper"."structure"' in sql]
