"""A statement the paper makes in saying it — a clerk's certificate that an agenda was posted, a notice
of meeting, a summons — is the document's own act, not work it reports; a recommendation put to the
meeting ("It is recommended that the Board …") and a duty stated ("the Commissioner must send it to the
Panel") are what is asked or owed, not work done either. Invented sentences."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Meta, Paper, Paragraph
from boardwork.papers.extract.model import shipped_model
from boardwork.papers.extract.pipeline import extraction_of, not_work

_REASON = "a formal statement the paper itself makes"


@pytest.mark.parametrize(
    "text",
    [
        "I hereby certify under penalty of perjury that the foregoing agenda was posted at the Town Hall"
        " and on the Council's website not less than 72 hours before the meeting.",
        "I hereby certify that this notice was published on the board outside the Civic Centre.",
        "Notice is hereby given that the Harbour Watch Committee will hold a meeting on 12 March 2025.",
        "You are hereby summoned to attend a meeting of the Parish Council at the Village Hall.",
    ],
)
def test_a_performative_statement_is_not_work(text):
    assert not_work(text) == _REASON


@pytest.mark.parametrize(
    "text",
    [
        # Work reported, with the same verbs told as done.
        "The Clerk certified the accounts of the Harbour Trust and published them in July.",
        "The Council gave notice of its intention to close the depot and consulted residents on it.",
    ],
)
def test_work_told_with_the_same_verbs_is_not_taken_for_one(text):
    assert not_work(text) != _REASON


def test_an_agenda_of_numbered_items_and_its_posting_certificate_gives_no_activity():
    """Numbered items with no headings, then the clerk's certificate: nothing done is reported."""
    blocks = [
        Paragraph(text="CALL TO ORDER", number="1"),
        Paragraph(text="Approval of the minutes of the meeting of 4 March 2025", number="2"),
        Paragraph(text="ADJOURNMENT", number="3"),
        Paragraph(
            text="I hereby certify under penalty of perjury under the laws of the State that the foregoing"
            " agenda was posted not less than 72 hours prior to the meeting at the following locations:"
            " the Town Hall lobby, the public library and the Council's website."
        ),
        Paragraph(text="Date Posted: 7 March 2025"),
    ]
    paper = Paper(
        meta=Meta(title="AGENDA REGULAR MEETING RIVERTON CITY COUNCIL", body="Riverton City Council"),
        blocks=blocks,
    )
    assert extraction_of(paper).activities == []


# -- a recommendation put to the meeting, and a duty stated (NOTES 1841-1842) ---------------------------

_ASKED = "what the meeting is asked to do"
_DUTY = "a duty stated"


def _report(*paras: str) -> Paper:
    return Paper(
        meta=Meta(title="Community Safety Partnership update", body="Northshire Council"),
        blocks=[
            Paragraph(text="The report updates members on the partnership's work."),
            *map(Paragraph, paras),
        ],
    )


def _kinds(paper: Paper, trained_model: bool) -> list[list[str]]:
    model = shipped_model() if trained_model else None
    return [a.kinds for a in extraction_of(paper, model=model).activities]


@pytest.mark.parametrize(
    "text",
    [
        "It is recommended that the Board endorses the joint campaign with Northshire Police.",
        "It is therefore proposed that the Committee approves the partnership agreement with the Fire Service.",
        "Officers recommend that the Panel publishes its report on the Commissioner's precept.",
        "Staff Recommendation: It is recommended that the Planning Commission adopt Resolution No. 25-14.",
        "It is further recommended that the Panel writes to the Home Secretary about police funding.",
    ],
)
def test_a_recommendation_put_to_the_meeting_is_what_it_is_asked_to_do(text):
    assert not_work(text) == _ASKED


@pytest.mark.parametrize(
    "text",
    [
        "As soon as practicable after producing an annual report, the Commissioner must send it to the"
        " Police and Crime Panel and attend a public meeting of the Panel to present it.",
        "Each partner agency shall share data with the Partnership to support the strategic assessment.",
        "The Council has a statutory duty to work with the Police to publish a strategic assessment every year.",
        "All members of the Board are required to attend training on safeguarding.",
    ],
)
def test_a_duty_stated_is_not_work(text):
    assert not_work(text) == _DUTY


@pytest.mark.parametrize("trained_model", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "It is recommended that the Board endorses the joint campaign with Northshire Police.",
        "Officers recommend that the Panel publishes its report on the precept with Northshire Fire and Rescue"
        " Service.",
        "As soon as practicable after producing an annual report, the Commissioner must send it to the"
        " Northshire Police and Crime Panel and attend a public meeting of the Panel to present it.",
    ],
)
def test_a_recommendation_or_a_duty_gives_no_activity(text, trained_model):
    assert _kinds(_report(text), trained_model) == []


@pytest.mark.parametrize(
    "text",
    [
        # a duty and the deed it led to, in one unit: the deed is reported
        "The Panel must review the proposed precept. It reviewed the precept on 3 February and published its"
        " report.",
        # something that must be done, not a body bound: the body's deed is read
        "Responding to a report suggesting more must be done to support refugees, the Association published"
        " its approach.",
        # a recommendation that was made, told in the past, and what followed
        "It was recommended that the Board hold a joint event with the Police in March; the event was held on"
        " 12 March.",
        "The Council launched a campaign with the Police in May.",
    ],
)
def test_work_beside_a_duty_or_a_recommendation_is_still_read(text):
    assert not_work(text) not in (_ASKED, _DUTY)
    assert _kinds(_report(text), False) != []


_MEMBERSHIP = "membership stated"


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Smith sits on the board of the Northshire Community Safety Partnership.",
        "The Council is a member of the Northshire Local Resilience Forum and the Safer Roads Partnership.",
        "Councillor Jones is the Council's representative on the Northshire Police and Crime Panel.",
        "Both councils are represented on the Northshire Community Safety Partnership Board.",
    ],
)
def test_a_seat_held_told_in_the_present_is_membership_not_work(text):
    assert not_work(text) == _MEMBERSHIP


@pytest.mark.parametrize("trained_model", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "Councillor Smith sits on the board of the Northshire Community Safety Partnership.",
        "Both councils are represented on the Northshire Community Safety Partnership Board.",
    ],
)
def test_a_seat_held_gives_no_activity(text, trained_model):
    assert _kinds(_report(text), trained_model) == []


@pytest.mark.parametrize(
    "text",
    [
        # the seats held over the year, in the past: the year's work
        "The Committee's members sat on the Fire Service College Advisory Board and the Arson Prevention"
        " Forum, representing fire and rescue authorities.",
        # a seat and a deed done in it
        "Councillor Smith sits on the board of the Northshire Community Safety Partnership and chaired its"
        " workshop with Northshire Police in March.",
    ],
)
def test_seats_held_over_the_year_or_with_a_deed_are_still_read(text):
    assert not_work(text) != _MEMBERSHIP
    assert _kinds(_report(text), False) != []


def test_a_duty_under_a_statute_with_the_papers_short_names_is_stated():
    text = (
        'Under Section 12 of the Police Reform Act (the "Act") a Police and Crime Commissioner (the'
        ' "Commissioner") must produce an Annual Report on the exercise of the functions of the office.'
    )
    assert not_work(text) == _DUTY
