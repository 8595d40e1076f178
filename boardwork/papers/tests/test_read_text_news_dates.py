"""Plain-text reader and extraction: a news item's own date line, set as a labelled row under its
headline ("Published: Thursday, 17th October 2019") or alone on its line between the headline and
the item's text ("18 September 2015"), is a paragraph and the paper's own day, while a site's
publication strap ("Published 3 October 2023", "Posted on 12 May 2023"), a page's update line and a
cover's date under the committee's name stay out of the text. Each example is made up in the genre's
shape, not copied from a paper."""

from __future__ import annotations

import pytest

from boardwork.papers.extract import detect_cycle, extract, resolve_date
from boardwork.papers.readers import Limits, txt
from boardwork.papers.readers._shared.markers import is_page_furniture
from boardwork.papers.tests.plaintext import headings, texts


def read(text: str, model: bool) -> dict:
    return txt.read(text.encode("utf-8"), Limits(heading_model=model)).to_dict()


def news(line: str) -> str:
    return (
        "Northshire Council and partners meet to tackle rogue landlords\n\n"
        f"{line}\n\n"
        "The Council and the Northshire Tenants' Forum hosted a workshop with letting agents to "
        "improve standards in private rented homes.\n\n"
        "At the workshop, held on Monday 14 October, the Council launched a new code of practice "
        "for landlords with the Forum.\n\n"
        "Next steps\n\n"
        "The Council will publish the code on its website in the new year.\n"
    )


@pytest.mark.parametrize(
    "line",
    ["Published: Thursday, 17th October 2019", "Date published: 17 October 2019", "Posted: 17 October 2019"],
)
@pytest.mark.parametrize("model", [False, True])
def test_a_news_items_labelled_date_line_is_a_paragraph(line: str, model: bool):
    d = read(news(line), model)
    assert headings(d) == ["Northshire Council and partners meet to tackle rogue landlords", "Next steps"]
    assert line in texts(d)
    assert d["blocks"][1] == {"type": "paragraph", "number": None, "text": line}
    # A date line is no meeting.
    assert d["meta"]["meeting_date"] is None


@pytest.mark.parametrize(
    "line",
    [
        "Published 17 October 2019",
        "Posted on 17 October 2019",
        "First published: 17 October 2019",
        "Last updated: Friday, 18 October 2019 at 10:15",
        "Updated: 18 October 2019",
    ],
)
def test_a_sites_publication_strap_and_update_lines_stay_furniture(line: str):
    assert is_page_furniture(line)
    d = read(news(line), False)
    assert line not in texts(d)


def test_a_sentence_after_the_label_is_not_a_date_line():
    assert not is_page_furniture("Published: the annual report of the partnership")
    d = read(news("Published: 17 October 2019 by the Council's press office to all partners."), False)
    assert "Published: 17 October 2019 by the Council's press office to all partners." in texts(d)


@pytest.mark.parametrize("model", [False, True])
def test_the_labelled_date_line_is_the_papers_own_day(model: bool):
    paper = txt.read(
        news("Published: Thursday, 17th October 2019").encode("utf-8"), Limits(heading_model=model)
    )
    cycle = detect_cycle(paper)
    assert cycle.dated is not None and cycle.dated.isoformat() == "2019-10-17"
    # "On Monday 14 October" under it is the Monday of that October: 2019.
    sentence = "At the workshop, held on Monday 14 October, the Council launched a new code of practice."
    assert resolve_date(sentence, cycle) == "2019-10-14"
    found = extract(paper)
    assert found["cycle"] == "2019/20"
    dated = [a["date"] for a in found["activities"] if "held on Monday 14 October" in a["text"]]
    assert dated == ["2019-10-14"]


# -- a date alone on its line under the headline ------------------------------------------------


@pytest.mark.parametrize("line", ["17 October 2019", "Thursday, 17th October 2019"])
@pytest.mark.parametrize("model", [False, True])
def test_a_news_items_bare_date_line_under_its_headline_is_a_paragraph(line: str, model: bool):
    d = read(news(line), model)
    assert headings(d) == ["Northshire Council and partners meet to tackle rogue landlords", "Next steps"]
    assert d["blocks"][1] == {"type": "paragraph", "number": None, "text": line}


@pytest.mark.parametrize("model", [False, True])
def test_each_date_line_of_a_listing_of_news_items_is_a_paragraph(model: bool):
    d = read(
        "Latest news\n\n"
        "Partnership launches its new website for residents\n\n"
        "24 June 2021\n\n"
        "The Safer Northshire Partnership has launched a website where residents can report "
        "anti-social behaviour and find help from local services.\n\n"
        "Partners sign up to the county's violence reduction pledge\n\n"
        "18 June 2021\n\n"
        "Twelve organisations signed the pledge at the partnership's summer meeting, agreeing to "
        "share information on serious violence across the county.\n",
        model,
    )
    assert "24 June 2021" in texts(d) and "18 June 2021" in texts(d)
    assert "Partners sign up to the county's violence reduction pledge" in headings(d)
    assert not any(h.endswith("2021") and len(h.split()) <= 3 for h in headings(d))


@pytest.mark.parametrize("model", [False, True])
def test_a_covers_date_under_the_committee_stays_the_meetings(model: bool):
    d = read(
        "COMMUNITY SAFETY SCRUTINY PANEL\n\n"
        "17 October 2019\n\n"
        "Anti-social behaviour: annual update\n\n"
        "Report of the Head of Community Safety\n\n"
        "1. This report updates the panel on the partnership's work to reduce anti-social "
        "behaviour over the last twelve months and the priorities for next year.\n",
        model,
    )
    assert d["meta"]["meeting_date"] == "2019-10-17"
    assert "17 October 2019" not in texts(d)
