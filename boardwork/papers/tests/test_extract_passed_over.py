"""Work the pipeline passed over before any kind was read (issue #15): the unnumbered paragraphs of a
numbered paper that are its own telling (a section numbered on its heading only, the paragraphs
under a numbered sub-heading read as a paragraph) against the asides between numbered paragraphs (a
note, a quotation, a contact line); and the labels of a consultation's feedback page, no theme.
Wording invented for the tests, in the genre of boards' briefings, partnerships' reports and
consultation pages, not taken from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.dates import detect_cycle
from boardwork.papers.extract.sections import build_units, numbers_a_heading, plain_telling

# -- unnumbered paragraphs of a numbered paper ------------------------------------------------------

_DEED_BACKGROUND = (
    "A task group of officers from the council, the police and the health board has met monthly since "
    "March and commissioned a review of the area's community safety arrangements."
)
_DEED_UNDER_SUBHEAD = (
    "In June the Board held a workshop with the youth offending service on diversion schemes."
)
_ASIDE = "Further detail of the workshop held in June is given in the appendix to the report."


def _briefing(*, subhead_numbered_as_paragraph: bool = True) -> Paper:
    """A board's briefing that numbers its headings ("2. Background", "3.1 Progress so far") and not
    its paragraphs; the reader took the numbered sub-heading for a numbered paragraph."""
    sub = (
        Paragraph(text="Progress so far", number="3.1")
        if subhead_numbered_as_paragraph
        else Heading("Progress so far", 3)
    )
    return Paper(
        meta=Meta(title="Community Safety Review", body="Westmere Public Services Board"),
        blocks=[
            Heading("Community Safety Review", 1),
            Heading("Purpose", 2),
            Paragraph(text="To update the Board on the first phase of the community safety review."),
            Heading("Background", 2),
            Paragraph(text=_DEED_BACKGROUND),
            Heading("Key issues", 2),
            sub,
            Paragraph(text=_DEED_UNDER_SUBHEAD),
        ],
    )


def _numbered_report() -> Paper:
    """A report that numbers its paragraphs, with a note set between two of them."""
    return Paper(
        meta=Meta(title="Annual report of the Partnership", body="Westmere Community Safety Partnership"),
        blocks=[
            Heading("Annual report of the Partnership", 1),
            Heading("Progress", 2),
            Paragraph(text="The Partnership ran a campaign on cycle theft in the spring.", number="3.1"),
            Paragraph(text=_ASIDE),
            Paragraph(text="The Partnership trained 40 door staff in spotting vulnerability.", number="3.2"),
        ],
    )


def _texts(paper: Paper, trained_model: bool = False) -> list[str]:
    return [a["text"] for a in extract(paper, trained_model=trained_model)["activities"]]


@pytest.mark.parametrize(
    "text",
    ["Progress so far", "Capacity & Resource", "Next steps", "Safeguarding", "Governance and assurance"],
)
def test_a_few_words_with_no_sentence_end_number_a_heading(text):
    assert numbers_a_heading(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Board held a workshop on diversion in June.",
        "Apologies were received from Cllr Jones",  # a sentence without its full stop
        "Staffing, training and budgets",  # a list of topics
        "Recommendations:",  # a lead
        "the next steps",  # a line carried on
        "A review of the area's community safety arrangements across the three counties",  # too long
    ],
)
def test_a_sentence_or_a_lead_numbers_no_heading(text):
    assert not numbers_a_heading(text)


def test_the_paragraphs_of_a_paper_numbered_on_its_headings_are_its_telling():
    paper = _briefing()
    units, _ = build_units(paper, detect_cycle(paper))
    told = plain_telling(units)
    assert {u.text for u in units if id(u) in told} >= {_DEED_BACKGROUND, _DEED_UNDER_SUBHEAD}


def test_work_under_numbered_headings_is_read_not_passed_over_as_an_aside():
    texts = _texts(_briefing())
    assert _DEED_BACKGROUND in texts
    assert _DEED_UNDER_SUBHEAD in texts


def test_a_note_between_numbered_paragraphs_is_still_an_aside():
    paper = _numbered_report()
    units, _ = build_units(paper, detect_cycle(paper))
    assert not [u.text for u in units if id(u) in plain_telling(units)]
    assert _ASIDE not in _texts(paper)


def test_plain_paragraphs_after_a_numbered_sub_heading_end_at_the_next_numbered_paragraph():
    # "3.1 Progress so far" over a deed, then "3.2" a paragraph of its own and a note after it: the
    # note is an aside again
    paper = Paper(
        meta=Meta(title="Briefing", body="Westmere Public Services Board"),
        blocks=[
            Heading("Briefing", 1),
            Heading("Key issues", 2),
            Paragraph(text="Progress so far", number="3.1"),
            Paragraph(text=_DEED_UNDER_SUBHEAD),
            Paragraph(text="The Board funded two youth workers for the summer holidays.", number="3.2"),
            Paragraph(text=_ASIDE),
        ],
    )
    units, _ = build_units(paper, detect_cycle(paper))
    told = {u.text for u in units if id(u) in plain_telling(units)}
    assert _DEED_UNDER_SUBHEAD in told
    assert _ASIDE not in told


@pytest.mark.parametrize(
    "aside",
    [
        _ASIDE,  # a pointer to the appendix
        "\u201cThe training gave us the confidence to step in,\u201d said one of the door staff.",  # a quotation
        "Contact officer: Jane Morgan, Community Safety Manager, 01234 567890",  # a contact line
        "Note: figures for the last quarter are provisional.",  # a note
    ],
)
def test_asides_between_numbered_paragraphs_are_not_read_as_work(aside):
    # guards: a section that numbers its paragraphs keeps what is set between them as an aside
    paper = Paper(
        meta=Meta(title="Annual report of the Partnership", body="Westmere Community Safety Partnership"),
        blocks=[
            Heading("Annual report of the Partnership", 1),
            Heading("Progress", 2),
            Paragraph(text="The Partnership ran a campaign on cycle theft in the spring.", number="3.1"),
            Paragraph(text=aside),
            Paragraph(text="The Partnership trained 40 door staff in spotting vulnerability.", number="3.2"),
        ],
    )
    units, _ = build_units(paper, detect_cycle(paper))
    assert not [u.text for u in units if id(u) in plain_telling(units)]
    texts = _texts(paper)
    assert aside not in texts
    assert "The Partnership trained 40 door staff in spotting vulnerability." in texts


def test_a_sentence_numbered_as_a_paragraph_keeps_its_section_numbered():
    # guard: "3.1" over a sentence is a paragraph's number, so the plain paragraph after it is an aside
    paper = Paper(
        meta=Meta(title="Briefing", body="Westmere Public Services Board"),
        blocks=[
            Heading("Briefing", 1),
            Heading("Key issues", 2),
            Paragraph(text="The Board funded two youth workers for the summer holidays.", number="3.1"),
            Paragraph(text=_DEED_UNDER_SUBHEAD),
        ],
    )
    units, _ = build_units(paper, detect_cycle(paper))
    assert not [u.text for u in units if id(u) in plain_telling(units)]


# -- a consultation's feedback page --------------------------------------------------------------------


@pytest.mark.parametrize("label", ["We asked", "You said", "We did"])
def test_the_labels_of_a_consultations_feedback_page_are_no_theme(label):
    paper = Paper(
        meta=Meta(title="Residents' panel: feeling safe", body="Westmere Borough Council"),
        blocks=[
            Heading("Residents' panel: feeling safe", 1),
            Heading(label, 2),
            Paragraph(
                text="We surveyed 900 members of the residents' panel on how safe they feel after dark."
            ),
        ],
    )
    themes = [t["name"] for t in extract(paper, trained_model=False)["themes"]]
    assert label not in themes
