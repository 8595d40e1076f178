"""What reads as work and is not the body's deed: the Government's own publishing, launching or
announcing; the last meeting's record received; a line to the reader (thanks, an invitation to sign
up, who answers the press). Invented sentences of councils, panels and partnerships."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Meta, Paper, Paragraph
from boardwork.papers.extract.model import shipped_model
from boardwork.papers.extract.pipeline import extraction_of, not_work

_GOVERNMENT = "the Government's own deed"
_RECORD = "the meeting's own business"
_READER = "a line to the reader"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # the Government's own deed
        ("The Home Office has published new guidance on anti-social behaviour powers.", _GOVERNMENT),
        ("The Welsh Government launched its consultation on the new framework in March.", _GOVERNMENT),
        ("In 2021 the Scottish Government published a new strategy for community justice.", _GOVERNMENT),
        (
            "The Government published its Serious Violence Strategy in April 2018, setting out its response"
            " to the rise in knife crime.",
            _GOVERNMENT,
        ),
        ("The Department for Transport has launched a review of road safety funding.", _GOVERNMENT),
        # the last meeting's record received
        ("The notes of the Forum held on 3rd May, 2019 were received.", _RECORD),
        ("The minutes of the previous meeting held on 14 June were approved as a correct record.", _RECORD),
        # a line to the reader
        ("Sign up to our newsletter to receive updates about events in your area.", _READER),
        ("Thanks to everyone who supported the campaign.", _READER),
        ("For media enquiries please contact the press office on 020 7000 0000.", _READER),
    ],
)
def test_others_deeds_and_a_pages_furniture_are_not_work(text, reason):
    assert not_work(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        # the body's work told with the Government as the subject
        "The Home Office has confirmed that the Council's bid to the Safer Streets Fund was successful.",
        "The Government published the strategy in May, and the Association responded to it in June.",
        "The Home Secretary has asked the Panel to carry out a review of complaints handling.",
        # the Government's own paper speaks of its own deeds
        # (see test_the_governments_own_paper_keeps_its_deeds)
        # the meeting's business that reports work
        "The Panel received a presentation on the new youth diversion scheme it funded in March.",
        # thanks told as a deed
        "The Chair thanked the volunteers who ran the community safety day in July.",
    ],
)
def test_near_misses_are_read_as_before(text):
    assert not_work(text) not in {_GOVERNMENT, _RECORD, _READER}


def test_the_governments_own_paper_keeps_its_deeds():
    text = "The Welsh Government launched its consultation on the new framework in March."
    assert not_work(text, ("Welsh Government",)) is None
    assert not_work(text) == _GOVERNMENT


def _page(*paras: str) -> Paper:
    return Paper(
        meta=Meta(title="Safer Riverside Partnership news", body="Safer Riverside Partnership"),
        blocks=[Paragraph(text="News from the Safer Riverside Partnership.")]
        + [Paragraph(text=p) for p in paras],
    )


@pytest.mark.parametrize("trained_model", [False, True])
def test_a_page_of_the_governments_deeds_and_furniture_reports_no_activity(trained_model):
    paper = _page(
        "The Home Office has published new guidance on anti-social behaviour powers.",
        "The Welsh Government launched its consultation on the new framework in March.",
        "Sign up to our newsletter to receive updates about events in your area.",
        "Thanks to everyone who supported the campaign.",
    )
    found = extraction_of(paper, model=shipped_model() if trained_model else None).activities
    assert found == []


@pytest.mark.parametrize("trained_model", [False, True])
def test_the_bodys_deed_beside_them_is_still_found(trained_model):
    paper = _page(
        "The Home Office has published new guidance on anti-social behaviour powers.",
        "In March the Partnership published its Strategic Assessment for 2024 and held a launch event for"
        " residents at the Town Hall.",
    )
    found = extraction_of(paper, model=shipped_model() if trained_model else None).activities
    assert [a.text[:8] for a in found] == ["In March"]
