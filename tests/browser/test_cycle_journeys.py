# ruff: noqa: F811  (the fixtures are imported from test_journeys and used as parameters)
"""Browser journeys for running the cycle (issue #11): plan a cycle from scratch (themes,
commitments), run a meeting (agenda, attendance, actions), and enter a quarter's updates on one
screen with the keyboard only. Same rules as test_journeys.py: Debian's chromium, axe on every
page (no serious or critical violation), no console errors; screenshots as test_journeys.py says.
"""

from __future__ import annotations

from boardwork.boards.models import Action, Meeting
from boardwork.plans.models import Commitment, ProgressUpdate, Theme

from .test_journeys import browser, demo, pytestmark, session, shots_dir, tab_to  # noqa: F401


def test_officer_plans_a_cycle_from_scratch(session):
    s = session("plan")
    p = s.page
    s.sign_in("officer", "boardwork-officer")
    p.goto("/boards/sscb/")
    p.get_by_role("link", name="Plan", exact=True).click()
    s.check("plan-current")
    p.get_by_role("link", name="Start a new cycle").click()
    s.check("cycle-add")
    p.get_by_label("Label").fill("2022/23")
    p.get_by_label("Start").fill("2022-09-01")
    p.get_by_label("End").fill("2023-08-31")
    with p.expect_navigation():
        p.get_by_role("button", name="Start cycle").click()
    assert "Cycle 2022/23 started" in p.inner_text(".govuk-notification-banner")
    assert "No themes in 2022/23 yet" in p.inner_text("main")
    s.check("plan-empty")

    # Two themes: the first carries on a 2021/22 theme and was agreed at a meeting.
    for title, carries in (("Serious violence and community safety", True), ("Fire safety", False)):
        p.get_by_role("link", name="Add a theme").click()
        p.get_by_label("Title").fill(title)
        if carries:
            p.get_by_label("Carries on from").select_option(index=1)
            p.get_by_label("Agreed at").select_option(index=1)
            s.check("theme-add")
        with p.expect_navigation():
            p.get_by_role("button", name="Save theme").click()
    first = Theme.objects.get(cycle__label="2022/23", title__startswith="Serious violence")
    assert first.continues is not None and first.agreed_at is not None

    # Two commitments under the first theme ("Save and add another").
    p.get_by_role("link", name="Add a commitment to Serious violence").click()
    s.check("commitment-add")
    p.get_by_label("Title").fill("Publish guidance on the serious violence duty")
    p.get_by_label("Or owning team").fill("Safer communities team")
    p.get_by_label("Due").fill("2023-03-31")
    p.get_by_label("State").select_option("on_track")
    with p.expect_navigation():
        p.get_by_role("button", name="Save and add another").click()
    p.get_by_label("Title").fill("Lobby for funding of violence reduction units")
    p.get_by_label("Lead officer").select_option(index=1)
    with p.expect_navigation():
        p.get_by_role("button", name="Save commitment", exact=True).click()
    s.check("commitment-page")
    assert "31 March 2023" not in p.inner_text("main")  # the second one has no due date
    assert Commitment.objects.filter(theme=first).count() == 2

    # Reorder: Fire safety first.
    p.goto("/boards/sscb/plan/?cycle=2022/23")
    with p.expect_navigation():
        p.get_by_role("button", name="Move up Fire safety").click()
    titles = p.locator(".bw-plan-theme h2").all_inner_texts()
    assert titles[0].startswith("1. Fire safety") and titles[1].startswith("2. Serious violence")
    assert "Publish guidance on the serious violence duty" in p.inner_text("main")
    s.check("plan-made")

    # Drafting: 2021/22's unfinished work is proposed; carry one forward; answer a member's feedback.
    p.get_by_role("link", name="Feedback and carried-forward work").click()
    s.check("draft")
    carry_buttons = p.locator("#carry ~ .bw-carry button")
    n_before = carry_buttons.count()
    assert n_before > 0
    with p.expect_navigation():
        carry_buttons.first.click()
    assert "Carried forward into" in p.inner_text(".govuk-notification-banner")
    assert p.locator("#carry ~ .bw-carry button").count() == n_before - 1
    assert Commitment.objects.filter(theme__cycle__label="2022/23", carried_from__isnull=False).count() == 1
    answer = p.locator("select[name=commitments]").first
    if answer.count():
        answer.select_option(index=0)
        with p.expect_navigation():
            p.get_by_role("button", name="Save answer").first.click()
        assert "Answer saved" in p.inner_text(".govuk-notification-banner")
    s.check("draft-answered")


def test_officer_runs_a_meeting(session):
    s = session("meeting")
    p = s.page
    s.sign_in("officer", "boardwork-officer")
    p.goto("/boards/sscb/")
    p.get_by_role("link", name="Meetings", exact=True).click()
    s.check("meetings")
    p.get_by_role("link", name="Add a meeting").click()
    p.get_by_label("Date").fill("2022-10-12")
    p.get_by_label("Start time").fill("11:00")
    p.get_by_label("Place").fill("18 Smith Square, London")
    p.get_by_label("Title").fill("Safer and Stronger Communities Board")
    p.locator("input[name=attendees]").first.check()
    s.check("meeting-add")
    with p.expect_navigation():
        p.get_by_role("button", name="Save meeting").click()
    assert "Meeting added" in p.inner_text(".govuk-notification-banner")
    s.check("meeting-new")

    # The agenda: two items, one of them the work plan composed from the records.
    for title, kind in (("Minutes of the last meeting", None), ("Work plan 2022/23", "work_plan")):
        if not p.locator("#item-title").is_visible():
            p.get_by_text("Add an agenda item").click()
        p.locator("#item-title").fill(title)
        if kind:
            p.locator("#item-report_kind").select_option(kind)
        with p.expect_navigation():
            p.get_by_role("button", name="Add item").click()
    assert "Work plan (composed)" in p.inner_text("#main-content")
    # An action from the minutes.
    p.get_by_text("Add an action").click()
    p.locator("#action-text").fill("Write to the Home Office about the serious violence duty")
    p.locator("#action-owner").fill("Sam Taylor")
    p.locator("#action-due").fill("2022-11-01")
    with p.expect_navigation():
        p.get_by_role("button", name="Add action").click()
    s.check("meeting-run")
    m = Meeting.objects.get(date="2022-10-12")
    assert [i.title for i in m.agenda.all()] == ["Minutes of the last meeting", "Work plan 2022/23"]
    assert m.attendees.count() == 1

    # Track it on the actions list, then close it.
    p.goto("/boards/sscb/actions/?owner=sam&status=open")
    s.check("actions-filtered")
    with p.expect_navigation():
        p.get_by_role("link", name="Write to the Home Office about the serious violence duty").click()
    p.get_by_label("Note (optional)").fill("Letter sent on 20 October")
    s.check("action-close")
    with p.expect_navigation():
        p.get_by_role("button", name="Close action").click()
    a = Action.objects.get(text__startswith="Write to the Home Office about the serious")
    assert a.status == "done" and a.note == "Letter sent on 20 October" and a.closed_on is not None


def test_quarter_updates_entered_on_one_screen_with_the_keyboard(session):
    s = session("quarter")
    p = s.page
    s.sign_in("officer", "boardwork-officer")
    p.goto("/boards/sscb/plan/quarter/3/?cycle=2021/22")
    s.check("quarter-q3")
    rows = p.locator(".bw-quarter-grid tbody tr:has(textarea)")
    assert rows.count() >= 2
    first_name = rows.nth(0).locator("textarea").get_attribute("name").removesuffix("-commentary")
    second_name = rows.nth(1).locator("textarea").get_attribute("name").removesuffix("-commentary")
    # Tab to the first row's rating; the arrow keys choose (No update → Green); Tab to its commentary.
    tab_to(p, f"el.name === '{first_name}-rag'")
    p.keyboard.press("ArrowDown")
    p.keyboard.press("Tab")
    p.keyboard.type("Guidance published in March.")
    # Tab on to the next row's rating: Amber is two down.
    p.keyboard.press("Tab")
    assert p.evaluate("document.activeElement.name") == f"{second_name}-rag"
    p.keyboard.press("ArrowDown")
    p.keyboard.press("ArrowDown")
    p.keyboard.press("Tab")
    p.keyboard.type("Waiting for the Home Office.")
    tab_to(p, "el.type === 'submit' && el.textContent.includes('Save Q3')")
    with p.expect_navigation():
        p.keyboard.press("Enter")
    assert "Q3 saved: 2 updates recorded" in p.inner_text(".govuk-notification-banner")
    s.check("quarter-saved")
    saved = {
        u.commitment.uid.hex: u for u in ProgressUpdate.objects.filter(quarter=3).select_related("commitment")
    }
    assert saved[first_name[1:].replace("-", "")].rag == "green"
    assert saved[second_name[1:].replace("-", "")].rag == "amber"
    assert saved[second_name[1:].replace("-", "")].commentary == "Waiting for the Home Office."
