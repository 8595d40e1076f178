"""The author of a page that does not say who wrote it, read from how it names itself: a news page
opening on its author as the subject, named with the short form it goes by, and a council's news
of its own councillors' work. The author so found is left off its activities' organisations with
an unsure flag (a weak sign); its partners stay. Wording invented for the tests, not any corpus
paper's."""

from __future__ import annotations

from typing import Any

from boardwork.papers.document import Meta, Paper, Paragraph
from boardwork.papers.extract import extraction_of


def _page(*paras: str) -> Paper:
    return Paper(meta=Meta(), blocks=[Paragraph(text=t) for t in paras])


def _activities(paper: Paper) -> list[dict[str, Any]]:
    return extraction_of(paper).to_dict()["activities"]


def _orgs(paper: Paper) -> set[str]:
    return {o for a in _activities(paper) for o in a["organisations"]}


def test_a_news_page_opening_on_its_author_with_its_short_form_leaves_it_off():
    paper = _page(
        "On Tuesday, the Northvale Community Safety Partnership (NCSP) hosted the regional "
        "conference on youth violence, attended by the Home Office and Westshire Police.",
        "Delegates heard from youth workers and outreach teams.",
    )
    acts = _activities(paper)
    orgs = {o for a in acts for o in a["organisations"]}
    assert "Northvale Community Safety Partnership" not in orgs
    assert "Home Office" in orgs
    assert any("the way the page names it" in why for a in acts for why in a["unsure"])


def test_a_partnership_so_found_keeps_its_member_bodies():
    paper = _page(
        "On Monday the Eastmere Violence Reduction Partnership (EVRP) held a workshop on knife crime "
        "for teachers, with Eastmere District Council and Westshire Police.",
        "Forty teachers took part.",
    )
    orgs = _orgs(paper)
    assert "Eastmere Violence Reduction Partnership" not in orgs
    assert {"Eastmere District Council", "Westshire Police"} <= orgs


def test_a_councils_news_of_its_own_councillors_leaves_the_council_off():
    paper = _page(
        "Councillors from each of Eastmere Borough Council's political groups lobbied the Home "
        "Office minister on Tuesday for more officers in the borough.",
        "The council leader said the meeting had been useful.",
    )
    acts = _activities(paper)
    orgs = {o for a in acts for o in a["organisations"]}
    assert "Eastmere Borough Council" not in orgs
    assert "Home Office" in orgs
    assert any("the way the page names it" in why for a in acts for why in a["unsure"])


def test_two_councils_named_neither_is_taken_for_the_author_the_page_opener_is():
    # A council working with another council: the page names two, so neither is its author; the
    # partnership the page opens on is.
    paper = _page(
        "Last week the Eastmere Community Safety Partnership (ECSP) ran a training day on hate crime "
        "with Eastmere Borough Council's cabinet members and Westby District Council.",
        "Thirty officers took part.",
    )
    orgs = _orgs(paper)
    assert "Eastmere Community Safety Partnership" not in orgs
    assert {"Eastmere Borough Council", "Westby District Council"} <= orgs


def test_a_body_that_responded_on_a_page_with_no_author_is_the_pages_not_a_counterpart():
    # A page that does not say who wrote it reports the response of the body that made it: that
    # body is the page's, the department consulted its counterpart.
    paper = _page(
        "Councillors met residents at three events this month.",
        "The Local Government Association recently responded to the Cabinet Office consultation on "
        "electoral law in October 2024.",
    )
    orgs = _orgs(paper)
    assert "Local Government Association" not in orgs
    assert "Cabinet Office" in orgs


def test_a_body_that_submitted_evidence_on_a_page_with_no_author_is_the_pages():
    paper = _page(
        "The Local Government Association recently submitted evidence to the Home Office review of "
        "community safety partnerships in March 2024.",
    )
    orgs = _orgs(paper)
    assert "Local Government Association" not in orgs
    assert "Home Office" in orgs


def test_a_page_quoting_its_bodys_chair_is_that_bodys_and_its_partner_stays():
    paper = _page(
        "In May 2024 crews began safe and well visits for Westshire Fire Authority, working with the "
        "Westshire NHS Trust.",
        'Cllr Jo Bloggs, Chair of Westshire Fire Authority, said: "These visits keep people safe."',
    )
    acts = _activities(paper)
    orgs = {o for a in acts for o in a["organisations"]}
    assert "Westshire Fire Authority" not in orgs
    assert "Westshire NHS Trust" in orgs
    assert any("the way the page names it" in why for a in acts for why in a["unsure"])
