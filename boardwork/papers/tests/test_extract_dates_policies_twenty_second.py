"""Dates, cycles and policies of the twenty-second round (issue #15): a meeting's year read as the
April-to-March year, meetings' own dates not counted as months of work, and the policies other
councils' papers name in their own styles. Each case is written here for the genre, not taken from a
paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import Cycle, detect_cycle, extract, resolve_date
from boardwork.papers.extract.policies import PolicyContext, find_policies

# -- cycles ----------------------------------------------------------------------------------------


def _minutes(
    meeting_date: str, *texts: str, body: str = "Crime and Disorder Committee", title: str = ""
) -> Paper:
    return Paper(
        meta=Meta(title=title or None, body=body, meeting_date=meeting_date),
        blocks=[Heading("Minutes", 2), *(Paragraph(t) for t in texts)],
    )


def test_a_meeting_in_the_spring_or_summer_opens_its_year():
    assert (
        detect_cycle(_minutes("2024-06-25", "Members received a briefing on the new duty.")).label
        == "2024/25"
    )
    assert detect_cycle(
        _minutes("2019-04-11", "The Panel noted the update.", body="Police and Crime Panel")
    ).label == ("2019/20")
    # (the months before April are the year before)
    assert detect_cycle(_minutes("2020-02-06", "The Panel noted the update.")).label == "2019/20"


def test_the_dates_of_earlier_meetings_are_not_months_of_work():
    paper = _minutes(
        "2025-10-09",
        "RESOLVED that the Minutes of the meeting of the Committee held on 27 February 2025 be approved.",
        "The report set out the work of the partnership since the last meeting held on 25 February 2025.",
        "The most recent performance summary (to August 2025) was attached to the report.",
    )
    assert detect_cycle(paper).label == "2025/26"


def test_an_annual_report_taken_in_the_autumn_closes_the_year_before():
    paper = _minutes(
        "2011-11-24",
        "The Committee considered the community safety annual report.",
        body="Scrutiny Committee",
    )
    assert detect_cycle(paper).label == "2010/11"
    assert detect_cycle(_minutes("2011-11-24", "The Committee noted the update.")).label == "2011/12"


# -- dates ------------------------------------------------------------------------------------------


def test_the_first_date_named_is_the_work_s_a_later_one_only_refines_it():
    cycle = Cycle(2016, 4)
    assert (
        resolve_date(
            "The Service ran its first recruitment campaign for some years in 2016, and 30 new "
            "firefighters completed their training in March 2017.",
            cycle,
        )
        == "2016"
    )
    # (a later date inside the first is the same work told more precisely)
    assert resolve_date("In 2016 the partnership held a summit on knife crime on 5 March 2016.", cycle) == (
        "2016-03-05"
    )
    assert (
        resolve_date("In June 2016 we ran a week of action, ending on 12 June 2016.", cycle) == "2016-06-12"
    )


# -- policies ---------------------------------------------------------------------------------------


def _policies(*texts: str, title: str | None = None) -> list[list[str]]:
    """The policies each text names, read in order as one paper's paragraphs."""
    ctx = PolicyContext(" ".join(texts), Cycle(2020, 4), [], [])
    if title:
        find_policies(title, ctx, [], [])
        ctx.title_heads = dict(ctx.last_by_head)
    return [find_policies(t, ctx, [], []) for t in texts]


def test_a_policy_s_years_after_for_or_a_slash_are_part_of_its_name():
    assert _policies("In September the Commissioner published her Annual Report for 2019/20.") == [
        ["Annual Report 2019/20"]
    ]
    assert _policies("Members approved the new Community Safety Plan for 2024-2027.") == [
        ["Community Safety Plan 2024-2027"]
    ]


def test_a_policy_s_short_form_in_capitals_stands_for_it_later():
    assert _policies(
        "The Leader presented the Safer Neighbourhoods Partnership Plan (SNPP) for 2022-2025.",
        "The SNPP had been drawn up with the police and the fire service.",
    ) == [
        ["Safer Neighbourhoods Partnership Plan 2022-2025"],
        ["Safer Neighbourhoods Partnership Plan 2022-2025"],
    ]


def test_a_partnership_s_strategic_or_needs_assessment_is_named():
    assert _policies("The Northshire Strategic Assessment was prepared by the analysts.") == [
        ["Northshire Strategic Assessment"]
    ]
    assert _policies("The Strategic Assessment process identified three priorities.") == [
        ["Strategic Assessment"]
    ]
    assert _policies("We contributed to the Joint Strategic Needs Assessment in May.") == [
        ["Joint Strategic Needs Assessment"]
    ]
    # (an assessment of risk is no document's name)
    assert _policies("A risk assessment was carried out before the event.") == [[]]


def test_the_strategy_or_the_plan_in_capitals_points_back_to_the_one_named():
    assert _policies(
        "The Council adopted the Safer Streets Strategy 2021-24 in March.",
        "The Strategy was launched at a partners' event.",
    ) == [["Safer Streets Strategy 2021-24"], ["Safer Streets Strategy 2021-24"]]
    assert _policies(
        "Members approved the new Community Safety Plan for 2024-2027.",
        "The new Plan was drawn up with partners after a public consultation.",
    ) == [["Community Safety Plan 2024-2027"], ["Community Safety Plan 2024-2027"]]


def test_the_duty_the_scheme_and_the_fund_point_back_to_the_one_named():
    assert _policies(
        "The partnership prepared for the Serious Violence Duty with its members.",
        "A workshop in June set out what the duty asks of each partner.",
    ) == [["Serious Violence Duty"], ["Serious Violence Duty"]]
    assert _policies(
        "The Commissioner opened the Community Safety Fund to local groups.",
        "Eighteen projects were awarded grants from the fund.",
    ) == [["Community Safety Fund"], ["Community Safety Fund"]]
    assert _policies(
        "The council joined the Safe Places Scheme in April.", "Twelve shops signed up to the scheme."
    ) == [["Safe Places Scheme"], ["Safe Places Scheme"]]
    # (a post named after a duty is not the duty)
    assert _policies(
        "The partnership prepared for the Serious Violence Duty with its members.",
        "The duty officer attended the scene.",
    ) == [["Serious Violence Duty"], []]


def test_a_title_in_quotation_marks_or_in_apposition_is_named():
    assert _policies("The association released its 'Counting the Cost' document today.") == [
        ["Counting the Cost"]
    ]
    assert _policies(
        "We responded to Dame Jane Smith's review, Safer Streets for All, and held a seminar on it."
    ) == [["Safer Streets for All"]]


def test_the_inquiry_the_policy_the_regulations_and_the_white_paper_point_back():
    assert _policies(
        "We responded to the Harbourside Fire Inquiry in June.",
        "The inquiry heard evidence from our officers.",
    ) == [["Harbourside Fire Inquiry"], ["Harbourside Fire Inquiry"]]
    assert _policies(
        "The Council adopted its Anti-social Behaviour Policy in March.",
        "The policy sets out how officers respond to reports.",
    ) == [["Anti-social Behaviour Policy"], ["Anti-social Behaviour Policy"]]
    assert _policies(
        "We commented on the Community Safety Partnerships Regulations 2025.",
        "The Regulations require partnerships to publish a plan.",
    ) == [
        ["Community Safety Partnerships Regulations 2025"],
        ["Community Safety Partnerships Regulations 2025"],
    ]
    assert _policies(
        "The Government published the Fire Reform White Paper in May.",
        "We responded to the White Paper in July.",
    ) == [["Fire Reform White Paper"], ["Fire Reform White Paper"]]
    # (this paper is not a White Paper named before; an inquiry named by its subject is another one)
    assert _policies(
        "The Government published the Fire Reform White Paper in May.", "The paper was noted."
    ) == [
        ["Fire Reform White Paper"],
        [],
    ]
    assert (
        "Harbourside Fire Inquiry"
        not in _policies(
            "We responded to the Harbourside Fire Inquiry in June.",
            "We gave evidence to the PAC inquiry into building safety.",
        )[1]
    )


def _work_policies(background: str, work: str) -> list[str]:
    paper = Paper(
        meta=Meta(body="Northshire Community Safety Partnership"),
        blocks=[
            Heading("Background", 2),
            Paragraph(background, "1"),
            Heading("Our work", 2),
            Paragraph(work, "2"),
        ],
    )
    acts = [a for a in extract(paper)["activities"] if a["paragraph"] == "2"]
    assert len(acts) == 1, acts
    return acts[0]["policies"]


def test_the_act_under_a_later_heading_is_the_paper_s_only_act():
    work = "We trained 40 housing officers on the Act's new duties in May."
    assert _work_policies("The Domestic Abuse Act 2021 gave councils new duties.", work) == [
        "Domestic Abuse Act 2021"
    ]
    # (a paper that has named two leaves "the Act" under another heading unresolved)
    assert (
        _work_policies(
            "The Domestic Abuse Act 2021 and the Police Act 1996 set out the partners' duties.", work
        )
        == []
    )


def test_a_day_written_month_first_is_that_day():
    cycle = Cycle(2019, 4)
    assert resolve_date("We ran a week of action on March 14, 2019 with residents.", cycle) == ("2019-03-14")
    assert resolve_date("We launched the scheme on Sept 3rd 2019.", cycle) == "2019-09-03"
    assert resolve_date("We held a workshop for landlords on June 5th.", cycle) == "2019-06-05"
    # (a month followed by a count is the month)
    assert resolve_date("During May 12 schools took part in the scheme.", cycle) == "2019-05"


def test_a_title_that_opens_with_its_headword_is_named():
    assert _policies(
        "We responded to several consultations, including the Review of Councils' Relative Needs and "
        "Resources and the consultation on business rates."
    ) == [
        # (the title ends before "and the consultation …", which is a consultation named by its
        # subject, NOTES 390)
        ["Review of Councils' Relative Needs and Resources", "Consultation on business rates"]
    ]
    assert _policies("The Welsh Government published its Programme for Government in June.") == [
        ["Programme for Government"]
    ]
    assert _policies("We contributed to the Strategy for Older People in Wales.") == [
        ["Strategy for Older People in Wales"]
    ]
    # (a heading's words are not a title: "Review of the year")
    assert _policies("Review of the year: the partnership met six times.") == [[]]


def test_a_paper_without_a_date_of_its_own_is_in_the_april_year_of_its_latest_month():
    page = Paper(
        meta=Meta(title="Our response to the fire"),
        blocks=[Paragraph("In June 2017 we set up a taskforce. In July 2017 we wrote to all councils.")],
    )
    assert detect_cycle(page).label == "2017/18"
    page = Paper(
        meta=Meta(title="Our response"), blocks=[Paragraph("In February 2007 we wrote to councils.")]
    )
    assert detect_cycle(page).label == "2006/07"


def test_a_northern_ireland_act_keeps_its_bracket_after_act():
    assert _policies(
        "The partnership was set up under the Justice Act (Northern Ireland) 2011 and met monthly."
    ) == [["Justice Act (Northern Ireland) 2011"]]
    assert _policies("The Fire (Scotland) Act 2005 sets the service's duties.") == [
        ["Fire (Scotland) Act 2005"]
    ]
