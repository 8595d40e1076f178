"""Work the pipeline passed over before any kind was read, and the model's vetoes (issue #15): the
unnumbered paragraphs of a numbered paper that are its own telling (a section numbered on its heading
only, the paragraphs under a numbered sub-heading read as a paragraph) against the asides between
numbered paragraphs; and rule activities the paper itself tells as done (items under a heading of
the body's deeds, an achievement a lead lists), which the model does not veto. Wording invented for
the tests, in the genre of boards' briefings, partnerships' newsletters and annual reports, not taken
from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, ListItem, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.dates import detect_cycle
from boardwork.papers.extract.pipeline import read_paper, select
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


_RUN_ON = "The Partnership also trained 25 taxi marshals in spotting vulnerability in the night-time economy."


def _report_with(*plain: str) -> Paper:
    """A report numbering its paragraphs, with plain paragraphs after its first numbered one."""
    return Paper(
        meta=Meta(title="Annual report of the Partnership", body="Westmere Community Safety Partnership"),
        blocks=[
            Heading("Annual report of the Partnership", 1),
            Heading("Progress", 2),
            Paragraph(text="The Partnership ran a campaign on cycle theft in the spring.", number="3.1"),
            *[Paragraph(text=t) for t in plain],
            Paragraph(text="The Partnership held two public meetings in the autumn.", number="3.2"),
        ],
    )


def test_a_run_of_sentences_after_a_numbered_paragraph_goes_on_telling_it():
    paper = _report_with(_RUN_ON)
    units, _ = build_units(paper, detect_cycle(paper))
    assert _RUN_ON in {u.text for u in units if id(u) in plain_telling(units)}
    assert _RUN_ON in _texts(paper)


@pytest.mark.parametrize(
    "aside",
    [
        "Note: the figures for the last quarter are provisional and may yet change.",
        "\u201cThe campaign made a real difference to our students,\u201d said a college principal.",
        "Figure 3 shows the number of cycle thefts reported in each month of the year.",
        "Contact officer: Jane Smith, Community Safety Manager, Westmere Borough Council",
        "Cycle theft",  # a line, not a sentence
    ],
)
def test_a_note_a_quotation_a_caption_or_a_label_after_a_numbered_paragraph_is_an_aside(aside):
    paper = _report_with(aside)
    units, _ = build_units(paper, detect_cycle(paper))
    assert aside not in {u.text for u in units if id(u) in plain_telling(units)}


# -- the model's vetoes -------------------------------------------------------------------------------


def _kept_when_all_vetoed(paper: Paper) -> list[str]:
    """The rule activities `select` keeps when the model finds every unit very unlikely."""
    read = read_paper(paper)
    for c in read.candidates:
        c.probability = 0.0
    return [a.text for _, a in select(read.candidates, None, 0.5)]


def _newsletter(heading: str, *paras: str, items: tuple[str, ...] = ()) -> Paper:
    return Paper(
        meta=Meta(title="Partnership newsletter", body="Westmere Community Safety Partnership"),
        blocks=[Heading("Partnership newsletter", 1), Heading(heading, 2)]
        + [Paragraph(text=t) for t in paras]
        + [ListItem(text=t) for t in items],
    )


# a newsletter's bullets of a week's work, told as bare noun phrases
_ITEMS = (
    "hate crime awareness training for taxi drivers",
    "community engagement events in the market square",
)


@pytest.mark.parametrize(
    "heading",
    ["What did we do?", "What we have delivered", "Key achievements 2023-24", "Our highlights of the year"],
)
def test_items_under_a_heading_of_the_bodys_deeds_are_not_vetoed(heading):
    assert sorted(_kept_when_all_vetoed(_newsletter(heading, items=_ITEMS))) == sorted(_ITEMS)


@pytest.mark.parametrize("heading", ["What we do", "What we will do", "Our services", "Future highlights"])
def test_items_under_a_heading_of_services_or_plans_may_be_vetoed(heading):
    assert _kept_when_all_vetoed(_newsletter(heading, items=_ITEMS)) == []


def test_an_achievement_a_lead_lists_is_not_vetoed():
    paper = Paper(
        meta=Meta(title="Annual report 2023-24", body="Westmere Public Services Board"),
        blocks=[
            Heading("Annual report 2023-24", 1),
            Heading("Our year", 2),
            Paragraph(text="The main achievements of the Board during 2023-24 included:"),
            Paragraph(text="The introduction of joint workshops for partners on the wellbeing plan."),
        ],
    )
    assert _kept_when_all_vetoed(paper) == [
        "The introduction of joint workshops for partners on the wellbeing plan."
    ]


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
