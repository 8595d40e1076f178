"""Who wrote a paper (the author body, left off its own activities' organisations), read from its
genre's signs before the frequency of names: a report *to* a board under another body's letterhead,
a blog whose title names another body's event and whose staff byline names the writer, minutes
receiving another body's report. Wording invented for the tests, not any corpus paper's."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract


def _paper(title: str, body: str | None, *paras: str) -> Paper:
    blocks = [Heading(text=title, level=1)]
    blocks += [Paragraph(text=t, number=str(k + 1)) for k, t in enumerate(paras)]
    return Paper(meta=Meta(title=title, body=body), blocks=blocks)


def _orgs(paper: Paper) -> list[str]:
    return [o["name"] for o in extract(paper)["organisations"]]


def test_the_board_a_report_is_addressed_to_is_its_reader_not_its_author():
    paper = _paper(
        "Welsh Local Government Association annual report to the LGA Board 2022",
        "LGA Board",
        "In May 2022 the Welsh Local Government Association met the Local Government Association "
        "to agree joint lobbying on the settlement.",
    )
    orgs = _orgs(paper)
    assert "Local Government Association" in orgs
    assert "Welsh Local Government Association" not in orgs


def test_a_blog_on_another_bodys_event_is_written_by_the_staff_who_attended():
    paper = _paper(
        "WLGA Annual Conference 2024: notes from the day",
        None,
        "Priya and Tom from the LGIU travelled to Llandudno for the Welsh Local Government "
        "Association (WLGA) annual conference.",
        "The WLGA President opened the day, and the WLGA Chief Executive spoke on finance.",
        "The WLGA closed with a call for a fair settlement.",
    )
    orgs = _orgs(paper)
    assert "Welsh Local Government Association" in orgs
    assert "Local Government Information Unit" not in orgs


def test_minutes_receiving_another_bodys_report_are_the_meetings():
    paper = _paper(
        "Annual Report - Chair of the Welsh Local Government Association",
        "Community Scrutiny Panel",
        "Members received the annual report of the Chair of the Welsh Local Government Association.",
        "The Panel noted the report.",
    )
    assert "Welsh Local Government Association" in _orgs(paper)


def test_the_body_owning_the_papers_own_document_wrote_it_not_the_council_named_most():
    paper = _paper(
        "DELIVERY REVIEW 2019/20",
        "Northvale Council",
        "The Safer Northvale Delivery Review was prepared by officers of Northvale Council, "
        "with data from Northvale Council and the Local Government Association.",
        "In June 2019 the partnership met Northvale Council to agree its priorities.",
    )
    assert "Northvale Council" in _orgs(paper)


def test_a_team_named_with_the_body_it_belongs_to_is_that_body():
    paper = _paper(
        "Review",
        "Cabinet",
        "In May 2021 the Cabinet commissioned the Eastmoor Data Analysis Team, Northvale Borough "
        "Council, to review the figures.",
    )
    orgs = _orgs(paper)
    assert "Northvale Borough Council" in orgs
    assert not any("Team" in o for o in orgs)


def test_an_author_taken_only_for_being_named_most_is_flagged_where_it_is_left_off():
    paper = _paper(
        "Autumn news",
        None,
        "In May 2021 Northvale Council ran a training day for councillors with the Local "
        "Government Association.",
        "Northvale Council also published its new housing plan.",
        "Northvale Council thanked the volunteers.",
    )
    acts = extract(paper)["activities"]
    first = next(a for a in acts if a["paragraph"] == "1")
    assert "Northvale Council" not in first["organisations"]
    assert any("names it most" in why for why in first.get("unsure", []))
    assert (first.get("confidence") or 1.0) <= 0.7
    # A paper whose meeting names the author says so: nothing to flag.
    stated = extract(_paper("Autumn news", "Northvale Council", *[p.text for p in paper.blocks[1:]]))
    assert not any("names it most" in why for a in stated["activities"] for why in a.get("unsure", []))
