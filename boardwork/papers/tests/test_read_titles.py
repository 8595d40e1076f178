"""A paper's title: near the top, never a section's sub-head under the text, never a lead-in that
breaks off at its colon; an HTML page's from its <h1>, else its <title> without the site's name; a
headline over two lines read whole; the title a paper with none is listed under; and no themes on a
page stored without its headline."""

from __future__ import annotations

import pytest

from boardwork.boards.models import Board
from boardwork.papers import services
from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extraction_of
from boardwork.papers.extract.dates import Cycle
from boardwork.papers.extract.pipeline import paper_title
from boardwork.papers.readers import read_bytes
from boardwork.papers.readers._shared.meta import opens_as_heading
from boardwork.papers.readers.txt.layout import is_label_heading

NO_CYCLE = Cycle()

LEAD = "Northby Borough Council has been awarded money from the Safer Streets Fund to pay for new lighting."
MORE = "Members heard that reports of anti-social behaviour had fallen by a fifth since the spring."
SUBHEAD = "Funding for youth clubs"
AFTER = "The Police and Crime Commissioner has given a further sum to the youth clubs in the town."


def read(text: str, name: str):
    return read_bytes(text.encode("utf-8"), name)


def headings(paper) -> list[tuple[int, str]]:
    return [(b.level, b.text) for b in paper.blocks if isinstance(b, Heading)]


# --- HTML: <h1>, else <title> without the site's name --------------------------------------------


def test_a_news_page_is_titled_by_its_h1_not_by_its_title_with_the_site_name():
    page = (
        "<html><head><title>Youth clubs share £20,000 | News | Northby Council</title></head><body>"
        "<h1>Youth clubs in Northby share £20,000</h1>"
        f"<p>{LEAD}</p></body></html>"
    )
    paper = read(page, "news.html")
    assert paper.meta.title == "Youth clubs in Northby share £20,000"
    assert headings(paper) == [(1, "Youth clubs in Northby share £20,000")]


@pytest.mark.parametrize(
    "head",
    [
        "<title>Youth clubs share £20,000 - News - Northby Council</title>",
        "<title>Youth clubs share £20,000 | Northby Council</title>",
        # The site's name first, as its metadata gives it.
        '<title>Northby Council | Youth clubs share £20,000</title><meta property="og:site_name" '
        'content="Northby Council">',
        '<title>Northby Council - Youth clubs share £20,000</title><meta name="DC.publisher" '
        'content="Northby Council">',
    ],
)
def test_without_an_h1_the_title_is_the_pages_title_without_the_sites_name(head):
    paper = read(f"<html><head>{head}</head><body><p>{LEAD}</p></body></html>", "news.html")
    assert paper.meta.title == "Youth clubs share £20,000"


def test_a_title_that_is_only_the_sites_name_names_no_paper():
    page = (
        '<html><head><title>Northby Council</title><meta property="og:site_name" content="Northby Council">'
        f"</head><body><p>{LEAD}</p><p>{MORE}</p></body></html>"
    )
    assert read(page, "news.html").meta.title is None


# --- Plain text: the first heading-like line, a headline over two lines read whole ---------------


def test_a_headline_over_two_lines_going_on_in_lower_case_is_one_title():
    text = (
        f"Council secures funding to tackle anti-social behaviour\nin the town centre\n\n{LEAD}\n\n{MORE}\n"
    )
    paper = read(text, "news.txt")
    assert paper.meta.title == "Council secures funding to tackle anti-social behaviour in the town centre"
    assert headings(paper) == [(1, paper.meta.title)]


def test_a_headline_broken_after_a_preposition_is_one_title():
    text = f"Partnership wins award for its work with\nyoung people in Northby\n\n{LEAD}\n"
    paper = read(text, "news.txt")
    assert paper.meta.title == "Partnership wins award for its work with young people in Northby"


def test_a_headline_may_open_with_the_sum_it_reports():
    paper = read(f"£2m to tackle knife crime in Northby\n\n{LEAD}\n\n{MORE}\n", "news.txt")
    assert paper.meta.title == "£2m to tackle knife crime in Northby"
    assert headings(paper) == [(1, "£2m to tackle knife crime in Northby")]


# --- Not a sub-head under the text ----------------------------------------------------------------


def test_a_plain_text_page_without_a_headline_has_no_title_and_its_sub_head_stays_a_sub_head():
    paper = read(f"{LEAD}\n\n{MORE}\n\n{SUBHEAD}\n\n{AFTER}\n", "news.txt")
    assert paper.meta.title is None
    assert headings(paper) == [(2, SUBHEAD)]


@pytest.mark.parametrize(
    "name, page",
    [
        ("news.md", f"{LEAD}\n\n{MORE}\n\n**{SUBHEAD}**\n\n{AFTER}\n"),
        (
            "news.html",
            f"<html><body><p>{LEAD}</p><p>{MORE}</p><p><strong>{SUBHEAD}</strong></p><p>{AFTER}</p></body></html>",
        ),
    ],
)
def test_a_pages_only_bold_line_mid_text_is_not_its_title(name, page):
    assert read(page, name).meta.title is None


def test_a_web_pages_notes_on_itself_do_not_hide_its_own_title():
    text = (
        "You can use the translation service to read these pages in a number of other languages.\n\n"
        "The official version of this document can be found by following the PDF link above.\n\n"
        "Community Safety Strategy 2024 to 2027\n\n"
        f"{LEAD}\n"
    )
    assert read(text, "page.txt").meta.title == "Community Safety Strategy 2024 to 2027"


def test_a_sub_head_under_the_text_is_no_title_even_over_a_sentence_that_wraps():
    text = (
        f"{LEAD}\n\n{SUBHEAD}\n\nThe fund was set up in 2019 after the Strategic Assessment, which was\n"
        "written by the partnership's analysts, found more young people at risk.\n"
    )
    assert read(text, "news.txt").meta.title is None


# --- A lead-in clause closed by a colon is a paragraph ---------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The afternoon sessions featured:",
        "The partnership aims to:",
        "The morning sessions included:",
        "Our officers attended:",
    ],
)
def test_a_lead_in_clause_over_a_list_is_not_a_label(line):
    assert not is_label_heading(line)


@pytest.mark.parametrize(
    "line", ["Alternative options considered:", "Reasons for the decision:", "Summary of results:"]
)
def test_a_label_naming_what_follows_is_one(line):
    assert is_label_heading(line)


def test_a_lead_in_clause_mid_text_is_neither_the_title_nor_a_heading():
    text = (
        f"{LEAD}\n\nThe day began with talks from the police and the council.\n\n"
        "The afternoon sessions featured:\n-\nA panel on youth work.\n-\nA question time with the Commissioner.\n"
    )
    paper = read(text, "news.txt")
    assert paper.meta.title is None
    assert headings(paper) == []


# --- The title a paper with none is listed under ----------------------------------------------------


def test_a_sub_head_under_the_text_does_not_name_the_paper():
    paper = Paper(meta=Meta(), blocks=[Paragraph(LEAD), Heading(SUBHEAD), Paragraph(AFTER)])
    assert paper_title(paper, NO_CYCLE) != SUBHEAD


def test_a_page_without_a_headline_is_listed_under_its_opening_sentence():
    lead = "Youth clubs in Northby have been given £20,000 by the Police and Crime Commissioner."
    paper = Paper(meta=Meta(), blocks=[Paragraph(lead + " " + MORE), Heading(SUBHEAD), Paragraph(AFTER)])
    assert paper_title(paper, NO_CYCLE) == lead.rstrip(".")


def test_a_long_opening_sentence_is_cut_at_a_word_and_never_on_a_small_one():
    lead = (
        "The policing crisis faced by the borough was brought to the attention of the Government this "
        "week when the borough's leading politicians visited the Home Office."
    )
    listed = paper_title(Paper(meta=Meta(), blocks=[Paragraph(lead)]), NO_CYCLE)
    assert listed is not None and listed.endswith("…")
    assert lead.startswith(listed[:-1])
    assert len(listed) <= 91
    assert listed[:-1].split()[-1].lower() not in {"the", "of", "to", "a", "an", "and", "when", "this"}


def test_a_paper_opening_with_a_cover_line_is_not_listed_under_it():
    paper = Paper(meta=Meta(), blocks=[Paragraph("Report of the Chief Fire Officer"), Paragraph(LEAD)])
    assert paper_title(paper, NO_CYCLE) is None


def test_an_imported_news_page_without_a_headline_is_listed_under_its_lead_not_its_file_name(
    db, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    board = Board.objects.create(name="Safer and Stronger Communities Board", slug="sscb")
    lead = "Youth clubs in Northby have been given £20,000 by the Police and Crime Commissioner."
    text = f"{lead}\n\n{MORE}\n\n{SUBHEAD}\n\n{AFTER}\n"
    res = services.import_paper(text.encode(), "news-page.txt", board)
    assert res.status == "imported", res.reason
    assert res.paper.title == lead.rstrip(".")


@pytest.mark.parametrize(
    "line, opens",
    [
        ("£2m to tackle knife crime in Northby", True),
        ("£420,000 ‘Safer Streets Fund’ bid success for the district", True),
        ("£778,000 48 different", False),  # a figure's label on an infographic
        ("£125,000", False),
    ],
)
def test_a_headline_opening_with_a_sum_is_not_a_figures_label(line, opens):
    assert opens_as_heading(line) is opens


# --- A page without its headline has no themes ------------------------------------------------------


def test_the_sub_heads_of_a_page_stored_without_its_headline_are_not_themes():
    opening = [
        Paragraph("The Northby Community Safety Partnership has launched a new fund for youth projects."),
        Paragraph("The partnership held a workshop with local charities in March to design the fund."),
    ]
    work = [
        Heading(SUBHEAD),
        Paragraph(AFTER),
        Paragraph("The council published its annual report in April 2023."),
    ]
    got = extraction_of(Paper(meta=Meta(), blocks=opening + work))
    assert got.activities
    assert got.themes == []
    assert all(a.theme is None for a in got.activities)
    # The same sub-head under the paper's own title is a theme.
    titled = extraction_of(
        Paper(meta=Meta(title="Our year"), blocks=[Heading("Our year", level=1), *opening, *work])
    )
    assert [t.title for t in titled.themes] == [SUBHEAD]


def test_the_sub_heads_of_a_titled_page_may_be_themes():
    text = (
        "Northby Community Safety Partnership: our year\n\n"
        "The Northby Community Safety Partnership has launched a new fund for youth projects across the "
        "borough.\n\n"
        f"{SUBHEAD}\n\n{AFTER}\n\nThe council published its annual community safety report in April 2023.\n"
    )
    got = extraction_of(read(text, "news.txt"))
    assert [t.title for t in got.themes] == [SUBHEAD]
