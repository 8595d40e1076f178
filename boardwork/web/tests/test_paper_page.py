"""The paper page shows the paper's text in the paper's own outline: its headings as headings (the
title, sections, sub-sections) and its list items indented, each block escaped and anchored
(#p-<index>) where search links it."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from boardwork.activities.models import Activity
from boardwork.papers.models import StoredPaper
from boardwork.plans.models import Review

from .web_fixtures import client_for, world_fixture  # noqa: F401

BLOCKS = [
    {"type": "heading", "level": 1, "text": "Annual meeting <agenda>"},
    {"type": "heading", "level": 2, "number": "1", "text": "Appointment of chair"},
    {"type": "heading", "level": 3, "text": "Nominations"},
    {"type": "paragraph", "number": "1.1", "text": "The Authority is asked to appoint a chair."},
    {"type": "list_item", "number": "a", "depth": 1, "text": "first item"},
    {"type": "list_item", "depth": 2, "text": "an inner item"},
    # A stored structure from an older reader, or a hand-edited one: levels and depths out of range.
    {"type": "heading", "level": "two", "text": "Odd level"},
    {"type": "list_item", "depth": 99, "text": "deep item"},
]


@pytest.fixture
def page(world):
    paper = StoredPaper.objects.create(
        board=world.board, title="Annual meeting", structure={"format": "boardwork.paper/1", "blocks": BLOCKS}
    )
    r = client_for(world, "officer").get(reverse("paper", args=["sscb", paper.uid]))
    assert r.status_code == 200
    yield r.content.decode().split('class="bw-paper-text"', 1)[1]
    paper.delete()


def block(html: str, index: int) -> str:
    return html.split(f'id="p-{index}">', 1)[1].split("</div>", 1)[0]


def test_headings_are_headings_by_level(page):
    assert re.match(r'<h3 class="govuk-heading-m[^"]*">Annual meeting &lt;agenda&gt;</h3>', block(page, 0))
    assert re.match(r"<h4 [^>]*><span [^>]*>1</span> Appointment of chair</h4>", block(page, 1))
    assert block(page, 2).startswith("<h5 ") and "Nominations" in block(page, 2)
    # A level that is not a number is read as a section, not dropped or trusted.
    assert block(page, 6).startswith("<h4 ") and "Odd level" in block(page, 6)


def test_paragraphs_keep_their_numbers(page):
    assert re.match(
        r'<p class="govuk-body bw-source"><span [^>]*>1\.1\.</span> The Authority', block(page, 3)
    )


def test_list_items_are_indented_by_depth(page):
    assert 'bw-list-item bw-depth-1"' in block(page, 4) and ">a.</span> first item" in block(page, 4)
    assert 'bw-depth-2"' in block(page, 5) and "bw-bullet" in block(page, 5)
    assert 'bw-depth-4"' in block(page, 7)  # capped: the stylesheet indents four depths
    assert "<h" not in block(page, 4) + block(page, 5)


# -- the empty state: why nothing was proposed --------------------------------------------------

NO_WORK = "this reads as an agenda \u2014 it lists business to come, not work done"


def _review(world, structure, work: str | None = None, kinds: str = "event") -> str:
    paper = StoredPaper.objects.create(board=world.board, title="Board meeting", structure=structure)
    if work:
        Activity.objects.create(board=world.board, text=work, kinds=kinds, source_paper=paper)
    r = client_for(world, "officer").get(reverse("paper", args=["sscb", paper.uid]))
    assert r.status_code == 200
    Activity.objects.filter(source_paper=paper).delete()
    paper.delete()
    return r.content.decode().split("Review what was found", 1)[1].split('id="text"', 1)[0]


def test_a_paper_judged_to_report_no_work_says_why(world):
    html = _review(world, {"blocks": BLOCKS, "notes": {"no_work": NO_WORK}})
    assert (
        "Nothing proposed: this reads as an agenda \u2014 it lists business to come, not work done. "
        "If it does report work, add the activities by hand." in html
    )
    assert "No records were found" not in html


def test_a_paper_of_work_does_not(world):
    html = _review(world, {"blocks": BLOCKS}, work="The Board held a safer streets week in the town centre.")
    assert "safer streets week" in html
    assert "Nothing proposed" not in html and "No records were found" not in html


def test_a_paper_stored_without_the_judgement_keeps_the_old_text(world):
    html = _review(world, {"blocks": BLOCKS})
    assert "No records were found in this paper." in html
    assert "Nothing proposed" not in html


# -- the kind as an officer reads it --------------------------------------------------------------


def test_support_is_shown_as_support_whoever_was_helped(world):
    # An imported paper of another body: its support went to residents, not to councils, so the
    # kind's label names the kind only (the kind covers help to councils and services to people).
    html = _review(
        world,
        {"blocks": BLOCKS},
        work="The partnership funded a helpline for victims of domestic abuse in the borough.",
        kinds="support",
    )
    assert re.search(r'<dt class="govuk-summary-list__key">Kind</dt><dd [^>]*>Support</dd>', html)
    assert "to councils" not in html


# -- whose meeting an imported paper is for ------------------------------------------------------


def _summary(world, meta: dict | None) -> str:
    structure = {"blocks": BLOCKS, **({"meta": meta} if meta is not None else {})}
    paper = StoredPaper.objects.create(board=world.board, title="Minutes", structure=structure)
    r = client_for(world, "officer").get(reverse("paper", args=["sscb", paper.uid]))
    assert r.status_code == 200
    paper.delete()
    return r.content.decode().split('class="govuk-summary-list"', 1)[1].split("Review what was found", 1)[0]


def test_an_imported_paper_shows_the_meeting_it_states(world):
    # Another body's minutes, not linked to a meeting of the board: the reviewer sees whose meeting.
    html = _summary(world, {"body": "Westmoor Overview and Scrutiny Committee", "meeting_date": "2019-02-26"})
    assert "Westmoor Overview and Scrutiny Committee, 26 February 2019" in html
    assert "as the paper states it" in html
    assert re.search(
        r">Meeting</dt><dd [^>]*>Westmoor Overview and Scrutiny Committee, 26 February 2019", html
    )


def test_a_paper_stating_only_a_day_shows_it_as_its_date_not_a_meeting(world):
    # A news page's date line is read as the paper's day; with no body nor item it names no meeting.
    html = _summary(world, {"body": None, "meeting_date": "2019-02-26"})
    assert ">Meeting<" not in html
    assert re.search(r">Date</dt><dd [^>]*>26 February 2019", html)
    # With an item it is a meeting's paper, whatever else it names.
    structure = {"blocks": BLOCKS, "meta": {"body": None, "meeting_date": "2019-02-26"}}
    paper = StoredPaper.objects.create(board=world.board, title="Item", item="7", structure=structure)
    r = client_for(world, "officer").get(reverse("paper", args=["sscb", paper.uid]))
    assert re.search(r">Meeting</dt><dd [^>]*>26 February 2019, item 7", r.content.decode())


def test_a_paper_naming_only_its_body_shows_it_as_the_body_not_a_meeting(world):
    # A news page or an annual report names the council it is of; that is no meeting.
    html = _summary(world, {"body": "Westmoor Borough Council", "meeting_date": None})
    assert ">Meeting<" not in html
    assert re.search(r">Body</dt><dd [^>]*>Westmoor Borough Council", html)


def test_a_paper_stating_no_meeting_shows_no_meeting_row(world):
    assert ">Meeting<" not in _summary(world, {"body": None, "meeting_date": None})
    assert ">Meeting<" not in _summary(world, None)
    # A date that is no date is not shown, and does not break the page.
    assert ">Meeting<" not in _summary(world, {"meeting_date": "2019-13-45"})


# -- accepting in bulk never takes a flagged guess unread --------------------------------------------


def _paper_with(world, unsure_flags: list[bool]) -> StoredPaper:
    paper = StoredPaper.objects.create(board=world.board, title="Partnership annual report", structure={})
    for i, flagged in enumerate(unsure_flags):
        Activity.objects.create(
            board=world.board,
            text=f"The partnership ran safety week {i} in the town centre.",
            kinds="event",
            source_paper=paper,
            unsure=["The kind is a guess from the word 'ran': check it."] if flagged else [],
            confidence=0.6 if flagged else None,
            review=Review.TO_REVIEW,
        )
    return paper


def test_with_unsure_records_the_page_offers_to_accept_only_the_sure_ones(world):
    paper = _paper_with(world, [False, False, True])
    html = client_for(world, "officer").get(reverse("paper", args=["sscb", paper.uid])).content.decode()
    assert "Accept the 2 records Boardwork was sure of" in html
    assert "Accept all 3, the 1 unsure too" in html


def test_accepting_the_sure_ones_leaves_the_unsure_to_review_and_says_so(world):
    paper = _paper_with(world, [False, True, True])
    c = client_for(world, "officer")
    r = c.post(reverse("accept_all", args=["sscb", paper.uid]), {"which": "sure"}, follow=True)
    reviews = sorted((bool(a.unsure), a.review) for a in Activity.objects.filter(source_paper=paper))
    assert reviews == [(False, "accepted"), (True, "to_review"), (True, "to_review")]
    assert (
        "1 record accepted. 2 that Boardwork was unsure of are left for you to check." in r.content.decode()
    )


def test_accepting_all_still_accepts_the_unsure_ones_too(world):
    paper = _paper_with(world, [False, True])
    client_for(world, "officer").post(reverse("accept_all", args=["sscb", paper.uid]), {"which": "all"})
    assert set(Activity.objects.filter(source_paper=paper).values_list("review", flat=True)) == {"accepted"}


def test_with_nothing_unsure_there_is_one_plain_button(world):
    paper = _paper_with(world, [False, False])
    html = client_for(world, "officer").get(reverse("paper", args=["sscb", paper.uid])).content.decode()
    assert "Accept all 2 records" in html and "sure of" not in html


def test_an_unsure_record_of_an_unnumbered_paper_is_pointed_to_by_its_place_among_the_activities(world):
    paper = _paper_with(world, [False, False, True])
    html = client_for(world, "officer").get(reverse("paper", args=["sscb", paper.uid])).content.decode()
    unsure_list = html.split('class="govuk-body bw-unsure-list"', 1)[1].split("</p>", 1)[0]
    assert ">activity 3</a>" in unsure_list and ">activity 1</a>" not in unsure_list
