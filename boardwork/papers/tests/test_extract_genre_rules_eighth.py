"""Genre rules of the eighth round (issue #15), from the errors of the development papers of
batches 25 and 26: the author of a page with no letterhead (the site that published it, the body's
own team doing the work), duties, powers, aims and roles stated rather than work done, a person
quoted in a news item without an office, and names spelled with "&". Each case is written here for
the genre, not taken from a paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, ListItem, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify
from boardwork.papers.extract.organisations import PaperOrgs, default_gazetteer
from boardwork.papers.extract.text import plain
from boardwork.papers.readers import Limits
from boardwork.papers.readers.html import read as read_html


def read_bytes(data: bytes) -> Paper:
    return read_html(data, Limits())


def _page(html_title: str, body: str, meta_tags: str = "") -> bytes:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{meta_tags}<title>{html_title}</title></head>'
        f"<body><main>{body}</main></body></html>"
    ).encode()


# -- who published a page ------------------------------------------------------------------------------


def test_the_html_reader_keeps_the_sites_name_as_the_publisher():
    paper = read_bytes(
        _page("Road safety survey | Northshire County Council", "<h1>Road safety survey</h1><p>Text.</p>")
    )
    assert paper.meta.title == "Road safety survey"
    assert paper.meta.publisher == "Northshire County Council"
    # Dublin Core's publisher, and Open Graph's site name, say it too (and win over the <title>).
    tags = '<meta name="DC.publisher" content="Southshire Fire Authority">'
    assert (
        read_bytes(_page("News - Somewhere", "<p>Text.</p>", tags)).meta.publisher
        == "Southshire Fire Authority"
    )
    tags = '<meta property="og:site_name" content="Westshire Council">'
    assert read_bytes(_page("News", "<p>Text.</p>", tags)).meta.publisher == "Westshire Council"
    # A title with no site's name after it names no publisher.
    assert read_bytes(_page("Road safety survey", "<p>Text.</p>")).meta.publisher is None


def test_the_publisher_is_not_part_of_the_paper_json():
    paper = Paper(meta=Meta(title="T", publisher="Northshire County Council"), blocks=[Paragraph("Text.")])
    assert "publisher" not in paper.to_dict()["meta"]


def _survey_page(text: str, publisher: str | None) -> Paper:
    meta = Meta(title="Community safety survey 2016")
    meta.publisher = publisher
    return Paper(
        meta=meta,
        blocks=[Heading("Community safety survey 2016", level=1), Paragraph(text)],
    )


def test_a_page_without_a_letterhead_is_written_by_the_body_whose_site_published_it():
    text = (
        "The Local Government Association carried out this survey of councils in October 2016 to gather "
        "information about how community safety partnerships work."
    )
    found = extract(_survey_page(text, "Local Government Association"))
    assert [a["kinds"] for a in found["activities"]] == [["research"]]
    assert found["activities"][0]["organisations"] == []
    # Without the site's name no author is known, and the page reports the work of the body that
    # did it: the same reading (tests/data/real/NOTES.md 356; it was "another body's survey" before).
    assert [(a["kinds"], a["organisations"]) for a in extract(_survey_page(text, None))["activities"]] == [
        (["research"], [])
    ]


def test_a_site_that_is_not_a_body_says_nothing_about_the_author():
    text = "The Local Government Association carried out this survey of councils in October 2016."
    assert (
        extract(_survey_page(text, "Village News Online"))["activities"]
        == extract(_survey_page(text, None))["activities"]
    )


def test_the_bodys_own_team_doing_the_work_makes_it_the_author():
    text = (
        "The Northshire County Council's Research and Intelligence team carried out this survey of residents "
        "in May 2019 to find out how safe people feel."
    )
    found = extract(_survey_page(text, None))
    assert [a["kinds"] for a in found["activities"]] == [["research"]]
    assert found["activities"][0]["organisations"] == []


# -- duties, powers, aims and roles are not work -------------------------------------------------------


def test_a_duty_or_a_power_stated_is_not_work():
    assert (
        classify("Responsible authorities have a statutory duty to work with other agencies to reduce crime.")
        == []
    )
    assert classify("Legislation allows me to award grants to groups that support victims of crime.") == []
    text = "More money comes our way next year, when I take on responsibility for commissioning support services."
    assert classify(text) == []


def test_an_aim_or_a_role_stated_is_not_work():
    assert classify("Our aim is to work with partners to reduce reoffending.") == []
    assert (
        classify("Working in partnership with agencies is a cornerstone of my approach as Commissioner.")
        == []
    )


def test_a_duty_named_in_passing_leaves_the_work_done():
    # (a clause after a comma, a relative clause: the sentence's own deed is still reported)
    assert classify(
        "In May we worked with the police on a new strategy, as partnerships are required to do."
    ) == ["partnership"]
    text = "The Chair attended meetings of the Regional Leadership Board, which aims to give leadership to partners."
    assert classify(text) == ["partnership"]


# -- quotations -----------------------------------------------------------------------------------------


def test_a_person_quoted_without_an_office_is_not_a_press_comment():
    assert "media" not in classify('Sir Jo Bloggs said: "We have been forging ahead with plans for victims."')
    assert "media" in classify(
        'Councillor Jo Bloggs, the Association\'s Leader, said: "We are pleased with the result."'
    )


# -- names spelled with "&" -------------------------------------------------------------------------------


def test_a_generic_body_spelled_with_an_ampersand_is_still_generic():
    assert plain("Fire & Rescue Service") == plain("Fire and Rescue Service")
    po = PaperOrgs(default_gazetteer())
    assert po.find("We work with the Fire & Rescue Service and the Police & Crime Commissioner.") == []


# -- a list of priorities ------------------------------------------------------------------------------


def test_the_items_of_a_list_of_priorities_are_not_work():
    blocks = [
        Heading("Our strategy", level=1),
        Paragraph("We completed a strategic assessment in March 2019."),
        Paragraph("The partnership's priority areas are:"),
        ListItem("Community collaboration and resilience"),
        ListItem("Joint working on the night-time economy"),
    ]
    found = extract(Paper(meta=Meta(title="Our strategy"), blocks=blocks))
    assert [a["text"] for a in found["activities"]] == ["We completed a strategic assessment in March 2019."]
