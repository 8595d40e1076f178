"""The readiness check before composing (papers/readiness.py): CLI `report … --check` and the compose page."""

from __future__ import annotations

from io import StringIO

from django.core.management import call_command
from django.urls import reverse

from boardwork.papers import readiness


def by_code(issues, code):
    return [i for i in issues if i.code == code]


def test_end_of_year_readiness_on_the_quick_entry_year(quick_entry):
    b, c, ids = quick_entry["board"], quick_entry["cycle"], quick_entry["ids"]
    a33 = ids["a33"]
    a33.cycle = None
    a33.save()
    issues = readiness.check(b, "end-of-year", c)
    no_theme = {r for i in by_code(issues, "no_theme") for r in i.refs}
    assert no_theme == {ids[x].ref for x in ("a2", "a14", "a36")}
    dups = [set(i.refs) for i in by_code(issues, "duplicate")]
    assert {ids["a3"].ref, ids["a4"].ref} in dups and {ids["a38"].ref, ids["a39"].ref} in dups
    assert len(dups) == 2
    assert [i.refs for i in by_code(issues, "no_cycle")] == [[a33.ref]]
    assert by_code(issues, "no_cycle")[0].url == reverse("activity_edit", args=[b.slug, a33.uid])
    # Q4: every commitment still open has its update (the dropped survey needs none).
    assert by_code(issues, "no_update") == []
    # Slipped with no reason for this year (none recorded; or only the year it came from's): the
    # paper can only give the latest rating, so the officer is told.
    no_reason = {r for i in by_code(issues, "no_reason") for r in i.refs}
    assert no_reason == {ids["c4"].ref}


def test_performance_readiness_names_missing_updates(quick_entry):
    b, c, ids = quick_entry["board"], quick_entry["cycle"], quick_entry["ids"]
    missing = {r for i in by_code(readiness.check(b, "performance", c, 3), "no_update") for r in i.refs}
    assert missing == {ids["c3"].ref, ids["c8"].ref}


def test_work_plan_readiness_flags_unanswered_feedback(quick_entry):
    b, c, ids = quick_entry["board"], quick_entry["cycle"], quick_entry["ids"]
    assert len(by_code(readiness.check(b, "work-plan", c), "unanswered_feedback")) == 5
    ids["c5"].answers_feedback.add(ids["f4"])
    left = by_code(readiness.check(b, "work-plan", c), "unanswered_feedback")
    assert len(left) == 4 and ids["f4"].ref not in {r for i in left for r in i.refs}


def test_report_check_command(quick_entry):
    out = StringIO()
    call_command(
        "report",
        "end-of-year",
        "--board",
        quick_entry["board"].slug,
        "--cycle",
        "2023/24",
        "--check",
        stdout=out,
    )
    text = out.getvalue()
    assert "look like one event logged twice" in text
    assert f"fix: /boards/{quick_entry['board'].slug}/activities/" in text
    assert text.strip().endswith("things to look at before composing the end-of-year for 2023/24.")


def test_compose_page_shows_readiness(client, admin_user, quick_entry):
    client.force_login(admin_user)
    b, c = quick_entry["board"], quick_entry["cycle"]
    url = reverse("compose", args=[b.slug])
    r = client.get(url, {"action": "preview", "kind": "end_of_year", "cycle": str(c.uid), "fmt": "docx"})
    assert r.status_code == 200
    html = r.content.decode()
    assert "Before you send it" in html and "look like one event logged twice" in html
    assert reverse("activity_edit", args=[b.slug, quick_entry["ids"]["a4"].uid]) in html
    # Not shown before anything is asked for.
    assert "Before you send it" not in client.get(url).content.decode()
