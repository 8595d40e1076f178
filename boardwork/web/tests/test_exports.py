"""Exports: CSV/XLSX of activities and commitments, the meetings calendar, Popolo JSON."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.test import Client
from openpyxl import load_workbook

from boardwork.boards.models import Membership
from boardwork.web.exports import (
    ACTIVITY_HEADER,
    activity_rows,
    feed_token,
    ics_escape,
    ics_fold,
    meetings_ics,
    safe_cell,
    to_csv,
)

from .api_fixtures import ROLES, ApiWorld, _api_world_built, api_world  # noqa: F401

EXPORTS = [
    "activities.csv",
    "activities.xlsx",
    "commitments.csv",
    "commitments.xlsx",
    "meetings.ics",
    "popolo.json",
]


def get(world: ApiWorld, role: str, path: str):
    return world.client(role).get(f"/boards/{world.board.slug}/export/{path}")


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_rows(response) -> list[list[str]]:
    text = body(response).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("path", EXPORTS)
def test_export_permissions(world: ApiWorld, role, path):
    response = get(world, role, path)
    expected = {"officer": {200}, "member": {200}, "outsider": {404}, "anonymous": {302, 401}}[role]
    assert response.status_code in expected, (path, role, response.status_code)


@pytest.mark.parametrize("path", EXPORTS)
def test_exports_by_session_and_bad_token(world: ApiWorld, path):
    client = Client()
    client.force_login(world.users["member"])
    assert client.get(f"/boards/{world.board.slug}/export/{path}").status_code == 200
    bad = Client(headers={"Authorization": "Bearer bw_wrong"}).get(
        f"/boards/{world.board.slug}/export/{path}"
    )
    assert bad.status_code == 401
    assert Client().get(f"/boards/nope/export/{path}").status_code in (302, 401)
    assert world.client("officer").get(f"/boards/nope/export/{path}").status_code == 404


def test_unknown_export_format_is_404(world: ApiWorld):
    assert get(world, "officer", "activities.pdf").status_code == 404


# -- spreadsheet cells ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value,expected",
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+44 20 7664 3000", "'+44 20 7664 3000"),
        ("-1", "'-1"),
        ("@cmd", "'@cmd"),
        ("\t=1", "'\t=1"),
        ("Plain", "Plain"),
        ("a=b", "a=b"),
        (3, 3),
        (None, ""),
    ],
)
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


# -- activities ----------------------------------------------------------------------------------


def test_activities_csv_contents(world: ApiWorld):
    rows = csv_rows(get(world, "officer", f"activities.csv?cycle={world.cycle.uid}"))
    assert rows[0] == ACTIVITY_HEADER
    by_id = {r[-1]: dict(zip(ACTIVITY_HEADER, r, strict=True)) for r in rows[1:]}
    assert len(by_id) == 5  # the officer also sees the one waiting for review
    serious = by_id[str(world.activities[0].uid)]
    assert serious["Date"] == "2022-10-14" and serious["Kinds"] == "Consultation response"
    assert serious["Organisations"] == "Home Office (partner)" and serious["Themes"] == "Community safety"
    abuse = by_id[str(world.activities[1].uid)]
    assert abuse["Date"] == "2022-12" and abuse["Policies"] == "Domestic Abuse Bill"
    assert abuse["People"] == "Cllr Nesil Caliskan" and abuse["Kinds"] == "Lobbying; Evidence"
    formula = by_id[str(world.activities[3].uid)]
    assert formula["Text"] == '\'-1 formula-looking text, with a comma; and "quotes"'
    assert formula["Date"] == ""
    # Newest first, undated last.
    assert rows[1][0] == "2023" and rows[-1][0] == ""


def test_activities_csv_member_sees_accepted_only(world: ApiWorld):
    rows = csv_rows(get(world, "member", f"activities.csv?cycle={world.cycle.uid}"))
    assert str(world.pending.uid) not in {r[-1] for r in rows}
    assert len(rows) == 1 + 4


@pytest.mark.parametrize(
    "query,count",
    [
        ("kind=event", 1),
        ("kind=lobbying&kind=publication", 2),
        ("theme={theme}", 2),
        ("organisation={org}", 1),
        ("policy={policy}", 1),
        ("person={person}", 1),
        ("date_from=2022-12-15&date_to=2022-12-31", 1),
        ("q=webinar", 1),
        ("q=nothing+matches+this", 0),
    ],
)
def test_activity_export_filters(world: ApiWorld, query, count):
    query = query.format(
        theme=world.theme.uid, org=world.org.uid, policy=world.policy.uid, person=world.person.uid
    )
    for fmt in ("csv", "xlsx"):
        response = get(world, "member", f"activities.{fmt}?cycle={world.cycle.uid}&{query}")
        assert response.status_code == 200
        if fmt == "csv":
            assert len(csv_rows(response)) - 1 == count
        else:
            ws = load_workbook(io.BytesIO(response.content)).active
            assert ws.max_row - 1 == count


def test_bad_filter_is_400(world: ApiWorld):
    response = get(world, "member", "activities.csv?date_from=yesterday")
    assert response.status_code == 400 and b"date_from" in response.content


def test_activities_xlsx_contents(world: ApiWorld):
    response = get(world, "officer", "activities.xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["Content-Disposition"].startswith('attachment; filename="sscb-activities-')
    ws = load_workbook(io.BytesIO(response.content)).active
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == ACTIVITY_HEADER
    assert ws["A1"].font.bold and ws.freeze_panes == "A2"
    texts = {r[3] for r in rows[1:]}
    assert '\'-1 formula-looking text, with a comma; and "quotes"' in texts
    # No cell is a formula.
    assert all(cell.data_type != "f" for row in ws.iter_rows() for cell in row)


def test_activity_rows_query_count_does_not_grow(world: ApiWorld, django_assert_max_num_queries):
    from boardwork.activities.models import Activity

    for i in range(40):
        a = Activity.objects.create(board=world.board, cycle=world.cycle, text=f"More {i}")
        a.themes.set([world.theme])
        a.organisation_links.create(organisation=world.org)
    with django_assert_max_num_queries(8):
        rows = list(activity_rows(Activity.objects.filter(board=world.board, cycle=world.cycle)))
    assert len(rows) == 1 + 45


# -- commitments ---------------------------------------------------------------------------------


def test_commitments_csv_and_xlsx(world: ApiWorld):
    rows = csv_rows(get(world, "officer", f"commitments.csv?cycle={world.cycle.uid}"))
    header, data = rows[0], [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert header[:4] == ["Cycle", "Theme", "Order", "Commitment"]
    assert len(data) == 3
    lobby = next(r for r in data if r["Commitment"].startswith("Lobby"))
    assert lobby["Owner"] == "Cllr Nesil Caliskan" and lobby["Latest RAG"] == "Green"
    assert lobby["Latest quarter"] == "Q1" and lobby["Latest commentary"] == "Going well"
    assert any(r["Commitment"] == '\'=HYPERLINK("http://evil")' for r in data)
    member_rows = csv_rows(get(world, "member", "commitments.csv"))
    assert "Pending import" not in {r[3] for r in member_rows}
    assert len(csv_rows(get(world, "member", f"commitments.csv?theme={world.theme2.uid}"))) == 1 + 1
    assert len(csv_rows(get(world, "member", "commitments.csv?q=domestic"))) == 1 + 1
    ws = load_workbook(io.BytesIO(get(world, "member", "commitments.xlsx").content)).active
    values = [c for row in ws.iter_rows(values_only=True) for c in row]
    assert '\'=HYPERLINK("http://evil")' in values and "Going well" in values


def test_csv_round_trip_of_awkward_text():
    text = to_csv([["a", "b"], ['He said "hi", then\nleft', "=1+1"]])
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert rows == [["a", "b"], ['He said "hi", then\nleft', "'=1+1"]]


# -- iCalendar -----------------------------------------------------------------------------------


def unfold(text: str) -> list[str]:
    """Content lines of an iCalendar text (RFC 5545 §3.1 unfolding)."""
    assert "\n" not in text.replace("\r\n", "")  # bare LFs are not allowed
    return text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")[:-1]


def test_ics_fold_limits_octets_and_keeps_characters():
    line = "DESCRIPTION:" + "é" * 100 + "x" * 50
    folded = ics_fold(line)
    physical = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in physical)
    assert all(p.startswith(" ") for p in physical[1:])
    assert folded.replace("\r\n ", "") == line
    assert ics_fold("SHORT:x") == "SHORT:x"
    exactly = "X:" + "a" * 73
    assert ics_fold(exactly) == exactly  # 75 octets fit on one line


def test_ics_escape():
    assert ics_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_meetings_ics_feed(world: ApiWorld):
    response = get(world, "member", "meetings.ics")
    assert response["Content-Type"].startswith("text/calendar")
    text = response.content.decode("utf-8")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    lines = unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    meetings = world.board.meetings.count()  # the API records' two and the shared world's one
    assert lines.count("BEGIN:VEVENT") == meetings == 3 and lines.count("END:VEVENT") == meetings
    assert f"UID:{world.meeting.uid}@boardwork" in lines
    # 11:00 in London in December is 11:00 UTC; in July it would be 10:00 UTC.
    assert "DTSTART:20221203T110000Z" in lines
    assert "DTSTART;VALUE=DATE:20230304" in lines and "DTEND;VALUE=DATE:20230305" in lines
    assert "LOCATION:Smith Square\\, London\\; Room 1\\, 18" in lines
    assert "DESCRIPTION:Agenda:\\n1. Welcome\\, apologies\\; declarations" in lines
    assert "SUMMARY:Safer and Stronger Communities Board meeting" in lines
    assert all(":" in line for line in lines)
    stamps = [line for line in lines if line.startswith("DTSTAMP:")]
    assert len(stamps) == meetings and all(s.endswith("Z") for s in stamps)


def test_ics_summer_time_is_converted(world: ApiWorld):
    world.meeting.date = dt.date(2021, 7, 1)
    world.meeting.save()
    text = meetings_ics(world.board, [world.meeting], now=dt.datetime(2021, 1, 1, tzinfo=dt.UTC))
    assert "DTSTART:20210701T100000Z" in unfold(text)
    assert "DTSTAMP:20210101T000000Z" in unfold(text)


def test_calendar_subscription_by_token(world: ApiWorld):
    info = world.client("member").get(f"/api/boards/{world.board.slug}/calendar").json()
    assert info["webcal"].startswith("webcal://")
    url = info["url"].split("://", 1)[1].split("/", 1)[1]
    calendar_app = Client()  # no session, no header: the token in the URL is all it has
    response = calendar_app.get("/" + url)
    assert response.status_code == 200 and b"BEGIN:VCALENDAR" in response.content
    assert calendar_app.get("/" + url[:-3] + "xyz").status_code == 404
    assert calendar_app.get(f"/boards/{world.board.slug}/export/meetings.ics?token=1.abc").status_code == 404
    # The token is for one board: not another.
    other = f"/boards/{world.other.slug}/export/meetings.ics?token={feed_token(world.users['member'], world.board)}"
    assert calendar_app.get(other).status_code == 404
    # Leaving the board ends the subscription.
    Membership.objects.filter(person__user=world.users["member"]).update(end=dt.date(2020, 1, 1))
    assert calendar_app.get("/" + url).status_code == 404


def test_outsider_token_for_board_is_refused(world: ApiWorld):
    token = feed_token(world.users["outsider"], world.board)
    assert Client().get(f"/boards/{world.board.slug}/export/meetings.ics?token={token}").status_code == 404


# -- Popolo --------------------------------------------------------------------------------------


def test_popolo_shape(world: ApiWorld):
    data = get(world, "member", "popolo.json").json()
    assert set(data) == {"persons", "organizations", "memberships"}
    person_ids = {p["id"] for p in data["persons"]}
    org_ids = {o["id"] for o in data["organizations"]}
    assert all(p["name"] for p in data["persons"]) and len(person_ids) == len(data["persons"])
    for m in data["memberships"]:
        assert m["person_id"] in person_ids and m["organization_id"] in org_ids
    nesil = next(p for p in data["persons"] if p["name"] == "Nesil Caliskan")
    assert nesil["honorific_prefix"] == "Cllr" and nesil["extras"] == {"council": "Enfield"}
    board = next(o for o in data["organizations"] if o["id"] == f"board:{world.board.uid}")
    assert board["classification"] == "board" and board["parent_id"] in org_ids
    roles = {(m["person_id"], m["role"]) for m in data["memberships"] if m["organization_id"] == board["id"]}
    assert (nesil["id"], "Member") in roles
    assert any(o["classification"] == "party" and o["name"] == "Labour" for o in data["organizations"])
    home = next(o for o in data["organizations"] if o["name"] == "Home Office")
    assert {"name": "HO", "note": "acronym"} in home["other_names"]
    start_dates = [m["start_date"] for m in data["memberships"] if "start_date" in m]
    assert start_dates and all(dt.date.fromisoformat(d) for d in start_dates)
    # The outsider's board and its people are not in it.
    assert "Outsider Person" not in {p["name"] for p in data["persons"]}
