"""Research, publications and media in the shapes the genre tells them (issue #15,
tests/data/real/NOTES.md 2040-2049): a study named by its noun and done in the passive or told by
when it took place, a call for evidence run, data gathered, a study's completion, a first-person
report's subjectless bullet of study; a document "now available", made available, approved and
published, put on a website, a status line, a newsletter gone out; a piece placed in the press,
media releases, a campaign to the public run, a post's reach. Wording invented
for the tests, in the genre of a community safety partnership's annual report, a fire authority's
news page and an association's board report, not taken from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify

AUTHOR = ("Anyshire Community Safety Partnership", "ACSP")


def _kinds(text: str) -> list[str]:
    return classify(text, author_words=AUTHOR)


def _read(paras: list[str]) -> list[tuple[str, list[str]]]:
    title = "Anyshire Community Safety Partnership Annual Report 2022/23"
    blocks = [Heading(text=title, level=1), Heading(text="What we did this year", level=2)] + [
        Paragraph(text=t, number=str(i + 1)) for i, t in enumerate(paras)
    ]
    paper = Paper(meta=Meta(title=title, body="Anyshire Community Safety Partnership"), blocks=blocks)
    return [(a["paragraph"], a["kinds"]) for a in extract(paper)["activities"]]


# -- research ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A review of the partnership's structures was undertaken in 2023.",
        "A deep dive into anti-social behaviour data was carried out.",
        "A problem profile on exploitation was produced in March.",
        "An audit of home fire safety checks took place in the summer.",
        "The Board ran a call for evidence on rural crime.",
        "A call for evidence was issued in March and received 45 responses.",
        "We gathered data from all six district councils on fly-tipping.",
        "Data was collected from partners on repeat victims.",
        "Delivery of the annual strategic assessment was achieved on time.",
        "Our analysis showed that most repeat callers were over seventy.",
        "Explored how safe older residents feel when using public transport.",
        "Found that only one in five victims knew where to report hate crime.",
        "The Partnership refreshed its strategic assessment in the autumn.",
        "Work was undertaken to understand the reasons for the rise in deliberate fires.",
        "A survey was sent to every school in the county.",
        "Residents were surveyed about their priorities for the coming year.",
        "More than 1,000 residents responded to our survey.",
        "Focus groups with young people explored their experiences of online harm.",
        "Interviews were held with 40 victims of doorstep crime.",
    ],
)
def test_a_study_told_by_its_noun_or_its_shape_is_research(text: str) -> None:
    assert "research" in _kinds(text)


def test_studies_others_did_or_to_come_are_not_research() -> None:
    assert "research" not in _kinds("The review was carried out by the Inspectorate in 2022.")
    assert "research" not in _kinds("A review of the Plan will be undertaken in 2024.")
    assert "research" not in _kinds("Data is collected from partners every quarter.")
    assert "research" not in _kinds("A review meeting took place in June to agree the terms of reference.")
    assert "research" not in _kinds("Police gathered intelligence on the gang's movements.")
    assert "research" not in _kinds("Focus groups with young people will be held in May.")
    # the noun and the verb in different phrases: the forum was launched, not the consultation
    assert "research" not in _kinds("After the consultation a residents' forum was launched in May.")
    assert "media" not in _kinds("Interviews were held with 40 victims of doorstep crime.")
    # a survey that is the method of a review told before it (NOTES 44)
    text = (
        "As part of the review, the Partnership asked victims for their views. The survey ran between March "
        "and April and received more than 900 responses."
    )
    assert _kinds(text).count("research") <= 1
    assert "research" not in _kinds("As part of the review, a survey of victims took place in March.")


# -- publication ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A new toolkit for licensing officers is now available on our website.",
        "A new guide to keeping safe online is now available.",
        "Easy-read versions of the plan were made available.",
        "We made the toolkit available to every school in the county.",
        "The Board's annual report was approved and published in September.",
        "The partnership's strategy was refreshed and republished.",
        "Our Annual Statement of Assurance was published on the website.",
        "Annual report 2022/23 published.",
        "New guidance issued to schools on online safety.",
        "The first edition of our newsletter went out in May.",
        "Our Annual Report 2022-23 can be found on our website.",
        "The new resource pack for schools went live in January.",
        "Production of a new hate crime leaflet - complete.",
    ],
)
def test_a_document_put_out_is_a_publication(text: str) -> None:
    assert "publication" in _kinds(text)


def test_documents_not_put_out_by_the_body_are_not_publications() -> None:
    assert "publication" not in _kinds("Guidance is available on the Home Office website.")
    assert "publication" not in _kinds("Support is now available for victims of fraud.")
    assert "publication" not in _kinds("The Government's new guidance is now available.")
    assert "publication" not in _kinds("Annual report to be published in July.")
    assert "publication" not in _kinds("The full report can be found at Appendix A.")
    assert "publication" not in _kinds("Leaflets are to be made available through the libraries.")
    assert "publication" not in _kinds("The strategy launched in 2020 set out three priorities.")
    assert "publication" not in _kinds("Home Office guidance published in March sets out new duties.")
    assert "publication" not in _kinds("The new Home Office guidance is now available.")
    assert "publication" not in _kinds("Our plan is out of date and needs refreshing.")
    assert "publication" not in _kinds("Publication of the annual report - due March 2024.")


# -- media ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Articles appeared in the local press about the new service.",
        "We issued 12 media releases during the year.",
        "We ran a poster campaign in bus shelters across the borough.",
        "The winter campaign was launched in December.",
        "The Partnership publicised the scheme widely.",
        "Posts on Facebook and Twitter reached 50,000 people.",
        "The video had 12,000 views.",
        "Messages were shared via the community messaging system to 8,000 subscribers.",
        "Regular updates were posted on the Partnership's Facebook page.",
        "The campaign reached 1.2 million people.",
        "We tweeted daily safety tips during the heatwave.",
        "The Chair was filmed by BBC Look North at the launch of the scheme.",
    ],
)
def test_work_in_the_press_and_on_the_body_s_channels_is_media(text: str) -> None:
    assert "media" in _kinds(text)


def test_campaigns_for_a_cause_standing_channels_and_others_work_are_not_media() -> None:
    assert "media" not in _kinds("We ran a campaign for fair funding for councils.")
    assert "media" not in _kinds("The Association ran a campaign on the value of local services.")
    assert "media" not in _kinds("We promoted the messages of our campaigns on fair funding to MPs.")
    assert "media" not in _kinds("A poster campaign will run in the summer.")
    assert "media" not in _kinds("The Partnership's Facebook page has 5,000 followers.")
    assert "media" not in _kinds("Publicity is handled by the council's communications team.")
    assert "media" not in _kinds("We achieved full CCTV coverage of the town centre.")
    assert "media" not in _kinds("The consultation received 500 views from residents.")


# -- through the pipeline ---------------------------------------------------------------------------


def test_an_annual_report_s_paragraphs_so_told_are_activities() -> None:
    paras = [
        "A review of the partnership's information sharing was undertaken in June 2022.",
        "A new guide for landlords on cuckooing is now available on our website.",
        "We ran a poster campaign on doorstep crime in bus shelters in October 2022.",
        "The Partnership's role is to bring agencies together to reduce crime.",
    ]
    assert _read(paras) == [("1", ["research"]), ("2", ["publication"]), ("3", ["media"])]


# -- the body as the passive's agent ---------------------------------------------------------------


def test_a_study_or_a_document_done_by_the_author_in_the_passive_is_its_own() -> None:
    assert "research" in _kinds("A review of youth services was led by the Partnership with the University.")
    assert "research" in _kinds(
        "An independent evaluation of the scheme was commissioned by the Partnership."
    )
    assert "publication" in _kinds("The annual report was published by ACSP in July.")


def test_a_study_or_a_document_done_by_another_agent_is_not_the_author_s() -> None:
    assert "research" not in _kinds("A review of youth services was led by the Home Office.")
    assert "publication" not in _kinds("The report was published by the Inspectorate in May.")
    assert "publication" not in _kinds("The Partnership strategy was published by the County Council.")
    # an author not known: no agent is taken for it
    assert "publication" not in classify("The annual report was published by the Board in July.")
