"""Draft paper pages (web/draftviews.py): save from compose, edit a paragraph, recompose and see
what changed, sign off, confirm publishing and withdrawing; each for every persona."""

from __future__ import annotations

import copy
import datetime as dt
import re

import pytest
from django.core.cache import cache
from django.urls import reverse

from boardwork.activities.models import Activity
from boardwork.boards.models import Change, Membership, Person
from boardwork.papers import drafts
from boardwork.papers.models import StoredPaper

from .web_fixtures import build_world, client_for

PERSONAS = ["anonymous", "outsider", "member", "officer", "admin"]


@pytest.fixture(scope="module")
def _w(module_db):
    # Built once per module (conftest.py's module_db); each test gets a copy, its changes rolled back.
    w = build_world()
    User = type(w.users["officer"])
    w.users["officer2"] = User.objects.create_user("officer2", password="x")
    Membership.objects.create(
        board=w.board, person=Person.objects.create(name="Second", user=w.users["officer2"]), role="officer"
    )
    w.draft = drafts.save_draft(w.board, StoredPaper.Kind.END_OF_YEAR, w.cycle, w.users["officer"])
    return w


@pytest.fixture
def w(_w, db):
    return copy.deepcopy(_w)


def _refused(r) -> bool:
    return r.status_code in (403, 404) or (r.status_code == 302 and "next=" in r["Location"])


def _key(paper, text):
    v = drafts.latest(paper)
    return next(k for k, b in zip(v.keys, v.document().blocks, strict=True) if getattr(b, "text", "") == text)


def test_compose_preview_offers_save_as_draft_to_officers_and_saves_it(w):
    c = client_for(w, "officer")
    r = c.get(
        reverse("compose", args=["sscb"]),
        {"kind": "end_of_year", "cycle": str(w.cycle.uid), "fmt": "md", "action": "preview"},
    )
    assert r.status_code == 200 and b"Save as draft" in r.content
    r = c.post(reverse("draft_save", args=["sscb"]), {"kind": "end_of_year", "cycle": str(w.cycle.uid)})
    assert r.status_code == 302
    p = StoredPaper.objects.filter(status="draft").exclude(pk=w.draft.pk).get()
    assert r["Location"] == reverse("draft", args=["sscb", p.uid])
    assert p.versions.count() == 1 and p.author == w.users["officer"]


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_may_save_a_draft(w, persona):
    before = StoredPaper.objects.count()
    r = client_for(w, persona).post(
        reverse("draft_save", args=["sscb"]), {"kind": "work_plan", "cycle": str(w.cycle.uid)}
    )
    assert _refused(r) == (persona not in ("officer", "admin"))
    assert StoredPaper.objects.count() == before + (0 if _refused(r) else 1)


def test_save_refuses_another_boards_meeting(w):
    from boardwork.boards.models import Meeting

    theirs = Meeting.objects.create(board=w.other, date=dt.date(2022, 1, 1))
    r = client_for(w, "officer").post(
        reverse("draft_save", args=["sscb"]),
        {"kind": "work_plan", "cycle": str(w.cycle.uid), "meeting": str(theirs.uid)},
    )
    assert r.status_code == 302 and r["Location"].endswith("/papers/compose/")
    assert StoredPaper.objects.filter(meeting=theirs).count() == 0


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_may_read_a_draft_and_who_sees_edit_links(w, persona):
    r = client_for(w, persona).get(reverse("draft", args=["sscb", w.draft.uid]))
    assert _refused(r) == (persona in ("anonymous", "outsider"))
    if not _refused(r):
        assert b"The board met the Home Office about item 1." in r.content
        assert (b"/draft/blocks/" in r.content) == (persona in ("officer", "admin"))


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_may_edit_a_paragraph(w, persona):
    key = _key(w.draft, "The board met the Home Office about item 1.")
    url = reverse("draft_block", args=["sscb", w.draft.uid, key])
    c = client_for(w, persona)
    assert _refused(c.get(url)) == (persona not in ("officer", "admin"))
    r = c.post(url, {"text": "Reworded by hand.", "version": "1"})
    assert _refused(r) == (persona not in ("officer", "admin"))
    w.draft.refresh_from_db()
    assert (w.draft.edits.get(key) == "Reworded by hand.") == (not _refused(r))


def test_editing_a_paragraph_without_js_then_a_stale_form_is_refused(w):
    c = client_for(w, "officer")
    key = _key(w.draft, "The board met the Home Office about item 1.")
    url = reverse("draft_block", args=["sscb", w.draft.uid, key])
    r = c.get(url)
    assert b'name="version" value="1"' in r.content and b"about item 1." in r.content
    r = c.post(url, {"text": "Reworded by hand.", "version": "1"})
    assert r.status_code == 302 and r["Location"].endswith(f"#b-{key}")
    page = c.get(r["Location"]).content.decode()
    assert "Reworded by hand." in page and "Edited" in page
    r = c.post(url, {"text": "A second hand on the old version.", "version": "1"})
    assert r.status_code == 409 and b"changed by someone else" in r.content
    assert StoredPaper.objects.get(pk=w.draft.pk).edits[key] == "Reworded by hand."
    r = c.post(url, {"text": "   ", "version": "2"})
    assert r.status_code == 400


def test_recompose_keeps_the_edit_and_shows_what_changed(w):
    c = client_for(w, "officer")
    key = _key(w.draft, "The board met the Home Office about item 3.")
    c.post(
        reverse("draft_block", args=["sscb", w.draft.uid, key]),
        {"text": "Our own words on item 3.", "version": "1"},
    )
    a = Activity.objects.create(
        board=w.board,
        cycle=w.cycle,
        date=dt.date(2021, 10, 5),
        date_precision="day",
        kinds="event",
        text="Hosted a summit on knife crime.",
    )
    a.themes.add(w.theme)
    r = c.post(reverse("draft_recompose", args=["sscb", w.draft.uid]), {"version": "2"})
    assert r.status_code == 302 and r["Location"] == reverse("draft_version", args=["sscb", w.draft.uid, 3])
    page = c.get(r["Location"]).content.decode()
    assert re.search(r"1 added, 0 removed, \d+ changed", page)
    assert "summit on knife crime." in page  # as compose narrates it ("In October we hosted …")
    whole = c.get(r["Location"] + "?all=1&against=1").content.decode()
    assert "Officer's edit" in whole and "Our own words on item 3." in whole
    draft_page = c.get(reverse("draft", args=["sscb", w.draft.uid])).content.decode()
    assert "Our own words on item 3." in draft_page and "summit on knife crime." in draft_page


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_may_recompose(w, persona):
    r = client_for(w, persona).post(reverse("draft_recompose", args=["sscb", w.draft.uid]), {"version": "1"})
    assert _refused(r) == (persona not in ("officer", "admin"))
    assert StoredPaper.objects.get(pk=w.draft.pk).versions.count() == (1 if _refused(r) else 2)


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_may_read_a_version(w, persona):
    r = client_for(w, persona).get(reverse("draft_version", args=["sscb", w.draft.uid, 1]))
    assert _refused(r) == (persona in ("anonymous", "outsider"))


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_may_sign_off(w, persona):
    # The author (officer) cannot approve their own paper; the member holds no step of the chain.
    r = client_for(w, persona).post(
        reverse("draft_signoff", args=["sscb", w.draft.uid]), {"decision": "approved", "version": "1"}
    )
    assert _refused(r) == (persona != "admin")
    assert StoredPaper.objects.get(pk=w.draft.pk).status == ("signed_off" if persona == "admin" else "draft")


def test_signoff_trail_return_then_approve_then_publish_with_confirmation(w):
    second = client_for(w, "officer2")
    url = reverse("draft_signoff", args=["sscb", w.draft.uid])
    r = second.post(url, {"decision": "returned", "comment": "", "version": "1"})
    assert r.status_code == 302 and StoredPaper.objects.get(pk=w.draft.pk).approvals.count() == 0
    second.post(url, {"decision": "returned", "comment": "Name the summit.", "version": "1"})
    officer = client_for(w, "officer")
    confirm = reverse("publish_confirm", args=["sscb", w.draft.uid])
    assert b"has not been signed off" in officer.get(confirm).content
    r = officer.post(reverse("paper_publish", args=["sscb", w.draft.uid]), {"publish": "1"})
    assert not StoredPaper.objects.get(pk=w.draft.pk).published
    second.post(url, {"decision": "approved", "comment": "", "version": "1"})
    page = officer.get(reverse("draft", args=["sscb", w.draft.uid])).content.decode()
    assert "Name the summit." in page and "Signed off" in page
    r = officer.get(confirm)
    assert b"Publish this paper?" in r.content and b"Yes, publish it" in r.content
    officer.post(reverse("paper_publish", args=["sscb", w.draft.uid]), {"publish": "1"})
    assert StoredPaper.objects.get(pk=w.draft.pk).published
    assert client_for(w, "anonymous").get(reverse("public_paper", args=[w.draft.uid])).status_code == 200
    assert b"Withdraw this paper?" in officer.get(confirm).content
    officer.post(reverse("paper_publish", args=["sscb", w.draft.uid]), {"publish": "0"})
    assert not StoredPaper.objects.get(pk=w.draft.pk).published
    actions = [c.action for c in Change.history(w.draft)]
    assert actions[:4] == ["withdrawn", "published", "approved", "returned"]


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_may_see_the_publish_confirmation(w, persona):
    r = client_for(w, persona).get(reverse("publish_confirm", args=["sscb", w.paper.uid]))
    assert _refused(r) == (persona not in ("officer", "admin"))


def test_a_stored_paper_has_no_draft_page(w):
    r = client_for(w, "officer").get(reverse("draft", args=["sscb", w.paper.uid]))
    assert r.status_code == 404


def test_the_papers_list_marks_drafts_and_links_to_them(w):
    r = client_for(w, "member").get(reverse("papers", args=["sscb"]))
    assert reverse("draft", args=["sscb", w.draft.uid]).encode() in r.content


def test_draft_page_queries_do_not_grow_with_versions_and_approvals(w, django_assert_max_num_queries):
    c = client_for(w, "officer")
    url = reverse("draft", args=["sscb", w.draft.uid])
    c.get(url)
    # Built afresh, every cache empty (a hit reads nothing about the records): session, user,
    # data version, board and role, the reader's name, paper, latest version with its author,
    # trail, chain, chair, the caller's roles, history, people, versions: 14, however many
    # versions and approvals. (The paper's board was read again, and the latest version's author
    # apart: 16.)
    cache.clear()
    with django_assert_max_num_queries(14):
        c.get(url)
    key = _key(w.draft, "The board met the Home Office about item 1.")
    for n in range(1, 6):
        drafts.edit_block(
            StoredPaper.objects.get(pk=w.draft.pk), key, f"Edit number {n}.", w.users["officer"], n
        )
    drafts.decide(StoredPaper.objects.get(pk=w.draft.pk), w.users["officer2"], "returned", "Again", 6)
    c.get(url)  # the changes above renew the remembered board-and-role look-up; measure after it
    cache.clear()
    with django_assert_max_num_queries(14):
        r = c.get(url)
    assert b"Edit number 5." in r.content


def test_the_papers_list_says_a_composed_paper_was_composed_where_a_file_name_would_be(w):
    page = client_for(w, "member").get(reverse("papers", args=["sscb"])).content.decode()
    assert "Composed in Boardwork · " in page
    assert '<span class="govuk-body-s bw-secondary"> · ' not in page
