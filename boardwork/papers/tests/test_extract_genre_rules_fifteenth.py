"""Genre rules of the fifteenth round (issue #15), from the misses of the development papers (batch 39's
and the earlier ones) at their first scores. Each case is written here for the genre, not taken from a
paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, ListItem, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify

# -- the answers to the body's survey, counted ------------------------------------------------------------


def test_the_answers_to_the_bodys_survey_counted_report_research():
    text = (
        "The survey closed on 3 March 2021. A few late replies were accepted. "
        "In total 57 responses were received from the region's councils."
    )
    assert "research" in classify(text)
    assert "research" in classify("We received over 2,400 responses to our annual residents' survey.")
    # Those who answered, named in more than two words before the verb.
    assert "research" in classify("In all 64 town and parish councils completed the questionnaire.")
    # Responses counted with no survey of the body's named are not its research.
    assert "research" not in classify("Twelve responses were received to the Home Office consultation.")
    assert "research" not in classify("In total 40 responses were received.")


# -- a survey's interviews are its method, not the press ------------------------------------------------


def test_a_surveys_interviews_are_not_media_work():
    text = (
        "The survey ran in May 2022; the number of completed interviews per district ranged from 90 to 400."
    )
    assert "media" not in classify(text)
    assert "media" not in classify("We held 30 telephone interviews and 12 in-depth interviews with victims.")
    # An interview given to the press is still media work.
    assert "media" in classify("The Chair gave interviews to BBC Radio Merseyside in March.")


# -- how the paper's own study was done, under its summary ----------------------------------------------


def _survey_report(label_as_heading: bool) -> Paper:
    label = Heading("Methodology", 3) if label_as_heading else Paragraph("Methodology")
    return Paper(
        meta=Meta(title="Residents' views of community safety 2023"),
        blocks=[
            Heading("Residents' views of community safety 2023", 1),
            Heading("Executive summary", 2),
            label,
            ListItem("We commissioned a market research company to carry out a survey of residents in 2023."),
            ListItem("The weighted results represent the adult population of the county."),
            Heading("Findings", 2),
            ListItem("Most residents feel safe in their neighbourhood after dark."),
        ],
    )


def test_a_method_section_under_the_summary_reports_the_papers_own_study():
    for as_heading in (True, False):
        got = extract(_survey_report(as_heading))
        assert [a["kinds"] for a in got["activities"]] == [["research"]], as_heading
        assert got["activities"][0]["date"] == "2023"
        assert got["themes"] == []
    # Without the method label the bullets stay the summary's, as before.
    plain = Paper(
        meta=Meta(title="Residents' views"),
        blocks=[
            Heading("Executive summary", 2),
            ListItem("We commissioned a market research company to carry out a survey of residents in 2023."),
            Heading("Findings", 2),
            Paragraph("We ran three public meetings in May 2023 to discuss the results."),
        ],
    )
    assert all("research" not in a["kinds"] for a in extract(plain)["activities"])


# -- the body's own staff are no partner ----------------------------------------------------------------


def test_working_with_the_bodys_own_staff_is_not_partnership():
    text = "Over the year the manager has worked with the staff team to make the service more flexible."
    assert "partnership" not in classify(text)
    assert "partnership" not in classify(
        "In 2022 the chief executive worked with our own colleagues on a new rota."
    )
    # Another body's team is a partner.
    assert "partnership" in classify(
        "In 2022 we worked with the police's licensing team on late-night safety."
    )


def test_keeping_in_touch_with_partners_is_partnership():
    assert classify("Through the year we continued to check in with our main contacts in the sector.") == [
        "partnership"
    ]
    assert "partnership" in classify("Officers kept in touch with the fire service throughout 2021.")


# -- minutes of reports taken in turn: the chair's invitation, and a "Decision" under each ------------------


def test_the_chair_inviting_speakers_to_their_reports_is_the_meetings_business():
    assert classify("The Chair invited the lead members to speak to their written reports:") == []
    assert classify("The Chairman invited the Head of Service to introduce the annual report.") == []
    # Another sentence that invites someone to present a report is not the meeting's business.
    assert "event" in classify(
        "In May 2022 we held our annual conference and invited the Minister to present the report."
    )


def test_a_decision_under_one_report_ends_at_the_next_lettered_report():
    paper = Paper(
        meta=Meta(title="Lead Members' Reports"),
        blocks=[
            Heading("Lead Members' Reports", 1),
            ListItem("Housing Board – Cllr Ann Example", number="a"),
            Paragraph("In her update Ann made the following points:"),
            ListItem("The Board published guidance on empty homes in March 2022.", depth=2),
            Heading("Decision", 2),
            Paragraph("Members noted the report."),
            ListItem("Transport Board – Cllr Bob Example", number="b"),
            Paragraph("In his update Bob made the following points:"),
            ListItem("The Board held a roundtable on bus funding in April 2022.", depth=2),
        ],
    )
    kinds = [a["kinds"] for a in extract(paper)["activities"]]
    assert ["publication"] in kinds and ["event"] in kinds


# -- a relationship talked about; work going on with a named body --------------------------------------


def test_a_relationship_named_as_the_topic_of_a_talk_is_not_partnership():
    text = "A meeting was held with the Secretary of State to discuss the relationship with local government."
    assert "partnership" not in classify(text)
    assert (
        classify("In June 2021 the Board debated the future of its relationship with the health service.")
        == []
    )
    # A relationship the body built is still partnership.
    assert "partnership" in classify("In 2021 we built a strong relationship with the Fire Brigades Union.")


def test_work_going_on_with_a_named_body_is_partnership():
    assert classify(
        "The Board had been considering recovery planning for large events with Sport England."
    ) == ["partnership"]
    assert "partnership" in classify("Officers are exploring a shared data platform with the Police.")
    # Not with a minister (lobbying's patterns read that), nor with people who are no body.
    assert "partnership" not in classify("The Board has been discussing the settlement with Ministers.")
    assert "partnership" not in classify("The Board was considering options with care.")


# -- thanks for the body's own people; peer programmes for councils ------------------------------------


def test_welcoming_the_work_of_the_bodys_people_is_not_lobbying():
    assert "lobbying" not in classify(
        "In 2021 he welcomed the work of LGA officers and members on the new toolkit."
    )
    # Welcoming what the Government did still lobbies.
    assert "lobbying" in classify("In May 2021 we welcomed the Government's announcement of extra funding.")


def test_peer_programmes_delivered_for_councils_are_support():
    assert "support" in classify("In 2021 the team delivered more than 40 peer improvement programmes.")
    assert "support" in classify("We ran peer mentoring visits for three councils in March 2022.")


# -- partnership named as a possibility, or as an event's talk -----------------------------------------


def test_partnership_named_as_a_possibility_or_an_events_talk_is_not_partnership():
    assert "partnership" not in classify(
        "In 2019 the review identified many opportunities for collaboration."
    )
    assert "partnership" not in classify(
        "We saw scope for closer collaboration with the ambulance service in 2020."
    )
    kinds = classify(
        "In May 2022 the Leader took part in a round table discussion with the Select Committee."
    )
    assert "partnership" not in kinds and "event" in kinds
    # Collaboration done is still partnership.
    assert "partnership" in classify("In 2020 we collaborated with the ambulance service on joint response.")


# -- the answers to the body's survey counted in its purpose or summary ---------------------------------


def test_the_answers_to_the_bodys_survey_counted_in_the_purpose_are_read():
    def paper(heading: str, text: str) -> Paper:
        return Paper(
            meta=Meta(title="Partnerships' views", body="County Scrutiny Panel"),
            blocks=[
                Heading(heading, 2),
                Paragraph("This report tells the Panel what the partnerships think of the plan."),
                Paragraph(text),
                Heading("Findings", 2),
                Paragraph("Most partnerships agreed that the plan reflects their priorities."),
            ],
        )

    counted = "All six partnerships responded to the Panel's annual survey in 2023."
    for heading in ("1. Purpose", "Executive summary"):
        acts = extract(paper(heading, counted))["activities"]
        assert [a["kinds"] for a in acts] == [["research"]], heading
    # Other lines of the purpose stay unread, whatever they count.
    other = "All six partnerships sent representatives to the Panel's meeting in 2023."
    assert extract(paper("1. Purpose", other))["activities"] == []
    # Not under other excluded headings.
    assert extract(paper("Recommendations", counted))["activities"] == []


# -- a contractor named by what it was commissioned to do -------------------------------------------------


def test_a_body_commissioned_to_do_the_work_is_an_organisation():
    paper = Paper(
        meta=Meta(title="Annual report 2022/23", body="Exampleshire Safer Partnership"),
        blocks=[
            Paragraph("In 2022 we commissioned Northfield Insight to carry out a survey of 900 residents."),
            Paragraph("In 2023 we appointed Councillor Jane Example to review our governance."),
        ],
    )
    got = extract(paper)
    assert got["activities"][0]["organisations"] == ["Northfield Insight"]
    # A person so appointed is no organisation.
    assert all("Example" not in o["name"] for o in got["organisations"])


def test_joint_working_named_as_a_criterion_is_not_partnership():
    text = (
        "The Commissioner replaced the grant with a bidding round in 2017. Bids had to meet his "
        "objectives, with more weight given to innovation and joint working across the county."
    )
    assert "partnership" not in classify(text)
    assert "partnership" not in classify(
        "In 2018 priority was given to joint working in the new fund's rules."
    )
    # Joint working done is still partnership.
    assert "partnership" in classify("In 2018 we worked jointly with the fire service on home safety visits.")
