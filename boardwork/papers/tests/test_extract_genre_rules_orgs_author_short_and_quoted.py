"""Organisations of an activity, the author body (issue #15, tests/data/real/NOTES.md 2880-2889): a
news page's headline that names its body short ("Police and Commissioner announces …") over a lead
that names it in full is that body's page, so the body is no organisation of its own work; and a
quotation that opens on a body's stance ("“The … Association welcomes this research …") is that
body's own statement, not work done with it. Wording invented for the tests, in the genre of a
commissioner's, a fire service's and an association's news pages, not taken from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.organisations import default_gazetteer
from boardwork.papers.extract.pipeline import _quoted_stance, author_evidence


def _news(title: str, *paragraphs: str, body: str | None = None) -> Paper:
    return Paper(meta=Meta(title=title, body=body), blocks=[Paragraph(p) for p in paragraphs])


def _orgs(paper: Paper) -> list[list[str]]:
    return [a["organisations"] for a in extract(paper)["activities"]]


# -- a headline's short name for the body the lead names in full -------------------------------------

_LEAD = (
    "Jo Bloggs, Westshire Police and Crime Commissioner, has secured an extra £2m from the Home Office "
    "to tackle anti-social behaviour across the county."
)


def test_a_headline_short_name_is_the_body_the_lead_names_in_full():
    paper = _news("Police and Commissioner announces new funding for Westshire", _LEAD)
    head = author_evidence(paper, default_gazetteer())[0]
    assert head == "Westshire Police and Crime Commissioner"
    assert _orgs(paper) == [["Home Office"]]


def test_the_headline_name_stays_when_the_lead_names_no_body_it_shortens():
    # (guard: a lead whose body is not the headline's, less some words, changes nothing)
    paper = _news(
        "Police and Commissioner announces new funding for Westshire",
        "Jo Bloggs, Eastby Fire and Rescue Service, has secured an extra £2m from the Home Office to "
        "fit smoke alarms across the county.",
    )
    assert author_evidence(paper, default_gazetteer())[0] == "Police and Commissioner"


def test_a_headline_naming_the_body_in_full_is_read_as_before():
    # (guard: the headline's own full name is the author, as it was)
    paper = _news("Westshire Police and Crime Commissioner announces new funding", _LEAD)
    assert author_evidence(paper, default_gazetteer())[0] == "Westshire Police and Crime Commissioner"
    assert _orgs(paper) == [["Home Office"]]


# -- a quotation that opens on a body's stance --------------------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        "“The Northvale Probation Association welcomes this research, which shows the benefits of "
        "probation services working with partners to cut crime.”",
        '"Northvale Probation Association strongly welcomes this research, which shows the benefits of '
        'probation services working with partners to cut crime."',
    ],
)
def test_a_body_opening_a_quotation_with_its_stance_is_its_speaker(quote):
    paper = _news(
        "New research on crime reduction",
        "The Westshire Criminal Justice Board commissioned the research, published today with Eastby "
        "University.",
        quote,
    )
    activities = extract(paper)["activities"]
    quoted = [a for a in activities if "Probation Association" in a["text"]]
    assert quoted, [a["text"] for a in activities]
    assert all("Northvale Probation Association" not in a["organisations"] for a in quoted)


@pytest.mark.parametrize(
    "text",
    [
        # named inside the quotation, not opening it with a stance
        "“We are delighted to have worked with the Northvale Probation Association on this research "
        "into reoffending,” said the Chair.",
        # opening the paragraph without quotation marks: read as before
        "Northvale Probation Association welcomes the research into reoffending the Partnership carried "
        "out with it this year.",
        # a quotation that opens on the body as another's partner, not on its stance
        "“The Partnership carried out research into reoffending with Northvale Probation Association this "
        "year,” said the Chair.",
    ],
)
def test_a_body_named_otherwise_is_kept(text):
    # (guards: only the opening subject of a quotation with its stance is the speaker)
    paper = _news("New research on crime reduction", text, body="Westshire Community Safety Partnership")
    orgs = [o for a in extract(paper)["activities"] for o in a["organisations"]]
    assert "Northvale Probation Association" in orgs


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Northvale Council is delighted to back the scheme.”", True),
        ("‘The Northvale Council are very pleased to support it.’", True),
        ('He said: "Northvale Council applauds the volunteers."', True),
        # (guards: no quotation mark before, or a deed after)
        ("Northvale Council is delighted to back the scheme.", False),
        ("“Northvale Council funded the scheme last year.”", False),
    ],
)
def test_the_stance_opening_a_quotation(text, speaker):
    name = "Northvale Council"
    start = text.index(name)
    assert _quoted_stance(text, start, start + len(name)) is speaker
