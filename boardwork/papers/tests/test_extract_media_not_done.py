"""Media, events and training on papers the rules were not written on (issue #15,
tests/data/real/NOTES.md 2530-2539 and 2620-2629). The press's nouns name the paper's furniture too:
a contact line at the foot of a news item ("For all media enquiries please call …"), a line sending
the reader to the body's channels, and a fire or police service's radios, which are equipment; none
reports media work (NOTE 2620). A body's welcome opening a quotation is its word to the press (NOTE
2621), and so is work the press took up (NOTE 2622). Guards: media work that must stay media
(enquiries dealt with, a social media campaign, radio as the press, channels used in a meeting's
account of work), and what must not become media or an event (a welcome at a meeting, a quoted
person's welcome, an occasion still to come, a fair share, people picked up by a minibus). Days of
action and the community's occasions as events were measured and not shipped (NOTE 2534); their
tests are in commit 8bac12ca of main's history. Wording invented for the tests, in the genre of
council, partnership, fire and police papers, not taken from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify

# -- a contact line or a sign-post is no media work ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "For all media enquiries please call 020 1234 5678.",
        "Media enquiries: the press office, 01632 960123.",
        "Contact press@northvale.gov.uk for media enquiries.",
        "Media enquiries should be directed to the Communications Team.",
        "Please see our website and social media channels for details of future events.",
    ],
)
def test_a_contact_line_or_a_sign_post_is_no_media(text):
    assert "media" not in classify(text)


def test_a_news_item_ending_in_a_contact_line_reports_no_media_work():
    paper = Paper(
        meta=Meta(title="Partnership publishes its annual report"),
        blocks=[
            Heading("Partnership publishes its annual report", 1),
            Paragraph(
                text="The Northvale Community Safety Partnership published its annual report in July 2024."
            ),
            Paragraph(text="For all media enquiries please call 01632 960123."),
        ],
    )
    acts = extract(paper)["activities"]
    assert not any("media" in a["kinds"] for a in acts)


@pytest.mark.parametrize(
    "text",
    [
        "The Communications Team handled 240 media enquiries during the year.",
        "The Partnership ran a social media campaign on doorstep scams in March 2023.",
        "The Chair gave interviews to BBC Radio Northvale and the Northvale Echo in May.",
    ],
)
def test_media_work_stays_media(text):
    assert "media" in classify(text)


# -- radios are equipment -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Service replaced the Airwave radio system in March 2023.",
        "The Service moved to a new digital radio network in 2022.",
        "Crews were issued with handheld radio sets during the year.",
    ],
)
def test_a_services_radios_are_no_media(text):
    assert "media" not in classify(text)


# -- radio as the press ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The campaign was promoted on local radio in December 2023.",
        "The Chief Fire Officer spoke on BBC Radio Northvale about the winter campaign.",
        "The campaign was advertised on digital radio stations across the county.",
    ],
)
def test_radio_as_the_press_stays_media(text):
    assert "media" in classify(text)


# -- a day of action to come ----------------------------------------------------------------------------


def test_a_day_of_action_to_come_is_no_event():
    assert "event" not in classify("A day of action will be held in Northtown in June.")


# -- a meeting's account is no sign-post ------------------------------------------------------------------


def test_a_call_in_a_meeting_account_is_no_sign_post():
    text = (
        "Officers had a call in March with the communications team and used the social media channels "
        "to promote home fire safety."
    )
    assert "media" in classify(text)


# -- a body's welcome in quotation marks ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“The Northvale Partnership welcomes this report, which shows what joint working can achieve.”",
        '"The Association warmly welcomes the review\'s findings on council housing."',
    ],
)
def test_a_bodys_quoted_welcome_is_media(text):
    assert "media" in classify(text)


# -- welcomes that are no statement to the press --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Members welcomed the report and thanked officers for their work.",
        "“I welcome the report,” said the Chair.",
        "“The Panel will welcome the plan when it is published.”",
    ],
)
def test_a_welcome_at_a_meeting_or_to_come_is_no_quoted_welcome(text):
    assert "media" not in classify(text)


# -- occasions to come, a fair share; work the press took up, people picked up -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A fun day will be held in the park next summer.",
        "The Council received a fair share of the national funding.",
    ],
)
def test_an_occasion_to_come_or_a_fair_share_is_no_event(text):
    assert "event" not in classify(text)


@pytest.mark.parametrize(
    "text",
    [
        "The story of the scheme was picked up by the national press.",
        "The launch of the winter campaign attracted considerable media interest.",
    ],
)
def test_work_the_press_took_up_is_media(text):
    assert "media" in classify(text)


def test_people_picked_up_are_no_press():
    assert "media" not in classify("Older residents were picked up by the community minibus.")
