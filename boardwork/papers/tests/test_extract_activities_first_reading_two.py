"""Activities at first reading, second round (issue #15, tests/data/real/NOTES.md 1210-1229): work told
to a meeting in reported speech, backshifted, as minutes tell it ("The Policy Officer confirmed that
the Panel's report had been published"). The deed in the past perfect after the reporting verb and
its "that" is read as told, and the model does not veto it; a clause with no past perfect, or one told
by another service's officer in a committee's minutes, reads nothing. Wording invented for the tests,
in the genre of panels', partnerships' and fire authorities' minutes, not taken from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.pipeline import not_work


def _minutes(body: str, title: str, *paras: str) -> Paper:
    return Paper(
        meta=Meta(title=title, body=body), blocks=[Heading(title, 1)] + [Paragraph(text=t) for t in paras]
    )


def _kinds(paper: Paper, trained_model: bool) -> list[list[str]]:
    return [a["kinds"] for a in extract(paper, trained_model=trained_model)["activities"]]


_PUBLISHED = (
    "The Scrutiny Officer confirmed that the Panel's report on the Commissioner's draft plan had been "
    "published and sent to the Commissioner."
)


# -- the rule: a deed told in reported speech, in the past perfect ------------------------------------


@pytest.mark.parametrize("trained_model", [False, True])
def test_a_report_published_told_to_the_panel_is_its_publication(trained_model):
    paper = _minutes("Northshire Police and Crime Panel", "Minutes of the meeting", _PUBLISHED)
    assert _kinds(paper, trained_model) == [["publication"]]


@pytest.mark.parametrize("trained_model", [False, True])
def test_the_services_officer_reporting_its_work_to_its_own_authority_is_read(trained_model):
    # a fire authority's minutes: its own chief officer tells what the service had done
    paper = _minutes(
        "Northshire Fire Authority",
        "Chairman's announcements",
        "The Chief Fire Officer confirmed that the Service had been working closely with the Police and "
        "the council during the floods.",
    )
    assert _kinds(paper, trained_model) == [["partnership"]]


def test_a_deed_in_reported_speech_is_not_judged_no_work():
    assert not_work(_PUBLISHED) is None


# -- guards --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("trained_model", [False, True])
def test_another_services_officer_reporting_its_crews_work_to_a_committee_is_not_read(trained_model):
    paper = _minutes(
        "Eastby Borough Council Overview and Scrutiny Committee",
        "Fire Safety Update",
        "The Deputy Chief Fire Officer said that crews had carried out 4,000 home safety visits during the "
        "year and had fitted smoke alarms.",
    )
    assert _kinds(paper, trained_model) == []


@pytest.mark.parametrize("trained_model", [False, True])
def test_work_to_come_told_to_the_meeting_is_not_read(trained_model):
    paper = _minutes(
        "Eastby Community Safety Partnership",
        "Minutes",
        "The Partnership Manager advised that the new strategy will be published in the spring.",
    )
    assert _kinds(paper, trained_model) == []


@pytest.mark.parametrize("trained_model", [False, True])
def test_a_deed_the_kinds_read_in_reported_speech_is_read_as_before(trained_model):
    paper = _minutes(
        "Eastby Community Safety Partnership",
        "Minutes",
        "The Partnership Manager reported that the Partnership had taken part in joint patrols with the "
        "police in the town centre over the summer.",
    )
    assert _kinds(paper, trained_model) == [["partnership"]]


def test_what_the_meeting_was_told_is_so_is_no_deed():
    assert not_work("Officers explained that the strategy sets the partnership's priorities for three years.")


def test_had_as_a_verb_of_its_own_is_no_past_perfect():
    text = (
        "The Partnership Manager confirmed that the Partnership had a budget for the community events "
        "programme."
    )
    assert not_work(text) == "no kind read"
