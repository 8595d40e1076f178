"""Genre rules of the twelfth round (issue #15), aimed at the error classes the held-out papers show
(research missed, partnership and lobbying found where the paper only describes), as they appear
on the development papers. Each case is written here for the genre, not taken from a paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, ListItem, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.dates import Cycle, resolve_date
from boardwork.papers.extract.kinds import classify
from boardwork.papers.extract.sections import classify_heading

# -- calls with partners ------------------------------------------------------------------------------


def test_conference_calls_with_departments_are_partnership_not_a_conference():
    kinds = classify(
        "Participating in conference calls with government departments and other councils to share "
        "information on the new regulations."
    )
    assert "event" not in kinds
    assert "partnership" in kinds
    # A conference the body held is still an event.
    assert "event" in classify("In March we held a conference for councillors on licensing.")


# -- a body's aim ------------------------------------------------------------------------------------------


def test_a_bodys_aim_is_not_work_done():
    assert classify_heading("Aim", Cycle(None)).role == "excluded"
    assert classify_heading("Our vision", Cycle(None)).role == "excluded"
    # A theme that only starts with such a word is still a theme.
    assert classify_heading("Mission-critical systems", Cycle(None)).role == "theme"
    paper = Paper(
        meta=Meta(title="Annual report of the network"),
        blocks=[
            Heading("Aim", 2),
            Paragraph(
                "To lobby central government for fair funding so that our members can keep services going."
            ),
            Heading("Key activities", 2),
            ListItem("Responding to the consultation on business rates retention."),
        ],
    )
    kinds = [a["kinds"] for a in extract(paper)["activities"]]
    assert kinds == [["consultation_response"]]


# -- a document highlighting ---------------------------------------------------------------------------


def test_a_report_that_highlighted_something_is_not_lobbying():
    assert "lobbying" not in classify(
        "The recent inspections, which had highlighted failings in the funding system, were included in the report."
    )
    assert "lobbying" not in classify("The survey raised concerns about the funding of youth services.")
    # The body highlighting a thing to the Government still lobbies.
    assert "lobbying" in classify(
        "In May we highlighted the failings of the funding system to the Government."
    )


# -- findings set out under a lead ------------------------------------------------------------------------


def test_a_lead_setting_out_an_evaluations_findings_is_not_research_of_its_own():
    assert "research" not in classify("The main findings of the independent evaluation were:")
    assert "research" not in classify("Key results of the national evaluation include:")
    # Being told the outcome of an evaluation still reports one done.
    assert "research" in classify("Members were told the outcome of the interim evaluation of the scheme.")


# -- commitments and proposals ---------------------------------------------------------------------------


def test_a_commitment_or_a_proposal_to_work_with_others_is_not_partnership_done():
    assert "partnership" not in classify(
        "The Authority remained committed to working with other emergency services."
    )
    assert "partnership" not in classify(
        "On the proposal for joint working with the ambulance service, national talks were still going on."
    )
    # Work done with others is still partnership.
    assert "partnership" in classify(
        "In 2023 the Authority worked with the ambulance service on falls response."
    )


def test_partners_attending_to_answer_the_committees_questions_is_its_business():
    assert "partnership" not in classify(
        "Two officers of the council and the police area commander attended to answer the committee's questions."
    )
    # Attending a partnership's board is still partnership work.
    assert "partnership" in classify("In June officers attended the county's community safety board.")


# -- aims set as imperatives -----------------------------------------------------------------------------


def test_aims_set_as_bare_imperatives_report_no_work():
    paper = Paper(
        meta=Meta(title="Our plan"),
        blocks=[
            Heading("How we will do it", 2),
            ListItem("Collaborate with our partners"),
            ListItem("Engage with residents through the neighbourhood forums"),
            Paragraph("Review the draft Police and Crime Plan with the Commissioner"),
        ],
    )
    assert extract(paper)["activities"] == []


def test_a_noun_in_the_imperatives_place_is_still_read():
    paper = Paper(
        meta=Meta(title="Annual report"),
        blocks=[
            Paragraph(
                "Work with the county's youth offending team began in May 2023, with joint case reviews."
            )
        ],
    )
    assert [a["kinds"] for a in extract(paper)["activities"]] != []


def test_guidance_produced_jointly_by_other_bodies_is_not_the_authors_partnership():
    assert "partnership" not in classify(
        "The Audit Committee approved a local code of governance, in line with guidance produced jointly by "
        "two professional institutes."
    )
    assert "partnership" in classify("In March the council and the police jointly ran a week of action.")


# -- research reported without its actor ------------------------------------------------------------------


def test_an_assessment_told_by_what_it_examined_is_research():
    assert "research" in classify(
        "In line with the guidance, the assessment considered the state of well-being in the county and "
        "analysed it for three areas."
    )


def test_a_consultation_on_a_draft_that_took_place_is_research():
    assert "research" in classify(
        "Consultation on the draft strategy took place between 9 January and 5 February 2017."
    )
    # Another body's consultation, named as such, is not the author's.
    assert "research" not in classify(
        "Consultation on the draft plan was carried out by the Commissioner's office."
    )


def test_a_workshop_held_on_a_date_is_an_event():
    assert "event" in classify("The three areas were agreed at a workshop held in November 2015.")
    assert "event" not in classify("The guidance was discussed at a seminar held by the regional network.")


def test_a_span_from_one_day_and_month_to_another_gives_the_year():
    assert (
        resolve_date(
            "Consultation on the draft took place between 9 January and 5 February 2017.", Cycle(2016)
        )
        == "2017"
    )
    # A single day is still that day.
    assert resolve_date("The consultation closed on 5 February 2017.", Cycle(2016)) == "2017-02-05"


def test_bodies_every_welsh_or_scottish_area_has_are_not_named_organisations():
    paper = Paper(
        meta=Meta(title="Well-being assessment"),
        blocks=[
            Paragraph(
                "In May 2017 the council published the assessment, drawing on data from partners such as the "
                "police and the University Health Board."
            )
        ],
    )
    activities = extract(paper)["activities"]
    assert activities and activities[0]["organisations"] == []


def test_the_parts_a_document_included_are_not_publications_of_their_own():
    paper = Paper(
        meta=Meta(title="Well-being assessment"),
        blocks=[
            Paragraph("The assessment was a set of documents, which included:"),
            ListItem("Four detailed evidence reports."),
            ListItem("An engagement report."),
        ],
    )
    assert extract(paper)["activities"] == []


def test_others_counted_answering_the_bodys_survey_report_research():
    kinds = classify("All five partnerships responded to the Panel's local perspectives survey this year.")
    assert "research" in kinds
    assert "research" in classify("Over 2,000 residents completed the questionnaire in March 2023.")
    # The body answering a consultation is still its response.
    assert classify("In May we responded to the Home Office consultation on licensing.") == [
        "consultation_response"
    ]


# -- an acronym used without its definition ------------------------------------------------------------


def test_an_undefined_acronym_made_of_a_named_bodys_initials_is_that_body():
    paper = Paper(
        meta=Meta(title="Fire service consultation"),
        blocks=[
            Paragraph("The Westmoor Fire and Rescue Service is consulting on changes to its stations."),
            Paragraph("In June 2023 the council agreed its response to the WFRS consultation."),
        ],
    )
    found = [a for a in extract(paper)["activities"] if a["text"].startswith("In June")]
    assert found and found[0]["organisations"] == ["Westmoor Fire and Rescue Service"]


# -- policies ----------------------------------------------------------------------------------------------


def _policies(title: str, *texts: str) -> list[list[str]]:
    paper = Paper(meta=Meta(title=title), blocks=[Paragraph(t) for t in texts])
    return [a["policies"] for a in extract(paper)["activities"]]


def test_a_policy_word_inside_a_longer_name_of_a_system_or_group_is_no_policy():
    assert _policies(
        "Annual report", "In May 2023 we trained Retained Duty System crews in water rescue."
    ) == [[]]
    assert _policies(
        "Annual report", "In May 2023 we published the Serious Violence Duty guidance for partners."
    ) != [[]]


def test_the_consultation_points_back_to_the_consultation_the_title_names():
    got = _policies(
        "Westmoor Fire and Rescue Service Stations Consultation",
        "In June 2023 the council agreed its response to the WFRS consultation, supporting the proposals.",
    )
    assert got == [["Westmoor Fire and Rescue Service Stations Consultation"]]


def test_an_item_that_opens_with_such_a_participle_still_has_its_verb():
    paper = Paper(
        meta=Meta(title="Partnership update"),
        blocks=[
            Paragraph("The partnership's update to the board included:"),
            ListItem("targeted home safety visits at 300 older residents in May 2023;"),
            ListItem("Four detailed evidence reports."),
        ],
    )
    texts = [a["text"] for a in extract(paper)["activities"]]
    assert texts == ["targeted home safety visits at 300 older residents in May 2023;"]


# -- lobbying ---------------------------------------------------------------------------------------------


def test_engaging_the_political_parties_is_lobbying():
    assert "lobbying" in classify(
        "The association has engaged positively with the Government and all political parties throughout "
        "the budget process."
    )
    assert "lobbying" in classify(
        "In March 2024 our leaders met the opposition parties to press for fair funding."
    )
    # Working with partners is not lobbying.
    assert "lobbying" not in classify(
        "In March 2024 we engaged with the police and the health board on the plan."
    )
