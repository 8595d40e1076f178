"""A news page's byline ("By Jane Smith, Local Democracy Reporter"), its picture's credit ("(Image:
Northby Council)", "Photo by Jo Bloggs") and its links round the item ("Read more", "Share this
page", "Tags: …") are lines of the page, never headings (and so never sections read as themes), in
plain text and in an HTML page's heading tags. Every example is made up in the genre's shape."""

from __future__ import annotations

import pytest

from boardwork.papers.readers import Limits, html
from boardwork.papers.readers._shared.markers import is_caption, is_page_links
from boardwork.papers.readers._shared.meta import is_news_byline

from .plaintext import headings, read_txt, texts

HEADLINE = "Council opens new youth centre in Northby"
BODY = (
    "The council has opened a new youth centre in Northby, which will offer sport, music and advice to"
    " young people across the town every evening.\n\n"
    "The centre was funded by the council's community safety budget and a grant from the Police and"
    " Crime Commissioner for Westshire.\n"
)

FURNITURE = [
    "By Jane Smith",
    "By Jane Smith, Local Democracy Reporter",
    "By Jane Smith | Reporter",
    "Jane Smith, Local Democracy Reporter",
    "Local Democracy Reporter",
    "Reporter",
    "Posted by Jo Bloggs",
    "Written by Jo Bloggs",
    "(Image: Northby Council)",
    "Photo by Jo Bloggs",
    "Credit: Northby Police",
    "Read more",
    "Related news",
    "Share this page",
    "Tags: community safety, policing",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_a_news_pages_furniture_line_is_text_not_a_heading(line):
    d = read_txt(f"{HEADLINE}\n\n{line}\n\n{BODY}")
    assert headings(d) == [HEADLINE]
    assert line in texts(d)


def test_a_byline_over_the_headline_is_not_the_title():
    d = read_txt(f"By Jane Smith, Local Democracy Reporter\n\n{HEADLINE}\n\n{BODY}")
    assert d["meta"]["title"] == HEADLINE


def test_sub_headings_round_a_byline_stay():
    # Guard: a report's sub-headings that open with "By" and a short section's name stay headings.
    text = (
        f"{HEADLINE}\n\nBy Jane Smith\n\n{BODY}\n"
        "By ward\n\n"
        "The centre's visitors came from every ward of the town in its first month of opening.\n\n"
        "Youth outreach\n\n"
        "The youth service will run outreach sessions on the same evenings as the patrols this winter.\n"
    )
    assert headings(read_txt(text)) == [HEADLINE, "By ward", "Youth outreach"]


def test_a_byline_names_a_person_or_a_reporters_role():
    assert is_news_byline("By Cllr Jo Bloggs")
    assert is_news_byline("Jo Bloggs - Chief Reporter")
    # Guards: a section's name opening with "By", a role of a council's officer, a sentence.
    assert not is_news_byline("By Ward")
    assert not is_news_byline("By Area and Theme")
    assert not is_news_byline("By Community Safety Partnership")
    assert not is_news_byline("Jo Bloggs, Community Safety Manager")
    assert not is_news_byline("Reporting to the Board")
    assert not is_news_byline("By Invitation: Cabinet Member")


def test_a_pages_links_and_a_pictures_credit():
    assert is_page_links("Share on Facebook")
    assert is_page_links("Filed under: News, Community safety")
    assert is_caption("Picture courtesy of Northby Police")
    # Guards: a section on sharing or on related work, and a report's "Credit" heading, stay.
    assert not is_page_links("Sharing information between partners")
    assert not is_page_links("Related work by the partnership")
    assert not is_page_links("Tags and labels")
    assert not is_caption("Credit union partnership")
    assert not is_caption("Photographs")


def _html(body: str) -> dict:
    page = f"<html><body><h1>{HEADLINE}</h1>{body}</body></html>"
    return html.read(page.encode("utf-8"), Limits()).to_dict()


def test_a_byline_or_a_pages_links_in_a_heading_tag_are_paragraphs():
    d = _html(
        "<h4>By Jane Smith, Local Democracy Reporter</h4><p>The council has opened a new youth centre.</p>"
        "<h2>Youth outreach</h2><p>The youth service will run outreach sessions this winter.</p>"
        "<h3>Related news</h3><ul><li>Partnership launches its new strategy</li></ul>"
    )
    assert headings(d) == [HEADLINE, "Youth outreach"]
    assert "By Jane Smith, Local Democracy Reporter" in texts(d)
    assert "Related news" in texts(d)
