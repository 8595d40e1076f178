"""A government publication page copied as plain text opens with the page's format over its title
("Policy paper", "Corporate report", "Research and analysis" … as GOV.UK sets them), then the title
(often long: "Annual progress report from the … Group 2022 to 2023"), the day it was published and
the nations it holds for ("Applies to England"). The format is the page's kind, never its title, and
"Applies to …" is a line of the page, never a heading. Every example is made up in the genre's shape
(NOTES 2990–2994)."""

from __future__ import annotations

import pytest

from boardwork.papers.readers.txt.layout import _APPLIES_TO

from .plaintext import headings, read_txt, texts

# Seventeen words: longer than a heading's shape, as a government report's title often is.
LONG_TITLE = (
    "Second annual report from the Northby and Westshire Youth Safety Advisory Group for 2023 to 2024"
)
SHORT_TITLE = "Keeping young people safe online: advice for local partnerships"
BODY = (
    "Introduction\n\n"
    "The advisory group brings together councils, the police and health bodies to reduce the harm that"
    " young people come to in town centres and online.\n\n"
    "What the group did this year\n\n"
    "The group met four times and published its first guide for schools in the spring of the year.\n"
)

FORMATS = [
    "Policy paper",
    "Corporate report",
    "Independent report",
    "Research and analysis",
    "Statutory guidance",
    "Consultation outcome",
    "Official statistics",
    "Transparency data",
    "News story",
]


def page(label: str, title: str, applies: str = "Applies to England") -> str:
    return f"{label}\n\n{title}\n\nPublished 14 March 2024\n\n{applies}\n\n{BODY}"


@pytest.mark.parametrize("label", FORMATS)
def test_a_government_pages_format_over_a_long_title_is_not_the_title(label):
    d = read_txt(page(label, LONG_TITLE))
    assert d["meta"]["title"] == LONG_TITLE
    assert headings(d) == [LONG_TITLE, "Introduction", "What the group did this year"]
    assert label in texts(d)


def test_a_policy_papers_label_over_a_short_title_is_not_the_title():
    d = read_txt(page("Policy paper", SHORT_TITLE))
    assert d["meta"]["title"] == SHORT_TITLE
    assert headings(d)[0] == SHORT_TITLE


@pytest.mark.parametrize(
    "line",
    [
        "Applies to England",
        "Applies to England and Wales",
        "Applies to England, Scotland and Wales",
        "Applies to the UK",
    ],
)
def test_the_nations_a_page_applies_to_are_no_heading(line):
    d = read_txt(page("Research and analysis", SHORT_TITLE, line))
    assert line not in headings(d)
    assert line in texts(d)
    assert headings(d) == [SHORT_TITLE, "Introduction", "What the group did this year"]


def test_applies_to_is_only_the_nations():
    assert _APPLIES_TO.match("Applies to Northern Ireland")
    # Guards: a section on who a policy applies to, and a sentence.
    assert not _APPLIES_TO.match("Applies to all staff")
    assert not _APPLIES_TO.match("Applies to England from April 2024.")
    assert not _APPLIES_TO.match("Who the duty applies to")


def test_a_title_naming_a_format_in_full_stays_the_title():
    # Guard: a paper whose own title holds the format's words is titled by it.
    title = "Corporate Report Writing Standards 2024"
    d = read_txt(f"{title}\n\n{BODY}")
    assert d["meta"]["title"] == title
    assert headings(d)[0] == title


def test_a_section_named_like_a_format_in_the_body_stays_a_heading():
    # Guard: the format is furniture only over the title; "Research and analysis" as a report's own
    # section is a heading.
    text = (
        f"{SHORT_TITLE}\n\n{BODY}\n"
        "Research and analysis\n\n"
        "The group commissioned a survey of five hundred pupils, whose findings are set out below in full.\n"
    )
    d = read_txt(text)
    assert d["meta"]["title"] == SHORT_TITLE
    assert "Research and analysis" in headings(d)


def test_an_annual_reports_own_name_over_its_text_stays_the_title():
    # Guard: "Annual report" is a paper's name, not a page's format.
    text = "Annual Report\n\nThe partnership met six times this year and agreed a new plan for the town centre.\n"
    d = read_txt(text)
    assert d["meta"]["title"] == "Annual Report"
