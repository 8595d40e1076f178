"""Behaviour of the web pages: stale saves refused, history kept, imported text escaped, uploads
refused with reasons, rollover, feedback, security headers."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from boardwork.activities.models import Activity, Organisation, Policy
from boardwork.boards.models import Change, Cycle
from boardwork.boards.signals import records_changed
from boardwork.plans.models import Commitment, Review, Theme
from boardwork.web.forms import parse_fuzzy_date, unique_names

from .web_fixtures import client_for, world_fixture  # noqa: F401

CORPUS = Path(__file__).resolve().parents[3] / "tests" / "data" / "corpus"


def edit_data(a, **over):
    data = {
        "title": a.title,
        "text": a.text,
        "date": a.date_iso or "",
        "kinds": a.kind_list,
        "organisations": "Home Office",
        "policies": "",
        "people": "",
        "outcome": "",
        "reach": "",
        "version": str(a.version),
    }
    data.update(over)
    return data


def test_stale_save_is_refused_and_nothing_is_overwritten(world):
    a = world.activity
    first, second = client_for(world, "officer"), client_for(world, "admin")
    # Both open the edit form at version 1.
    assert b'name="version" value="1"' in first.get(reverse("activity_edit", args=["sscb", a.uid])).content
    r = first.post(
        reverse("activity_edit", args=["sscb", a.uid]), edit_data(a, title="First officer's title")
    )
    assert r.status_code == 302
    r = second.post(reverse("activity_edit", args=["sscb", a.uid]), edit_data(a, title="Second, stale title"))
    assert r.status_code == 409
    assert b"changed by someone else while you were editing it" in r.content
    assert b"govuk-error-summary" in r.content
    a.refresh_from_db()
    assert a.title == "First officer's title" and a.version == 2


def test_stale_commitment_save_is_refused(world):
    c = world.commitment
    url = reverse("commitment_edit", args=["sscb", c.uid])
    data = {
        "title": "New title",
        "owner_name": "",
        "due": "",
        "state": "at_risk",
        "delay_reason": "",
        "version": "1",
    }
    assert client_for(world, "officer").post(url, data).status_code == 302
    r = client_for(world, "admin").post(url, {**data, "title": "Stale title"})
    assert r.status_code == 409
    c.refresh_from_db()
    assert c.title == "New title"


def test_edit_is_kept_in_history_with_who_and_what(world):
    a = world.activity
    c = client_for(world, "officer")
    r = c.post(
        reverse("activity_edit", args=["sscb", a.uid]),
        edit_data(
            a,
            title="Renamed",
            organisations=["Home Office", "Crest Advisory"],
            policies="Serious Violence Strategy",
        ),
    )
    assert r.status_code == 302
    ch = Change.history(a).first()
    assert ch.user == world.users["officer"]
    assert ch.changes["title"] == ["Activity 0", "Renamed"]
    assert "Crest Advisory" in ch.changes["organisations"][1]
    # New organisations and policies were created on the fly.
    assert Organisation.objects.filter(name="Crest Advisory").exists()
    assert Policy.objects.get(title="Serious Violence Strategy").kind == "strategy"
    page = c.get(reverse("activity", args=["sscb", a.uid])).content.decode()
    assert "History" in page and "Renamed" in page and "officer" in page


def test_add_activity_sets_cycle_precision_and_links(world):
    c = client_for(world, "officer")
    r = c.post(
        reverse("activity_add", args=["sscb"]),
        {
            "text": "Responded to the Home Office consultation",
            "date": "March 2022",
            "kinds": ["consultation_response"],
            "themes": [str(world.theme.pk)],
            "organisations": ["Home Office", "NPCC"],
            "people": "Cllr Jane Doe",
        },
    )
    assert r.status_code == 302
    a = Activity.objects.get(text="Responded to the Home Office consultation")
    assert (a.date, a.date_precision, a.cycle) == (dt.date(2022, 3, 1), "month", world.cycle)
    assert {o.name for o in a.organisations.all()} == {"Home Office", "National Police Chiefs' Council"}
    assert a.people.get().honorific == "Cllr"
    assert Change.history(a).first().action == "created"


def test_activity_form_errors_are_summarised(world):
    r = client_for(world, "officer").post(
        reverse("activity_add", args=["sscb"]), {"text": "", "date": "31/02/2021"}
    )
    assert r.status_code == 400
    html = r.content.decode()
    assert (
        "There is a problem" in html and "Enter what happened" in html and "That date does not exist" in html
    )
    assert "<title>Error: " in html


def test_imported_text_is_escaped_on_the_review_page(world):
    html = client_for(world, "officer").get(reverse("paper", args=["sscb", world.paper.uid])).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "End of year report &lt;2021&gt;" in html


def test_review_accept_and_reject_with_htmx_and_without(world):
    c = client_for(world, "officer")
    url = reverse("review_record", args=["sscb", world.paper.uid, "activity", world.pending.uid, "accept"])
    r = c.post(url, {"version": "1"}, headers={"HX-Request": "true"})
    assert r.status_code == 200 and b'id="r-' in r.content and b"Accepted" in r.content
    world.pending.refresh_from_db()
    assert world.pending.review == Review.ACCEPTED
    # A stale review (version moved on) is refused, not applied.
    url = reverse("review_record", args=["sscb", world.paper.uid, "activity", world.pending.uid, "reject"])
    r = c.post(url, {"version": "1"})
    assert r.status_code == 302
    world.pending.refresh_from_db()
    assert world.pending.review == Review.ACCEPTED
    r = c.post(url, {"version": str(world.pending.version)})
    world.pending.refresh_from_db()
    assert world.pending.review == Review.REJECTED
    assert [ch.action for ch in Change.history(world.pending)][:2] == ["rejected", "accepted"]


def test_accept_all(world):
    c = client_for(world, "officer")
    assert c.post(reverse("accept_all", args=["sscb", world.paper.uid])).status_code == 302
    world.pending.refresh_from_db()
    assert world.pending.review == Review.ACCEPTED


def upload(c, *files, **extra):
    return c.post(reverse("upload", args=["sscb"]), {"files": list(files), **extra})


def test_upload_refuses_wrong_type_and_says_why(world):
    r = upload(client_for(world, "officer"), SimpleUploadedFile("virus.exe", b"MZ\x90\x00binary"))
    assert r.status_code == 400
    assert "Refused" in r.content.decode() and "of type .exe cannot be read" in r.content.decode()


def test_upload_refuses_disguised_and_oversized_files(world, settings):
    settings.MAX_UPLOAD_MB = 1
    r = upload(
        client_for(world, "officer"),
        SimpleUploadedFile("report.pdf", b"this is not a pdf at all " * 10),
        SimpleUploadedFile("big.txt", b"a" * (1024 * 1024 + 10)),
    )
    html = r.content.decode()
    assert r.status_code == 400
    assert "its content is not a PDF file" in html
    assert "the limit is 1 MB" in html


def test_upload_refuses_oversized_request_before_reading(world, settings):
    settings.MAX_UPLOAD_MB = 0
    r = upload(client_for(world, "officer"), SimpleUploadedFile("a.txt", b"x" * (2 * 1024 * 1024)))
    assert r.status_code == 413
    assert "Boardwork accepts at most 1 MB here" in r.content.decode()


def test_upload_without_files(world):
    r = upload(client_for(world, "officer"))
    assert r.status_code == 400 and "Choose one or more files to upload" in r.content.decode()


@pytest.mark.skipif(
    not (CORPUS / "lga-sscb-end-of-year-2020-21.txt").exists(), reason="corpus sample missing"
)
def test_upload_a_real_paper_goes_to_review(world):
    data = (CORPUS / "lga-sscb-end-of-year-2020-21.txt").read_bytes()
    c = client_for(world, "officer")
    r = upload(c, SimpleUploadedFile("eoy.txt", data, content_type="text/plain"))
    assert r.status_code == 302, r.content[:2000]
    page = c.get(r["Location"])
    assert page.status_code == 200
    assert b"bw-review-item" in page.content
    # The same file again: "already imported", same paper.
    r2 = upload(c, SimpleUploadedFile("eoy.txt", data, content_type="text/plain"))
    assert r2.status_code == 302 and r2["Location"] == r["Location"]


def test_filters_narrow_the_log(world):
    c = client_for(world, "member")
    url = reverse("activities", args=["sscb"])
    all_ = c.get(url).content.decode()
    assert "6 activities" in all_  # the accepted ones: members do not see the one to review
    assert "7 activities" in client_for(world, "officer").get(url).content.decode()
    assert "3 activities match" in c.get(url, {"kind": "lobbying"}).content.decode()
    assert "1 activity match" in c.get(url, {"q": "item 4"}).content.decode()
    html = c.get(url, {"theme": str(world.theme.uid), "organisation": "NPCC"}).content.decode()
    assert "3 activities match" in html
    html = c.get(url, {"date_from": "2021-10-01", "date_to": "2021-09-01"}).content.decode()
    assert "The end date must be the same as or after the start date" in html


def test_suggest_for_filters_and_people(world):
    c = client_for(world, "officer")
    r = c.get(reverse("suggest", args=["sscb", "organisation"]), {"organisation": "npcc"})
    assert b'<option value="National Police Chiefs&#x27; Council">' in r.content
    r = c.get(reverse("suggest", args=["sscb", "person"]), {"person": "outs"})
    assert b"Outsider" not in r.content  # a person known only to another board
    assert b"Member" in c.get(reverse("suggest", args=["sscb", "people"]), {"people": "memb"}).content
    assert c.get(reverse("suggest", args=["sscb", "users"])).status_code == 404


def test_suggest_completes_the_one_name_in_the_box(world):
    r = client_for(world, "officer").get(
        reverse("suggest", args=["sscb", "organisations"]), {"organisations": "home"}
    )
    assert b'<option value="Home Office">' in r.content


def test_commitment_update_and_chain(world):
    c = client_for(world, "officer")
    url = reverse("commitment", args=["sscb", world.commitment.uid])
    r = c.post(url, {"quarter": "2", "rag": "green", "commentary": "Back on track"})
    assert r.status_code == 302
    html = c.get(url).content.decode()
    assert "Back on track" in html and "2020/21" in html  # the carried-forward chain
    r = c.post(url, {"quarter": "2", "commentary": "no rating"})
    assert r.status_code == 400 and "Choose a RAG rating" in r.content.decode()


def test_member_feedback_reaches_officers_drafting_the_work_plan(world):
    m = client_for(world, "member")
    r = m.post(reverse("feedback", args=["sscb"]), {"text": "Please prioritise fire safety", "theme": ""})
    assert r.status_code == 302
    o = client_for(world, "officer")
    cycle = world.cycle
    html = o.get(
        reverse("compose", args=["sscb"]), {"kind": "work_plan", "cycle": str(cycle.uid)}
    ).content.decode()
    assert "Please prioritise fire safety" in html
    # Members see only their own feedback.
    world.cycle.feedback.create(text="Officer-only note from someone else", author=world.users["admin"])
    assert "Officer-only note" not in m.get(reverse("feedback", args=["sscb"])).content.decode()


def test_compose_panel_says_which_feedback_the_plan_answers(world):
    answered = world.cycle.feedback.create(text="Keep the fire safety work going")
    world.commitment.answers_feedback.add(answered)
    world.cycle.feedback.create(text="Say more on knife crime")
    html = (
        client_for(world, "officer")
        .get(reverse("compose", args=["sscb"]), {"kind": "work_plan", "cycle": str(world.cycle.uid)})
        .content.decode()
    )
    panel = html.split("Members' feedback", 1)[1].split('<div class="govuk-grid-row">', 1)[0]
    items = [" ".join(i.split()) for i in panel.split('<div class="govuk-inset-text">')[1:]]
    fire = next(v for v in items if "Keep the fire safety work going" in v)
    knife = next(v for v in items if "Say more on knife crime" in v)
    assert "Answered</strong> by " + " ".join(world.commitment.title.split()[:3]) in fire
    assert "Not yet answered" in knife and "Not yet answered" not in fire


def test_rollover_creates_next_cycle_and_carries_deferred_work(world):
    Commitment.objects.filter(pk=world.commitment.pk).update(state="deferred")
    c = client_for(world, "officer")
    url = reverse("rollover", args=["sscb"])
    form = c.get(url).content.decode()
    assert 'value="2022/23"' in form
    r = c.post(
        url,
        {
            "label": "2022/23",
            "start": "2022-09-01",
            "end": "2023-08-31",
            "themes": [str(world.theme.pk), str(world.theme2.pk)],
            "carry": [str(world.commitment.pk)],
        },
    )
    assert r.status_code == 302
    new = Cycle.objects.get(board=world.board, label="2022/23")
    themes = list(Theme.objects.filter(cycle=new))
    assert {t.continues_id for t in themes} == {world.theme.pk, world.theme2.pk}
    carried = Commitment.objects.get(theme__cycle=new)
    assert carried.carried_from == world.commitment
    assert len(carried.chain()) == 3


def test_rollover_refuses_bad_input(world):
    r = client_for(world, "officer").post(
        reverse("rollover", args=["sscb"]),
        {"label": "2021/22", "start": "2022-09-01", "end": "2022-01-01", "carry": [str(world.commitment.pk)]},
    )
    html = r.content.decode()
    assert r.status_code == 400
    assert "There is already a cycle called 2021/22" in html
    assert "The cycle must end after it starts" in html
    assert "tick its theme too" in html


def test_compose_preview_and_download(world):
    c = client_for(world, "officer")
    url = reverse("compose", args=["sscb"])
    r = c.get(url, {"kind": "end_of_year", "cycle": str(world.cycle.uid), "fmt": "md", "action": "preview"})
    assert r.status_code == 200 and b"Preview" in r.content
    r = c.get(url, {"kind": "end_of_year", "cycle": str(world.cycle.uid), "fmt": "md", "action": "download"})
    assert r.status_code == 200 and "attachment" in r["Content-Disposition"]
    r = c.get(url, {"kind": "nonsense", "cycle": str(world.cycle.uid), "fmt": "md", "action": "download"})
    assert r.status_code == 400


def test_publish_makes_a_paper_public(world):
    anon = client_for(world, "anonymous")
    assert anon.get(reverse("public_paper", args=[world.paper.uid])).status_code == 404
    client_for(world, "officer").post(
        reverse("paper_publish", args=["sscb", world.paper.uid]), {"publish": "1"}
    )
    r = anon.get(reverse("public_paper", args=[world.paper.uid]))
    assert r.status_code == 200
    assert b"<script>alert" not in r.content


def test_security_headers_and_no_inline_script(world):
    r = client_for(world, "officer").get(reverse("board", args=["sscb"]))
    csp = r["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    html = r.content.decode()
    assert '<html lang="en-GB"' in html
    assert "Overview 2021/22 – Safer and Stronger Communities Board – Boardwork</title>" in html
    # Every <script> either loads a file or is JSON data (json_script), never inline code.
    import re

    for tag in re.findall(r"<script[^>]*>", html):
        assert "src=" in tag or 'type="application/json"' in tag, tag
    assert " style=" not in html


def test_sign_in_and_out(world):
    from django.test import Client

    world.users["officer"].set_password("a-long-test-password")
    world.users["officer"].save()
    c = Client(enforce_csrf_checks=True)
    page = c.get(reverse("login"))
    token = page.cookies["csrftoken"].value
    r = c.post(
        reverse("login"),
        {"username": "officer", "password": "a-long-test-password", "csrfmiddlewaretoken": token},
    )
    assert r.status_code == 302
    assert c.post(reverse("logout")).status_code == 403  # no CSRF token
    r = c.post(reverse("logout"), {"csrfmiddlewaretoken": c.cookies["csrftoken"].value})
    assert r.status_code == 302
    bad = Client().post(reverse("login"), {"username": "officer", "password": "wrong"})
    assert "There is a problem" in bad.content.decode()
    assert "Enter a correct username and password." in bad.content.decode()


def test_sign_in_pauses_a_username_after_repeated_failures(world):
    from django.test import Client

    from boardwork.web.throttle import SIGN_IN_FAILURES

    url = reverse("login")
    good = {"username": "officer", "password": "a-long-test-password"}
    # Failures below the limit do not get in the way; a success clears the count.
    for _ in range(SIGN_IN_FAILURES - 1):
        Client().post(url, {"username": "officer", "password": "wrong"})
    assert Client().post(url, good).status_code == 302
    for _ in range(SIGN_IN_FAILURES):
        r = Client().post(url, {"username": "Officer ", "password": "wrong"})
        assert "too many failed attempts" not in r.content.decode()
    r = Client().post(url, good)  # the right password, but paused
    assert r.status_code == 200
    assert "too many failed attempts to sign in with this username" in r.content.decode()
    # Other people are not affected.
    assert Client().post(url, {"username": "member", "password": "a-long-test-password"}).status_code == 302


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2021", (dt.date(2021, 1, 1), "year")),
        ("2021-03", (dt.date(2021, 3, 1), "month")),
        ("March 2021", (dt.date(2021, 3, 1), "month")),
        ("17/03/2021", (dt.date(2021, 3, 17), "day")),
        ("17 March 2021", (dt.date(2021, 3, 17), "day")),
        ("", None),
    ],
)
def test_parse_fuzzy_date(text, expected):
    assert parse_fuzzy_date(text) == expected


def test_parse_fuzzy_date_refuses_nonsense():
    for bad in ("soon", "2021-13", "31/02/2021"):
        with pytest.raises(ValueError):
            parse_fuzzy_date(bad)


def test_unique_names_keeps_each_name_whole():
    assert unique_names(
        [" Home  Office", "NPCC", "home office", "", "Police, Crime, Sentencing and Courts Bill"]
    ) == [
        "Home Office",
        "NPCC",
        "Police, Crime, Sentencing and Courts Bill",
    ]


def test_log_uses_the_shared_filters_and_links_downloads_with_them(world):
    c = client_for(world, "member")
    url = reverse("activities", args=["sscb"])
    # A repeated parameter matches any of its values (the shared filters), as in the API.
    html = c.get(url + f"?theme={world.theme.uid}&theme={world.theme2.uid}").content.decode()
    assert "6 activities match" in html
    # Month precision: 'December 2021' overlaps a range starting mid-month.
    a = world.activities[0]
    Activity.objects.filter(pk=a.pk).update(date=dt.date(2021, 12, 1), date_precision="month")
    html = c.get(url, {"date_from": "2021-12-15", "date_to": "2021-12-31"}).content.decode()
    assert a.title in html
    # Export links carry the filters (not the page number).
    html = c.get(url, {"kind": "lobbying", "page": "1"}).content.decode()
    csv = reverse("export-activities", args=["sscb", "csv"])
    assert f'href="{csv}?kind=lobbying"' in html
    assert reverse("export-activities", args=["sscb", "xlsx"]) + "?kind=lobbying" in html
    assert reverse("board-meetings-ics", args=["sscb"]) in html
    # A value the shared filters refuse is reported on the form, and the log is unfiltered.
    html = c.get(url, {"cycle": "not-a-uid"}).content.decode()
    assert "is not a record id" in html and "6 activities" in html  # a member's: accepted only


def test_log_is_newest_first_with_undated_last(world):
    c = client_for(world, "member")
    Activity.objects.create(board=world.board, cycle=world.cycle, title="Undated work", text="x")
    html = c.get(reverse("activities", args=["sscb"])).content.decode()
    newest = max(world.activities, key=lambda a: (a.date, a.pk))
    assert html.index(newest.title) < html.index("Undated work")


def test_theme_timeline_shows_the_latest_and_links_to_the_log(world, monkeypatch):
    from boardwork.web import views

    monkeypatch.setattr(views, "THEME_TIMELINE", 2)
    c = client_for(world, "member")
    html = c.get(reverse("theme", args=["sscb", world.theme.uid])).content.decode()
    mine = sorted((a for a in world.activities if a.themes.filter(pk=world.theme.pk).exists()),
                  key=lambda a: (a.date, a.pk), reverse=True)  # fmt: skip
    assert len(mine) == 3
    assert mine[0].title in html and mine[1].title in html and mine[2].title not in html
    assert f"?theme={world.theme.uid}&amp;review=accepted" in html
    assert "See all 3" in html


def test_overview_figures_follow_edits(world):
    c = client_for(world, "officer")
    url = reverse("board", args=["sscb"])
    first = c.get(url).context["themes"]
    n = {t.pk: t.n_activities for t in first}[world.theme.pk]
    a = Activity.objects.create(board=world.board, cycle=world.cycle, text="New", kinds="media")
    a.themes.add(world.theme)
    r = c.get(url)
    assert {t.pk: t.n_activities for t in r.context["themes"]}[world.theme.pk] == n + 1
    # A review decision made in bulk (no save(): the bulk writer sends records_changed) shows too.
    Activity.objects.filter(pk=a.pk).update(review=Review.REJECTED, version=a.version + 1)
    records_changed.send(sender=Activity)
    r = c.get(url)
    assert {t.pk: t.n_activities for t in r.context["themes"]}[world.theme.pk] == n
    # Theme titles label the chart series: a renamed theme is shown at once.
    Theme.objects.filter(pk=world.theme.pk).update(title="Safer places")
    records_changed.send(sender=Theme)
    r = c.get(url)
    assert "Safer places" in [s["label"] for s in r.context["charts"]["quarters"]["series"]]


def test_cached_log_rows_follow_edits(world):
    c = client_for(world, "officer")
    url = reverse("activities", args=["sscb"])
    a = world.activities[-1]
    assert a.title in c.get(url).content.decode()
    a.title = "Renamed by an edit"
    a.save()
    html = c.get(url).content.decode()
    assert "Renamed by an edit" in html
    # The bulk decision on imported records bumps the version: the row's status tag changes.
    Activity.objects.filter(pk=a.pk).update(review=Review.TO_REVIEW, version=a.version + 1)
    records_changed.send(sender=Activity)
    html = c.get(url).content.decode()
    row = html[html.index("Renamed by an edit") - 400 : html.index("Renamed by an edit") + 400]
    assert "To review" in row


def test_unfiltered_log_remembers_a_board_over_the_cap(world, monkeypatch):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from boardwork.web import records

    monkeypatch.setattr(records.CappedPaginator, "cap", 3)
    cache.clear()
    c = client_for(world, "member")
    url = reverse("activities", args=["sscb"])
    with CaptureQueriesContext(connection) as first:
        assert "More than 3 activities" in c.get(url).content.decode()
    with CaptureQueriesContext(connection) as second:
        assert "More than 3 activities" in c.get(url).content.decode()
    assert any("COUNT(" in q["sql"] for q in first.captured_queries)
    assert not any("COUNT(" in q["sql"] for q in second.captured_queries)
    # A filtered log is always counted.
    assert "3 activities match" in c.get(url, {"kind": "lobbying"}).content.decode()


@pytest.mark.django_db
def test_overview_chart_counts_each_dated_activity_in_its_cycle_quarter():
    """The quarters chart, grouped in the database: a date before the cycle's second quarter is
    Q1, from its fourth on Q4 (Cycle.quarter_of), an undated activity in none, a withdrawn or
    rejected one not at all."""
    from django.utils import timezone

    from boardwork.boards.models import Board
    from boardwork.web.records import cycle_charts

    board = Board.objects.create(name="Quarters Board", slug="quarters")
    cycle = Cycle.objects.create(
        board=board, label="2021/22", start=dt.date(2021, 9, 1), end=dt.date(2022, 8, 31)
    )
    theme = Theme.objects.create(cycle=cycle, title="Counted", order=1)
    other = Theme.objects.create(cycle=cycle, title="Other", order=2)
    dates = {  # date → the quarter it counts in
        dt.date(2021, 8, 20): 1,  # before the cycle's start: Q1
        dt.date(2021, 9, 1): 1,
        dt.date(2021, 11, 30): 1,
        dt.date(2021, 12, 1): 2,
        dt.date(2022, 2, 28): 2,
        dt.date(2022, 3, 1): 3,
        dt.date(2022, 6, 1): 4,
        dt.date(2022, 8, 31): 4,
        dt.date(2022, 10, 2): 4,  # after its end: Q4
    }
    for day in [*dates, None]:
        a = Activity.objects.create(
            board=board, cycle=cycle, date=day, date_precision="day" if day else "", text="x"
        )
        a.themes.add(theme)
    gone = Activity.objects.create(board=board, cycle=cycle, date=dt.date(2021, 10, 1), date_precision="day",
                                   text="x", withdrawn_on=timezone.now())  # fmt: skip
    gone.themes.add(theme)
    rejected = Activity.objects.create(board=board, cycle=cycle, date=dt.date(2021, 10, 1), date_precision="day",
                                       text="x", review=Review.REJECTED)  # fmt: skip
    rejected.themes.add(theme, other)
    series = {s["label"]: s["data"] for s in cycle_charts(board, cycle, [theme, other])["quarters"]["series"]}
    assert series == {"Counted": [3, 2, 1, 3], "Other": [0, 0, 0, 0]}
    assert [cycle.quarter_of(d) for d in dates] == list(dates.values())  # the rule it follows


def test_compose_link_without_action_preselects_what_it_names(world):
    c = client_for(world, "officer")
    url = reverse("compose", args=["sscb"])
    html = c.get(url, {"kind": "performance", "quarter": "2", "fmt": "pdf"}).content.decode()
    checked = re.findall(r"<input[^>]*checked[^>]*>", html)
    assert any('value="performance"' in i for i in checked)
    assert any('value="pdf"' in i for i in checked)
    assert not any('value="end_of_year"' in i for i in checked)
    assert re.search(r'<option value="2" selected', html)
    # A performance report is not the work plan: members' feedback is not offered beside it.
    world.cycle.feedback.create(text="Say more on knife crime")
    assert "Say more on knife crime" not in c.get(url, {"kind": "performance"}).content.decode()
    assert "Say more on knife crime" in c.get(url, {"kind": "work_plan"}).content.decode()
    # Nonsense in the link is ignored, not an error: the defaults stand.
    r = c.get(url, {"kind": "<b>", "cycle": "not-a-uid", "quarter": "9"})
    assert r.status_code == 200
    assert any(
        'value="end_of_year"' in i for i in re.findall(r"<input[^>]*checked[^>]*>", r.content.decode())
    )
