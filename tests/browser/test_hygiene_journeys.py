# ruff: noqa: F811  (the fixtures are imported from test_journeys and used as parameters)
"""Browser journeys for people and record hygiene (issue #11): an officer opens a member's page,
appoints them to an outside body and finds them on the organisation's page; withdraws an activity,
reinstates it, merges a duplicate, and reads the change log. Same rules as test_journeys.py:
Debian's chromium, axe on every page (no serious or critical violation), no console errors."""

from __future__ import annotations

from boardwork.activities.models import Activity, Appointment

from .test_journeys import browser, demo, pytestmark, session, shots_dir  # noqa: F401


def test_officer_person_page_and_appointment(session):
    s = session("people")
    p = s.page
    s.sign_in("officer", "boardwork-officer")
    p.goto("/boards/sscb/")
    p.get_by_role("link", name="People", exact=True).click()
    s.check("people")
    p.get_by_role("link", name="Cllr Priya Patel").click()
    s.check("person")
    assert "Roles and memberships" in p.inner_text("main")
    p.get_by_role("link", name="Add an appointment").click()
    s.check("appointment-add")
    p.get_by_label("Outside body").fill("Home Office")
    p.get_by_label("Role").fill("Board representative")
    p.get_by_label("From").fill("2021-09-01")
    with p.expect_navigation():
        p.get_by_role("button", name="Save").click()
    assert "Appointment added" in p.inner_text(".govuk-notification-banner")
    assert Appointment.objects.filter(person__name="Priya Patel", organisation__name="Home Office").exists()
    s.check("person-appointed")
    p.locator("main").get_by_role("link", name="Home Office").first.click()
    assert "Cllr Priya Patel" in p.inner_text("main")
    s.check("organisation-representatives")


def test_officer_withdraws_reinstates_and_merges(session):
    s = session("hygiene")
    p = s.page
    s.sign_in("officer", "boardwork-officer")
    a = Activity.objects.filter(board__slug="sscb", review="accepted").order_by("-date", "-id").first()
    p.goto(f"/boards/sscb/activities/{a.uid}/")
    s.check("activity")
    p.get_by_text("Withdraw this activity").click()
    p.get_by_label("Why withdraw it (optional)").fill("Entered twice")
    with p.expect_navigation():
        p.get_by_role("button", name="Withdraw", exact=True).click()
    assert "Withdrawn on" in p.inner_text("main") and "Entered twice" in p.inner_text("main")
    assert not Activity.objects.filter(pk=a.pk).exists()
    s.check("withdrawn")
    p.goto("/boards/sscb/activities/withdrawn/")
    s.check("withdrawn-list")
    p.goto(f"/boards/sscb/activities/{a.uid}/")
    with p.expect_navigation():
        p.get_by_role("button", name="Reinstate this activity").click()
    assert Activity.objects.filter(pk=a.pk).exists()

    p.get_by_role("link", name="Merge into another").click()
    s.check("merge")
    options = p.locator("select[name=keep] option")
    assert options.count() > 1
    p.locator("select[name=keep]").select_option(index=1)
    with p.expect_navigation():
        p.get_by_role("button", name="Merge into that activity").click()
    assert "Activities merged" in p.inner_text(".govuk-notification-banner")
    assert not Activity.objects.filter(pk=a.pk).exists()
    s.check("merged")

    p.goto("/boards/sscb/changes/?action=withdrawn")
    s.check("change-log")
    assert "Entered twice" in p.inner_text("main")
