"""Draft papers: versions, block edits, recompose keeping edits, sign-off and publishing
(papers/drafts.py)."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from boardwork.activities.models import Activity
from boardwork.boards.models import Change, Membership, Person, StaleEdit
from boardwork.papers import drafts
from boardwork.papers.models import Approval, NotSignedOff, SignoffChain, StoredPaper
from boardwork.web.tests.web_fixtures import build_world


@pytest.fixture(scope="module")
def _w(module_db):
    # Built once per module (conftest.py's module_db); each test gets a copy, its changes rolled back.
    w = build_world()
    User = type(w.users["officer"])
    second = User.objects.create_user("officer2", password="x")
    Membership.objects.create(
        board=w.board, person=Person.objects.create(name="Second", user=second), role="officer"
    )
    w.users["officer2"] = second
    return w


@pytest.fixture
def w(_w, db):
    return copy.deepcopy(_w)


def _draft(w, who="officer"):
    return drafts.save_draft(w.board, StoredPaper.Kind.END_OF_YEAR, w.cycle, w.users[who])


def _key_of(paper, text_start):
    v = drafts.latest(paper)
    for key, block in zip(v.keys, v.document().blocks, strict=True):
        if getattr(block, "text", "").startswith(text_start):
            return key, block
    raise AssertionError(f"no block starting {text_start!r}")


def test_saving_a_draft_stores_version_one_and_records_it(w):
    p = _draft(w)
    assert (
        p.status == StoredPaper.Status.DRAFT and p.origin == StoredPaper.Origin.GENERATED and not p.published
    )
    assert p.author == w.users["officer"] and p.cycle == w.cycle
    assert [v.number for v in p.versions.all()] == [1]
    assert "End of Year Report" in p.title
    assert any("Home Office about item 1" in b["text"] for b in p.structure["blocks"] if "text" in b)
    assert [c.action for c in Change.history(p)] == ["draft saved"]


def test_editing_a_block_keeps_its_refs_records_before_after_and_makes_a_version(w):
    p = _draft(w)
    key, block = _key_of(p, "The board met the Home Office about item 1.")
    v = drafts.edit_block(p, key, "  The board met the Home Office and the NPCC.  ", w.users["officer"], 1)
    p.refresh_from_db()
    assert v.number == 2 and p.version == 2
    _, edited = _key_of(p, "The board met the Home Office and the NPCC.")
    assert edited.refs == block.refs and edited.number == block.number
    change = Change.history(p).first()
    assert change.action == "block edited" and change.user == w.users["officer"]
    assert change.changes["text"] == [
        "The board met the Home Office about item 1.",
        "The board met the Home Office and the NPCC.",
    ]
    # The older version is kept as it was.
    assert any(
        b.get("text") == "The board met the Home Office about item 1."
        for b in p.versions.get(number=1).structure["blocks"]
    )


def test_a_stale_edit_is_refused_and_saves_nothing(w):
    p = _draft(w)
    key, _ = _key_of(p, "The board met the Home Office about item 1.")
    drafts.edit_block(p, key, "First edit.", w.users["officer"], 1)
    with pytest.raises(StaleEdit):
        drafts.edit_block(p, key, "Second edit on the old version.", w.users["officer2"], 1)
    p.refresh_from_db()
    assert p.edits[key] == "First edit." and p.versions.count() == 2


def test_tables_and_empty_text_cannot_be_edited(w):
    p = _draft(w)
    key, _ = _key_of(p, "The board met the Home Office about item 1.")
    with pytest.raises(drafts.DraftError):
        drafts.edit_block(p, key, "   ", w.users["officer"], 1)
    with pytest.raises(drafts.DraftError):
        drafts.edit_block(p, "not-a-key", "Text", w.users["officer"], 1)
    assert StoredPaper.objects.get(pk=p.pk).version == 1


def test_recompose_keeps_the_officers_edit_and_the_diff_shows_what_changed(w):
    p = _draft(w)
    key, _ = _key_of(p, "The board met the Home Office about item 5.")
    drafts.edit_block(p, key, "An edited sentence about the Home Office.", w.users["officer"], 1)
    new = Activity.objects.create(
        board=w.board,
        cycle=w.cycle,
        date=dt.date(2021, 9, 2),
        date_precision="day",
        kinds="event",
        title="New",
        text="Spoke at the county lines summit.",
    )
    new.themes.add(w.theme)
    v = drafts.recompose(StoredPaper.objects.get(pk=p.pk), w.users["officer"], 2)
    p.refresh_from_db()
    assert v.number == 3 and [x.number for x in p.versions.all()] == [3, 2, 1]
    texts = [b.get("text") for b in p.structure["blocks"]]
    assert "An edited sentence about the Home Office." in texts
    assert any(t and t.endswith("at the county lines summit.") for t in texts)
    changes = drafts.version_diff(p, 3)
    added = [c.after for c in changes if c.status == "added"]
    assert len(added) == 1 and added[0].endswith("at the county lines summit.")
    kept = [c for c in changes if c.key == key]
    assert kept[0].status == "same" and kept[0].edited
    # Against version 1 the officer's edit shows as a change, marked as theirs.
    assert [
        c.edited for c in drafts.version_diff(p, 3, against=1) if c.key == key and c.status == "changed"
    ] == [True]


def test_default_chain_is_an_officer_then_the_chair_when_the_board_has_one(w):
    assert drafts.default_chain(w.board) == ["officer"]
    Membership.objects.create(board=w.board, person=Person.objects.create(name="Chair"), role="chair")
    assert drafts.default_chain(w.board) == ["officer", "chair"]
    SignoffChain.objects.create(board=w.board, roles=["chair"])
    assert drafts.chain_for(w.board) == ["chair"]


def test_the_author_cannot_sign_off_their_own_paper_another_officer_can(w):
    p = _draft(w)
    with pytest.raises(drafts.NotAllowed):
        drafts.decide(p, w.users["officer"], "approved")
    with pytest.raises(drafts.NotAllowed):
        drafts.decide(p, w.users["member"], "approved")
    drafts.decide(p, w.users["officer2"], "approved", "Good to go")
    p.refresh_from_db()
    assert p.status == StoredPaper.Status.SIGNED_OFF
    assert [(a.decision, a.user.username) for a in p.approvals.all()] == [("approved", "officer2")]


def test_officer_then_chair_in_order_and_a_return_starts_again(w):
    chair = type(w.users["officer"]).objects.create_user("chair", password="x")
    Membership.objects.create(
        board=w.board, person=Person.objects.create(name="Chair", user=chair), role="chair"
    )
    p = _draft(w)
    with pytest.raises(drafts.NotAllowed):  # the chair's step comes second
        drafts.decide(p, chair, "approved")
    drafts.decide(p, w.users["officer2"], "approved")
    with pytest.raises(drafts.DraftError):
        drafts.decide(p, chair, "returned", "")  # a return says why
    drafts.decide(p, chair, "returned", "Say more about county lines.")
    p.refresh_from_db()
    assert p.status == StoredPaper.Status.DRAFT and p.signoff_round == 2
    assert drafts.signoff(p).next_step.role == "officer"
    drafts.decide(p, w.users["officer2"], "approved")
    drafts.decide(p, chair, "approved")
    p.refresh_from_db()
    assert p.status == StoredPaper.Status.SIGNED_OFF
    assert [a.decision for a in drafts.signoff(p).trail] == ["approved", "returned", "approved", "approved"]


def test_an_edit_after_approval_resets_the_approvals(w):
    p = _draft(w)
    drafts.decide(p, w.users["officer2"], "approved")
    p.refresh_from_db()
    key, _ = _key_of(p, "The board met the Home Office about item 1.")
    drafts.edit_block(p, key, "Changed after sign-off.", w.users["officer"], p.version)
    p.refresh_from_db()
    assert p.status == StoredPaper.Status.DRAFT
    assert drafts.signoff(p).next_step.index == 0
    assert Approval.objects.filter(paper=p).count() == 1  # the trail keeps the old approval
    with pytest.raises(NotSignedOff):
        drafts.set_published(p, w.users["officer"], True)


def test_only_a_signed_off_paper_is_published_and_both_ways_are_recorded(w):
    p = _draft(w)
    with pytest.raises(NotSignedOff):
        drafts.set_published(p, w.users["officer"], True)
    assert not StoredPaper.objects.get(pk=p.pk).published
    drafts.decide(p, w.users["officer2"], "approved")
    drafts.set_published(p, w.users["officer"], True)
    p.refresh_from_db()
    assert p.published and p.published_at
    drafts.set_published(p, w.users["officer"], False)
    p.refresh_from_db()
    assert not p.published
    assert [c.action for c in Change.history(p)][:2] == ["withdrawn", "published"]
    with pytest.raises(drafts.DraftError):  # a published paper is withdrawn before it changes
        p.published = True
        p.save()
        drafts.recompose(p, w.users["officer"], p.version)
