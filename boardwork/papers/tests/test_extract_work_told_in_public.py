"""Work told in the genre's own shapes (issue #15, tests/data/real/NOTES.md 1820-1834): a statement
whose lede answers the Government (lobbying as well as media), a statement issued (media), an
association's welcome of a Government announcement in the perfect (lobbying), an MP met or briefed
(lobbying), a named awareness or safety week the body marked (media) and training the body's people
received, attended or completed (training). Wording invented for the tests, in the genre of
associations', fire services', partnerships' and councils' news and reports, not taken from any
corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify


def _paper(body: str | None, title: str, *paras: str) -> Paper:
    return Paper(
        meta=Meta(title=title, body=body), blocks=[Heading(title, 1)] + [Paragraph(text=t) for t in paras]
    )


# -- a statement's lede answering the Government ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Responding to the Chancellor's Autumn Statement, Councillor Jo Bloggs, the Network's Chair, "
        'said: "This is a missed opportunity for councils."',
        "In response to the Scottish Government's draft budget, the Northvale Councils' Association (NCA) "
        "issues the following statement from its President.",
        "Responding to the announcement by the UK Government of new funding for fire services, Cllr Ann "
        'Roe, the Association\'s spokesperson, said: "It will not meet the pressures."',
    ],
)
def test_a_statement_answering_the_government_is_lobbying_and_media(text):
    kinds = classify(text)
    assert "lobbying" in kinds
    assert "media" in kinds


@pytest.mark.parametrize("trained_model", [False, True])
def test_a_statement_answering_the_government_is_read_on_a_news_page(trained_model):
    paper = _paper(
        None,
        "Association responds to the Budget",
        "Responding to the Welsh Government's final budget, published today, Councillor Jo Bloggs, the "
        'Association\'s Finance Spokesperson, said: "Councils will still face hard choices next year."',
    )
    kinds = [set(a["kinds"]) for a in extract(paper, trained_model=trained_model)["activities"]]
    assert {"lobbying", "media"} in kinds


@pytest.mark.parametrize(
    "text",
    [
        # the association's own name holds "Government": no Government is answered
        "Responding to concerns about rent arrears, a Northvale Local Government Association "
        "spokesperson described the support councils give.",
        # a question at a meeting, the Minister only in what was said
        "Responding to a question from Councillor Jones, the Director said that the Minister had not "
        "yet replied.",
        # a consultation answered is a consultation response, not lobbying
        "In response to the Government's consultation, the council set out its views in a letter.",
        # no statement: what the body did next
        "In response to the Home Office's request, the council set up a new panel.",
    ],
)
def test_no_lobbying_from_a_response_that_answers_no_government_in_public(text):
    assert "lobbying" not in classify(text)


def test_a_statement_issued_is_media():
    assert "media" in classify("The Partnership has issued a statement on the closure of the centre.")
    assert "media" not in classify("The Council will issue a statement next week.")


# -- a welcome of the Government's announcement, in the perfect ----------------------------------------


def test_an_associations_welcome_in_the_perfect_is_lobbying():
    text = (
        "The Northvale Councils' Association (NCA) has welcomed today's announcement by the Government of "
        "an extra £20m for councils."
    )
    assert "lobbying" in classify(text)


@pytest.mark.parametrize(
    "text",
    ["Members have welcomed the report and thanked officers.", "The Panel has welcomed the new members."],
)
def test_a_meetings_welcome_is_no_lobbying(text):
    assert "lobbying" not in classify(text)


# -- an MP met or briefed ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Commissioner met the local MP to discuss rural crime.",
        "The Chair met with our MSP in October to discuss the settlement.",
        "We briefed local MPs ahead of the debate on council funding.",
    ],
)
def test_an_mp_met_or_briefed_is_lobbying(text):
    assert "lobbying" in classify(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chair met the Chief Constable in June to discuss response times.",
        "The Leader met local residents at the community centre.",
        "We briefed local residents ahead of the works.",
        "The Commissioner will meet the local MP in the new year.",
    ],
)
def test_no_lobbying_from_meeting_others_or_a_meeting_to_come(text):
    assert "lobbying" not in classify(text)


# -- a named awareness or safety week marked ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Partnership marked Hate Crime Awareness Week with stalls across the borough.",
        "Riverside Fire and Rescue Service supported Road Safety Week by visiting every primary school.",
        "Officers took part in Scams Awareness Week in June.",
        "The Council celebrated White Ribbon Day in November.",
    ],
)
def test_an_awareness_week_marked_is_media(text):
    assert "media" in classify(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hate Crime Awareness Week runs from 10 to 17 October.",
        "The Partnership will mark White Ribbon Day on 25 November.",
        "The Panel noted that Road Safety Week would take place in November.",
        "The Council supported the new members of the Youth Council.",
    ],
)
def test_no_media_from_a_week_named_to_come_or_no_week(text):
    assert "media" not in classify(text)


@pytest.mark.parametrize("trained_model", [False, True])
def test_an_awareness_week_is_read_in_a_partnerships_report(trained_model):
    paper = _paper(
        "Northmoor Borough Council",
        "Community Safety Partnership Update",
        "In October 2023 the Partnership marked Hate Crime Awareness Week with stalls in the market and "
        "at the library.",
    )
    kinds = [a["kinds"] for a in extract(paper, trained_model=trained_model)["activities"]]
    assert any("media" in k for k in kinds)


# -- training the body's people received -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Over 200 officers received domestic abuse training.",
        "120 staff attended safeguarding training during the year.",
        "Staff completed the new e-learning module on modern slavery.",
        "All councillors were trained on the new code of conduct in May.",
        "Over 300 staff have been trained in dementia awareness.",
        "Volunteers took part in a course on first aid in March.",
    ],
)
def test_training_the_bodys_people_received_is_training(text):
    assert classify(text) == ["training"]


@pytest.mark.parametrize(
    "text",
    [
        # recruits completing the course of joining
        "24 new firefighters completed their training in March.",
        "Staff will receive training next year.",
        "Staff can access training through the portal.",
        "Staff are required to complete the training each year.",
        "Officers have received complaints about parking.",
        "Members attended the meeting of the Partnership Board.",
    ],
)
def test_no_training_from_training_to_come_on_offer_or_none(text):
    assert "training" not in classify(text)


@pytest.mark.parametrize("trained_model", [False, True])
def test_training_received_is_read_in_a_fire_services_report(trained_model):
    paper = _paper(
        "Northmoor Fire and Rescue Authority",
        "Prevention Update",
        "In March 2024 all station managers completed the new safeguarding course.",
    )
    kinds = [a["kinds"] for a in extract(paper, trained_model=trained_model)["activities"]]
    assert any("training" in k for k in kinds)
