"""Research and partnership told in a news page's or a minute's shapes (issue #15,
tests/data/real/NOTES.md 1800-1814): a survey, review or study begun is research; two bodies teaming
up or joining forces for a purpose, and a partnership launched between bodies, are partnership.
Wording invented for the tests, in the genre of a fire service's and a council's news pages and a
fire authority's minutes, not taken from any corpus paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify


def _read(paras: list[str]) -> list[tuple[str, list[str]]]:
    title = "Anyshire Community Safety Partnership Annual Report 2022/23"
    blocks = [Heading(text=title, level=1), Heading(text="Safer Neighbourhoods", level=2)] + [
        Paragraph(text=t, number=str(i + 1)) for i, t in enumerate(paras)
    ]
    paper = Paper(meta=Meta(title=title, body="Anyshire Community Safety Partnership"), blocks=blocks)
    return [(a["paragraph"], a["kinds"]) for a in extract(paper)["activities"]]


# -- a study begun -----------------------------------------------------------------------------------


def test_a_survey_or_review_begun_is_research():
    assert classify("The Service had recently begun a more detailed survey programme.") == ["research"]
    assert classify("The Partnership started a review of its governance in the spring.") == ["research"]


# -- bodies joined up --------------------------------------------------------------------------------


def test_two_bodies_teaming_up_or_joining_forces_is_partnership():
    text = "Anyshire Fire and Rescue Service and the Borough Council have teamed up to give safety advice."
    assert classify(text) == ["partnership"]
    assert classify("The two councils joined forces to run a scam awareness week.") == ["partnership"]


def test_a_partnership_launched_between_bodies_is_partnership():
    text = "Today saw the launch of a partnership between health, housing and policing bodies to reduce violence."
    assert classify(text) == ["partnership"]


def test_a_news_page_s_paragraphs_so_told_are_activities():
    paras = [
        "Anyshire Fire and Rescue Service and the Partnership teamed up to give safety advice to older residents.",
        "In May the Partnership began a survey of shop owners in the town centre.",
        "The Partnership has strong links with the voluntary sector.",
    ]
    assert _read(paras) == [("1", ["partnership"]), ("2", ["research"])]


# -- guards: read nothing new, on this code and before it -------------------------------------------


def test_a_study_or_a_joining_to_come_is_not_read():
    assert classify("The Partnership will begin a survey of shop owners in May.") == []
    assert classify("The two councils will join forces to run a scam awareness week.") == []


def test_a_joint_call_on_the_government_is_not_partnership():
    assert "partnership" not in classify(
        "The councils joined forces to call on the Government to fund the scheme."
    )


def test_a_partnership_that_stands_is_not_read():
    assert classify("The partnership between the two services has a long history.") == []
    assert classify("Partners have come together to agree the plan.") == []
