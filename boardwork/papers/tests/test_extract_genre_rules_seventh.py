"""Genre rules of the seventh round (issue #15), from the errors of the development papers of batch
25: the body's own asking (a survey told by what it set out to learn, its polling), research it
commissioned from a contractor, standing statements of what a body's work is (a role, what the work
includes, a practice repeated each year) and proposals put to a meeting that are not yet work, a
span of months that dates only the year, a Bill's name with a word in brackets, and a department
named by its post holder. Each case is written here for the genre, not taken from a paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, ListItem, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.dates import Cycle, resolve_date
from boardwork.papers.extract.kinds import classify

COUNCIL = ("Northshire County Council",)


# -- the body's own asking -------------------------------------------------------------------------


def test_a_survey_told_by_what_it_set_out_to_learn_is_research():
    text = "The residents' survey on road safety set out to find out how safe people feel walking to school."
    assert classify(text) == ["research"]
    # Another body's survey stays another's.
    assert classify("The Home Office survey set out to understand views on policing.") == []


def test_the_bodys_own_polling_is_research():
    assert classify("Our annual polling of councillors shows strong support for the campaign.") == [
        "research"
    ]


def test_a_result_of_the_bodys_own_polling_reported_as_its_subject_is_kept():
    # The sentence is about the polling (what it showed, of those polled): the deed it reports.
    text = (
        "Our regular polling of members shows strong support: of those polled in May 2019, 80 per cent "
        "of leaders agreed with us."
    )
    assert classify(text) == ["research"]
    # A result quoted in passing from a survey is background, as before.
    assert classify("In our last survey, 75 per cent of leaders told us the campaign mattered.") == []


def test_research_commissioned_from_a_contractor_is_the_commissioners():
    # (the contractor's initials are not the subject of the clause)
    assert classify("The Panel commissioned Ipsos UK to carry out research with residents.") == ["research"]
    assert (
        classify("The Home Office commissioned Ipsos UK to carry out research.", author_words=COUNCIL) == []
    )


def test_how_a_sector_responded_to_challenges_is_not_a_consultation_response():
    text = "The survey asked how the partnerships have responded to those challenges so far."
    assert "consultation_response" not in classify(text)
    assert classify("We responded to the consultation on the Bill.") == ["consultation_response"]


# -- standing statements and proposals are not work done -----------------------------------------------


def _paper_with(text: str) -> Paper:
    return Paper(
        meta=Meta(title="Annual report", body="Northshire County Council"),
        blocks=[Heading(text="Annual report", level=1), Paragraph(text=text, number="1")],
    )


def test_a_role_stated_as_central_to_what_the_body_does_is_not_work():
    assert classify("Lobbying Parliament is central to what we do for councils.") == []
    assert classify("Partnership working is a key part of our approach to community safety.") == []
    assert classify("In March we lobbied Parliament on the Bill.") == ["lobbying"]


def test_what_the_bodys_work_includes_is_not_work_done():
    assert classify("Our work includes lobbying on legislation and briefing MPs before debates.") == []
    assert classify("This work included briefing MPs before the Second Reading debate.") == ["lobbying"]


def test_a_practice_repeated_each_year_is_not_a_deed():
    assert classify("The Panel publishes an annual report on its work.") == []
    assert classify("In June we published our annual report on governance.") == ["publication"]


def test_we_work_with_in_the_present_is_how_the_body_works():
    assert classify("We work with our network of supporters in Parliament to press for change.") == []
    assert classify("In 2019 we worked with our network of supporters in Parliament.") == ["partnership"]


def test_a_report_putting_proposals_to_the_meeting_is_not_work():
    assert classify("This report asks the Cabinet Member to approve joint working with the police.") == []
    assert (
        classify("It puts two collaborative initiatives forward for approval: joint working with the police.")
        == []
    )


def test_an_officer_highlighting_something_to_the_meeting_is_its_business():
    text = "The Community Safety Officer highlighted the CSP's priorities and the funding it had received."
    assert classify(text) == []
    # The body's own highlighting to ministers stays lobbying.
    assert classify("We highlighted the cost of the reforms to ministers in March.") == ["lobbying"]


def test_items_under_a_recommendation_lead_are_not_deeds():
    paper = Paper(
        meta=Meta(title="Blue light collaboration", body=None),
        blocks=[
            Heading(text="Blue light collaboration", level=1),
            Paragraph(text="The Cabinet Member is RECOMMENDED to:"),
            ListItem(
                text="Approve the memorandum of understanding with the police and ambulance services.",
                depth=1,
            ),
            ListItem(text="Sign the memorandum and continue joint working with the police.", depth=1),
        ],
    )
    assert extract(paper)["activities"] == []


def test_a_statute_with_an_ampersand_and_an_aside_is_described_not_work():
    text = (
        "The Crime & Disorder Act 1998 (as amended) requires the council to work in partnership "
        "with the police and the health service."
    )
    assert extract(_paper_with(text))["activities"] == []


# -- dates, policies, organisations --------------------------------------------------------------


def test_a_span_of_months_in_one_year_dates_the_year():
    cycle = Cycle(2016, 9)
    assert resolve_date("We carried out the survey in October and November 2016.", cycle) == "2016"
    assert resolve_date("We ran the pilot from April to June 2017.", cycle) == "2017"
    # One month stays a month.
    assert resolve_date("We carried out the survey in October 2016.", cycle) == "2016-10"


def test_a_bill_whose_name_has_a_word_in_brackets_keeps_it():
    got = extract(_paper_with("We lobbied peers during the passage of the European Union (Withdrawal) Bill."))
    assert got["activities"][0]["policies"] == ["European Union (Withdrawal) Bill"]


def test_a_department_named_by_its_post_holder_is_not_an_organisation():
    text = "The Head of Community Services worked with the Northshire Fire and Rescue Service on the plan in 2019."
    orgs = extract(_paper_with(text))["activities"][0]["organisations"]
    assert "Community Services" not in orgs
    assert "Northshire Fire and Rescue Service" in orgs
