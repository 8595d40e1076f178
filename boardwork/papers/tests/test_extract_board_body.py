"""A paper imported into a board of a body (`extract(..., board_body=…)`, ADR 0015): the board's own
paper is read as its body's, another body's paper as that body's, and the board's body is never an
organisation of the paper's activities. Invented papers in the genre."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.organisations import default_gazetteer
from boardwork.papers.extract.pipeline import paper_orgs
from boardwork.papers.extract.text import norm_text

ASSOCIATION = "Northshire Councils Association"
LGA = "Local Government Association"
COUNCIL = "Eastby Borough Council"


def _orgs(ex: dict) -> set[str]:
    return {o for a in ex["activities"] for o in a["organisations"]}


def _authors(paper: Paper, **given: str) -> set[str]:
    return paper_orgs(paper, default_gazetteer(), norm_text(paper.text()), **given).authors


def _council_news(board_body: str) -> Paper:
    """A council's news page: its officers named by a byline, the board's body met once."""
    return Paper(
        meta=Meta(title="New community safety hub opens in the town centre"),
        blocks=[
            Paragraph(
                f"A new community safety hub has opened in the town centre. Sam Green and Priya Shah from "
                f"{COUNCIL} opened the hub with Westshire Police on 6 April 2021."
            ),
            Paragraph(
                f"The team also met the {board_body} in February 2021 to share what the hub has learned."
            ),
        ],
    )


def test_a_councils_news_page_imported_into_an_associations_board_is_the_councils():
    for body in (ASSOCIATION, LGA):
        news = _council_news(body)
        ex = extract(news, board_body=body)
        assert _authors(news, board_body=body) == {COUNCIL}
        # The council's own deed is found, with its partner; neither the council nor the board's
        # body is an organisation of the page's activities or of the page.
        assert "Westshire Police" in _orgs(ex)
        assert not _orgs(ex) & {COUNCIL, body}
        assert {o["name"] for o in ex["organisations"]} == {"Westshire Police"}
        # Met with the board's body: work done in partnership all the same.
        met = next(a for a in ex["activities"] if "met the" in a["text"])
        assert "partnership" in met["kinds"]
        # Given as the author, the association would have taken the council's deed from the page.
        assert extract(news, author=body) != ex


def test_a_page_headed_by_another_body_is_that_bodys_and_the_board_body_is_left_off():
    page = Paper(
        meta=Meta(title="Community safety update", body="Westmoor Fire and Rescue Authority"),
        blocks=[
            Heading("Prevention"),
            Paragraph(
                f"1. The Authority ran a home fire safety campaign with the {LGA} and Westshire Police in "
                "October 2021."
            ),
        ],
    )
    ex = extract(page, board_body=LGA)
    assert LGA not in _authors(page, board_body=LGA)
    assert _orgs(ex) == {"Westshire Police"}
    assert extract(page) == extract(page, author="Westmoor Fire and Rescue Authority") != ex


def _own_paper() -> Paper:
    """The association's own board paper: its letterhead and its board as the paper's body."""
    return Paper(
        meta=Meta(title=f"{ASSOCIATION}: Safer Communities Board update", body="Safer Communities Board"),
        blocks=[
            Heading("Community safety"),
            Paragraph(
                "1. The Association held a webinar for parish clerks on rural crime with Westshire Police "
                "in June 2021."
            ),
            Paragraph(
                "2. We published guidance for councils on anti-social behaviour in September 2021, with "
                "the Northshire Youth Trust."
            ),
        ],
    )


def test_the_associations_own_board_paper_reads_as_when_its_body_is_the_author():
    paper = _own_paper()
    ex = extract(paper, board_body=ASSOCIATION)
    assert ex == extract(paper, author=ASSOCIATION)
    assert ASSOCIATION in _authors(paper, board_body=ASSOCIATION)
    assert _orgs(ex) == {"Westshire Police", "Northshire Youth Trust"}


def test_a_page_naming_no_author_is_the_boards_when_it_names_the_boards_body():
    page = Paper(
        meta=Meta(title="Rural crime webinar"),
        blocks=[
            Paragraph(
                f"The {LGA} has held a webinar for parish clerks on rural crime with Westshire Police. "
                "The webinar was held in June 2021."
            )
        ],
    )
    assert _authors(page) == set()
    assert extract(page, board_body=LGA) == extract(page, author=LGA)


def test_a_page_naming_neither_an_author_nor_the_boards_body_is_read_as_of_unknown_origin():
    page = Paper(
        meta=Meta(title="Rural crime webinar"),
        blocks=[
            Paragraph(
                "A webinar for parish clerks on rural crime was held with Westshire Police in June 2021."
            )
        ],
    )
    assert _authors(page) == set()
    assert extract(page, board_body=LGA) == extract(page)
    assert _authors(page, board_body=LGA) == set()


def test_an_author_known_for_certain_wins_and_a_board_body_other_than_it_is_left_off():
    news = _council_news(LGA)
    ex = extract(news, author=COUNCIL, board_body=LGA)
    assert _authors(news, author=COUNCIL, board_body=LGA) == {COUNCIL}
    assert not _orgs(ex) & {COUNCIL, LGA}
    assert LGA in _orgs(extract(news, author=COUNCIL))
