"""People and engagement (S6): the board's people, a person's page (roles over time, outside bodies,
activities, attendance), appointments added and edited by officers, and organisation pages showing
who represents the board there; every page for every persona, with bounded queries."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from boardwork.activities.models import Appointment
from boardwork.boards.models import Change, Meeting, Membership, Person

from .web_fixtures import client_for, world_fixture  # noqa: F401


@pytest.fixture
def chair(world):
    p = Person.objects.create(name="Nesil Caliskan", honorific="Cllr", kind="councillor", council="Enfield")
    Membership.objects.create(
        board=world.board, person=p, role="member", start=dt.date(2018, 9, 1), end=dt.date(2020, 8, 31)
    )
    Membership.objects.create(board=world.board, person=p, role="chair", start=dt.date(2020, 9, 1))
    Appointment.objects.create(
        board=world.board,
        person=p,
        organisation=world.org2,
        role="Board representative",
        start=dt.date(2021, 1, 1),
        end=dt.date(2022, 12, 31),
    )
    world.activities[1].people.add(p)
    world.activities[2].people.add(p)
    m = Meeting.objects.create(board=world.board, date=dt.date(2021, 10, 5))
    m.attendees.add(p)
    return p


def pages(w, p):
    s = w.board.slug
    return {
        "people": reverse("people", args=[s]),
        "person": reverse("person", args=[s, p.uid]),
        "appointment add": reverse("appointment_add", args=[s, p.uid]),
        "appointment edit": reverse("appointment_edit", args=[s, p.appointments.first().uid]),
    }


READS = {"people", "person"}


@pytest.mark.parametrize("persona", ["officer", "member", "outsider", "anonymous", "admin"])
def test_people_pages_answer_each_persona(world, chair, persona):
    c = client_for(world, persona)
    for name, url in pages(world, chair).items():
        r = c.get(url)
        if persona == "anonymous":
            assert r.status_code == 302 and "/sign-in/" in r["Location"], name
        elif persona == "outsider":
            assert r.status_code == 404, name
        elif persona == "member" and name not in READS:
            assert r.status_code == 403, name
        else:
            assert r.status_code == 200, (name, r.status_code)


def test_person_page_shows_roles_over_time_outside_bodies_activities_and_attendance(world, chair):
    c = client_for(world, "member")
    html = c.get(reverse("person", args=[world.board.slug, chair.uid])).content.decode()
    assert "Cllr Nesil Caliskan" in html
    # Both memberships, with their dates: member until 2020, chair since.
    assert "Member" in html and "Chair" in html and "31 Aug 2020" in html and "1 Sep 2020" in html
    assert "National Police Chiefs&#x27; Council" in html and "Board representative" in html
    assert "31 Dec 2022" in html
    assert "Activity 1" in html and "Activity 2" in html and "Activity 3" not in html
    assert "Attended 1" in html


def test_a_person_unknown_to_the_board_is_not_found(world):
    stranger = Person.objects.create(name="Someone Else")
    c = client_for(world, "officer")
    assert c.get(reverse("person", args=[world.board.slug, stranger.uid])).status_code == 404


def test_member_sees_only_accepted_activities_on_a_person_page(world, chair):
    world.pending.people.add(chair)
    url = reverse("person", args=[world.board.slug, chair.uid])
    assert "Wrote to the Home Office" not in client_for(world, "member").get(url).content.decode()
    assert "Wrote to the Home Office" in client_for(world, "officer").get(url).content.decode()


def test_officer_adds_and_edits_an_appointment_with_history(world, chair):
    c = client_for(world, "officer")
    url = reverse("appointment_add", args=[world.board.slug, chair.uid])
    r = c.post(url, {"organisation_name": "Home Office", "role": "Observer", "start": "2021-05-01"})
    assert r.status_code == 302
    ap = Appointment.objects.get(person=chair, organisation=world.org)
    assert ap.role == "Observer" and ap.start == dt.date(2021, 5, 1) and ap.end is None
    assert [ch.action for ch in Change.history(ap)] == ["created"]
    edit = reverse("appointment_edit", args=[world.board.slug, ap.uid])
    r = c.post(
        edit,
        {
            "organisation_name": "Home Office",
            "role": "Observer",
            "start": "2021-05-01",
            "end": "2021-04-01",
            "version": ap.version,
        },
    )
    assert r.status_code == 400 and "cannot end before it starts" in r.content.decode()
    r = c.post(
        edit,
        {
            "organisation_name": "Home Office",
            "role": "Observer",
            "start": "2021-05-01",
            "end": "2022-04-30",
            "version": ap.version,
        },
    )
    assert r.status_code == 302
    ap.refresh_from_db()
    assert ap.end == dt.date(2022, 4, 30)
    assert Change.history(ap).first().changes["end"] == [None, "2022-04-30"]
    # A second save from the same, now stale, form is refused.
    r = c.post(edit, {"organisation_name": "Home Office", "role": "Gone", "version": 1})
    assert r.status_code == 409
    assert c.post(url, {"organisation_name": "No Such Body"}).status_code == 400


def test_organisation_page_shows_who_represents_the_board_there(world, chair):
    html = client_for(world, "member").get(reverse("organisation", args=[world.org2.uid])).content.decode()
    assert "Who represents the board here" in html and "Cllr Nesil Caliskan" in html
    assert reverse("person", args=[world.board.slug, chair.uid]) in html
    # An officer of another board sees the organisation, not our board's representatives.
    html = client_for(world, "outsider").get(reverse("organisation", args=[world.org2.uid])).content.decode()
    assert "Cllr Nesil Caliskan" not in html


def test_people_pages_queries_are_bounded(world, chair, django_assert_max_num_queries):
    for i in range(15):
        p = Person.objects.create(name=f"Member {i}")
        Membership.objects.create(board=world.board, person=p, role="member")
        Appointment.objects.create(board=world.board, person=p, organisation=world.org)
        for a in world.activities:
            a.people.add(chair)
    c = client_for(world, "officer")
    c.get(reverse("people", args=[world.board.slug]))  # warm the session and role caches
    with django_assert_max_num_queries(12):
        assert c.get(reverse("people", args=[world.board.slug])).status_code == 200
    with django_assert_max_num_queries(20):
        assert c.get(reverse("person", args=[world.board.slug, chair.uid])).status_code == 200
