"""Genre rules of the eleventh round (issue #15), from the errors of the development papers: a
scrutiny committee's review reported in its council's paper, a covering report whose only account
of the work is its executive summary, a bullet that is only a periodic report's title, and a review
of the body's own governance. Each case is written here for the genre, not taken from a paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, ListItem, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify, item_kinds

# -- a scrutiny review ------------------------------------------------------------------------------------


def test_a_review_carried_out_by_the_councils_scrutiny_committee_is_research():
    assert classify(
        "This report sets out the review of street lighting carried out by the Overview and Scrutiny "
        "Committee, and the changes it recommends."
    ) == ["research"]
    assert "research" in classify(
        "The inquiry into night-time safety, undertaken by the Crime and Disorder Committee, heard from residents."
    )


def test_a_committee_report_concluding_a_review_is_research():
    assert "research" in classify(
        "The final Committee report, which concludes the 'Parks after Dark' review, is attached."
    )


def test_a_review_by_another_body_is_still_not_the_councils_research():
    # Only the council's own scrutiny bodies: an inspectorate's review stays another body's.
    assert "research" not in classify(
        "Members noted the review of fire safety carried out by the Inspectorate last year."
    )


# -- a covering report's summary --------------------------------------------------------------------------


def _paper(*blocks: Heading | Paragraph) -> Paper:
    return Paper(meta=Meta(title="Parks after Dark review: covering report"), blocks=list(blocks))


def test_a_covering_reports_summary_is_read_when_nothing_else_reports_work():
    paper = _paper(
        Heading("Executive Summary", 2),
        Paragraph(
            "This report sets out the review of park safety after dark carried out by the Overview and "
            "Scrutiny Committee, and the actions it recommends."
        ),
        Heading("Recommendations", 2),
        Paragraph("That the Cabinet considers the recommendations of the review."),
        Heading("Financial implications", 2),
        Paragraph("There are no financial implications."),
    )
    activities = extract(paper)["activities"]
    assert [a["kinds"] for a in activities] == [["research"]]
    # Flagged: read from a part of the paper the rules otherwise leave out.
    assert activities[0]["confidence"] is not None
    # The review's subject, titled, is not a policy the work followed.
    assert activities[0]["policies"] == []


def test_the_summary_stays_unread_when_the_body_reports_the_work():
    paper = _paper(
        Heading("Executive Summary", 2),
        Paragraph(
            "This report sets out the review of park safety after dark carried out by the Overview and "
            "Scrutiny Committee."
        ),
        Heading("Findings", 2),
        Paragraph(
            "In March 2023 the Committee ran a survey of 400 residents on how safe they feel in parks."
        ),
    )
    texts = [a["text"] for a in extract(paper)["activities"]]
    assert len(texts) == 1 and texts[0].startswith("In March 2023")


# -- an agenda's list of reports ---------------------------------------------------------------------------


def test_a_bullet_that_is_only_a_periodic_reports_title_is_not_a_publication():
    assert item_kinds("Quarterly Performance Report - Q1 2025/26") == []
    assert item_kinds("Annual Fostering Report 2024/25") == []
    # A report the body says it made still is one.
    assert "publication" in item_kinds("Our annual report on hate crime, published in June 2023")
    assert "publication" in item_kinds("a good practice guide for licensing officers")


def test_a_scrutiny_meetings_list_of_reports_gives_no_activities():
    paper = Paper(
        meta=Meta(title="Reports from the Scrutiny Committee"),
        blocks=[
            Paragraph("The Scrutiny Committee met on 3 March 2025 to consider several reports:"),
            ListItem("Annual Fostering Report 2024/25"),
            ListItem("Quarterly Performance Monitoring Report - Q3 2024/25"),
        ],
    )
    assert extract(paper)["activities"] == []


# -- a review of the body's own governance -----------------------------------------------------------------


def test_an_independent_review_of_the_bodys_governance_is_research_whoever_carried_it_out():
    text = (
        "In May 2023 the Local Government Association carried out an independent review of governance, "
        "with interviews of Members and officers."
    )
    assert "research" in classify(text)
    # An inspectorate's review of a topic stays another body's.
    assert "research" not in classify(
        "In May 2023 the Inspectorate carried out a national review of fire protection."
    )


def test_a_review_of_governance_is_not_a_policy_but_a_named_review_of_a_topic_is():
    def policies(text: str) -> list[str]:
        paper = Paper(meta=Meta(title="Review of effectiveness"), blocks=[Paragraph(text)])
        return [p for a in extract(paper)["activities"] for p in a["policies"]]

    assert (
        policies(
            "In May 2023 the Local Government Association carried out an independent review of governance, "
            "with interviews of Members and officers."
        )
        == []
    )
    assert (
        policies(
            "In May 2023 we gave evidence to the independent review of fire safety in high-rise buildings."
        )
        != []
    )
