"""Genre rules of the thirty-first round (issue #15, tests/data/real/NOTES.md 1130-1144): another
body's report told on the author's own page. An inspection's report on a fire service, a force or a
council, told on that body's performance or news page ("Our last inspection report was published …
and we were rated as good"), is the inspectorate's publication, not the body's; engaging with an
inspection is being inspected, not a partnership. The body's own deeds beside it (its response, its
own report or action plan published) are still read. Wording invented for the tests, in the genre of
a fire service's performance page and a council's news, not taken from any corpus paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify

_SERVICE = ("Northshire Fire and Rescue Service",)
_INSPECTORATE = ("His Majesty's Inspectorate of Constabulary and Fire and Rescue Services", "HMICFRS")


def _page(title: str, *paras: str) -> Paper:
    return Paper(meta=Meta(title=title), blocks=[Heading(title, 1)] + [Paragraph(text=t) for t in paras])


# -- the inspectorate's report on the author ----------------------------------------------------------


def test_the_inspection_report_on_the_service_is_not_its_publication():
    text = (
        "Our most recent inspection report was published on 3 March 2022 and we were rated as good at "
        "keeping people safe from fire."
    )
    assert classify(text) == []
    assert classify(text, author_words=_SERVICE) == []


def test_the_rating_says_whose_page_it_is_whatever_author_was_read():
    # a page headed with the inspectorate's name may be read as the inspectorate's: the author rated
    # is the one inspected
    text = "Our last inspection report was published in June 2023 and we were rated as requiring improvement."
    assert classify(text, author_words=_INSPECTORATE) == []


def test_the_inspectorate_publishing_its_report_on_the_service_is_no_deed_of_the_service():
    text = "HMICFRS published its inspection report on the Service on 14 January 2022."
    assert classify(text, author_words=_SERVICE) == []
    assert classify(text) == []


def test_engaging_with_the_inspection_is_no_partnership():
    text = "The Service was praised for the open and constructive way it engaged with the inspection."
    assert classify(text, author_words=_SERVICE) == []


def test_a_performance_page_reporting_an_inspection_reports_no_work():
    paper = _page(
        "How we are doing",
        "Our most recent inspection report was published on 3 March 2022 and we were rated as good at "
        "keeping people safe from fire.",
        "The Service was praised for the open and constructive way it engaged with the inspection.",
    )
    assert extract(paper)["activities"] == []


# -- guards: the author's own deeds beside another body's report -------------------------------------


def test_the_services_own_report_published_is_its_publication():
    text = "Northshire Fire and Rescue Service published its annual report on 1 July 2023."
    assert classify(text, author_words=_SERVICE) == ["publication"]


def test_an_action_plan_published_after_the_inspection_is_the_services_publication():
    text = "We published our action plan in response to the inspection report in May 2022."
    assert "publication" in classify(text, author_words=_SERVICE)


def test_responding_to_the_inspectorates_report_is_still_read():
    text = "We responded to the inspectorate's report on our service in March 2022."
    assert classify(text, author_words=_SERVICE) == ["consultation_response"]


def test_an_inspectorate_publishing_its_own_inspection_report_keeps_it():
    text = "Our inspection report on Northshire Fire and Rescue Service was published today."
    assert classify(text, author_words=_INSPECTORATE) == ["publication"]


def test_engaging_with_partners_is_still_partnership():
    text = "The Service engaged with the police and the borough council to run joint patrols in 2023."
    assert classify(text, author_words=_SERVICE) == ["partnership"]
