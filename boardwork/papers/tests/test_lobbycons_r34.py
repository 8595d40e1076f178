"""Lobbying, consultation responses and training in the genre's shapes (issue #15,
tests/data/real/NOTES.md 3600-): a department of state written to or pressed by its short form, the
body's concerns, asks or case put to a government, its advocacy told by what it won or as a verb, a
case fought for, a minister named by when they hold the post; a submission or a document put forward
where the paragraph names the consultation, a response co-ordinated or drafted, a consultation fed
into, comments submitted on a draft; a training day held, the body's courses attended, CPD run; and a
news item's headline telling a deed is no theme. Guards: a department writing to others, residents'
concerns, advocacy as a service to victims, a bid or an award entry, a meeting held to feed into a
consultation, others' courses attended, training to come, a fight for hours or by others, topic
headings. Wording invented for the tests, in the genre of council, association, fire and police
papers, not taken from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.dates import Cycle
from boardwork.papers.extract.kinds import classify
from boardwork.papers.extract.sections import classify_heading
from boardwork.papers.extract.text import norm_text


def kinds(text: str) -> list[str]:
    return classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "We wrote to DEFRA setting out our concerns about the length of the consultation period.",
        "The Federation has pressed the DfT for a longer transition period for bus operators.",
        "We took our concerns to the Welsh Government.",
        "We submitted our asks to the Chancellor ahead of the Autumn Statement.",
        "We set out our priorities in a letter to the new Secretary of State.",
        "We made our case to the new Minister for Housing.",
        "Our advocacy secured an extra £20 million for councils in the budget.",
        "The Institute steps up its advocacy of licensing reform.",
        "We advocated for stronger protections for tenants in the private rented sector.",
        "We fought successfully for a change to the rules on planning fees.",
        "The Association has met the present minister twice since his appointment.",
    ],
)
def test_lobbying_in_the_genres_shapes(text):
    assert "lobbying" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "We put forward a full document setting out our views on the Green Paper.",
        "When the White Paper came out, the Association put forward a detailed paper and later made a "
        "further submission in the spring.",
        "We fed into the consultation on extended producer responsibility.",
        "We coordinated the sector's response to the White Paper.",
        "The Association submitted comments on the draft guidance.",
    ],
)
def test_consultation_responses_in_the_genres_shapes(text):
    assert "consultation_response" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "More than 1,000 people took part in our mental health first aid courses.",
        "We organised a training day for partner agencies.",
        "Training days were held for clerks in March.",
        "We ran a CPD programme for licensing officers.",
    ],
)
def test_training_in_the_genres_shapes(text):
    assert "training" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "DEFRA wrote to all councils about the new collection rules.",
        "Residents took their concerns to the Minister at a public meeting.",
        "The IDVA advocated for the victim at court and helped her find safe housing.",
        "Please find enclosed our submission for the Partnership Projects category of this year's award.",
        "Those who attended the courses gave positive feedback.",
        "Members asked whether training days would be held next year.",
        "We will hold a training day for new members in June.",
        "We will make a submission to the consultation in the spring.",
        "The Minister set out the Government's position to MPs.",
        "Firefighters fought for hours to bring the blaze under control.",
        "Residents fought for the library to stay open.",
        "The charity fought for victims of crime to be heard.",
    ],
)
def test_guards_read_none_of_these_kinds(text):
    assert not {"lobbying", "consultation_response", "training"} & set(kinds(text))


def test_advocacy_service_is_no_lobbying():
    assert "lobbying" not in kinds(
        "Our advocacy service supported 300 survivors of domestic abuse last year."
    )


@pytest.mark.parametrize(
    "heading",
    [
        "Partnership Unveils New Safety Campaign",
        "Commissioner Launches Annual Report",
        "Federation Group Meets Minister of State",
    ],
)
def test_a_headline_telling_a_deed_is_no_theme(heading):
    assert classify_heading(heading, Cycle(2023, 4)).theme is None


@pytest.mark.parametrize(
    "heading", ["Community Safety Plans", "Partners and Networks", "Training and Development"]
)
def test_topic_headings_stay_themes(heading):
    assert classify_heading(heading, Cycle(2023, 4)).theme == heading
