"""Organisations a page names in ways the sentence-level rules do not read: the bodies a grants page
lists under a lead ("The organisations involved are:") after the award they belong to; the author
taken from a page that quotes its head by post and body set off by commas, or names its own
programme; a post-holder's body as the subject of the holder's deed; "Police Commissioner" alone as
a post; a school after "at" as a place. Wording invented for the tests, not any corpus paper's."""

from __future__ import annotations

from typing import Any

from boardwork.papers.document import ListItem, Meta, Paper, Paragraph
from boardwork.papers.extract import extraction_of
from boardwork.papers.extract.organisations import LISTED_BODIES_LEAD, listed_body_name


def _page(*blocks: Paragraph | ListItem) -> Paper:
    # A title of its own, so that the first paragraph is read as the page's text, not its title.
    return Paper(meta=Meta(title="News"), blocks=list(blocks))


def _activities(paper: Paper) -> list[dict[str, Any]]:
    return extraction_of(paper).to_dict()["activities"]


def _orgs(paper: Paper) -> set[str]:
    return {o for a in _activities(paper) for o in a["organisations"]}


def test_the_name_an_item_of_a_list_of_bodies_opens_with():
    assert listed_body_name("Brightside Youth Collective") == "Brightside Youth Collective"
    assert listed_body_name("• Far Meadow Residents Association") == "Far Meadow Residents Association"
    assert listed_body_name("Northby arts organisation Open Stage will run a music course.") == "Open Stage"
    assert listed_body_name("Local charity, Eastby Cares will hold three workshops.") == "Eastby Cares"
    assert (
        listed_body_name("Elm Lane Big Local community organisation will run a club.") == "Elm Lane Big Local"
    )
    assert listed_body_name("The K7 community hub in the town will set up a forum.") == "K7"
    assert (
        listed_body_name("Youth Base, based in the north of the city, will open on Fridays.") == "Youth Base"
    )
    # Not a body: a sum, a deed with no name before it, a person.
    assert listed_body_name("£4,000 to fund a victims' advocate") is None
    assert listed_body_name("Youth workers met 300 young people in the parks.") is None
    assert listed_body_name("Cllr Jo Bloggs") is None


def test_a_lead_of_bodies_is_told_from_other_leads():
    assert LISTED_BODIES_LEAD.search("The community and voluntary organisations involved are:")
    assert LISTED_BODIES_LEAD.search("The organisations supporting the successful bids include:")
    assert LISTED_BODIES_LEAD.search("The following groups were funded:")
    assert not LISTED_BODIES_LEAD.search("This year we have:")
    assert not LISTED_BODIES_LEAD.search("The organisations involved are listed in the appendix.")


def test_the_bodies_listed_under_a_grant_are_its_organisations():
    paper = _page(
        Paragraph(
            text="The Westmoor Violence Reduction Network has awarded grants totalling £40,000 to five "
            "community organisations to run activities for young people."
        ),
        Paragraph(text="The community organisations involved are:"),
        ListItem(text="Northby arts organisation Open Stage will run a music course for young people."),
        ListItem(text="Local charity, Eastby Cares will hold three workshops on knife crime."),
        ListItem(text="Youth Base, based in the north of the city, will open on Friday nights."),
    )
    orgs = _orgs(paper)
    assert {"Open Stage", "Eastby Cares", "Youth Base"} <= orgs


def test_a_list_of_bodies_under_no_work_of_several_bodies_is_not_attached():
    # The work before the lead is a training course, not money or help to several bodies.
    paper = _page(
        Paragraph(
            text="On 3 May the Westmoor Community Safety Partnership delivered hate crime training to staff."
        ),
        Paragraph(text="The organisations we work with include:"),
        ListItem(text="Brightside Youth Collective"),
        ListItem(text="Far Meadow Residents Association"),
    )
    orgs = _orgs(paper)
    assert "Brightside Youth Collective" not in orgs


def test_a_page_quoting_its_head_by_post_and_body_set_off_leaves_the_body_off():
    paper = _page(
        Paragraph(
            text="The Westmoor Violence Prevention Unit has been set up by the county's police and "
            "councils, working with Westmoor Health Trust."
        ),
        Paragraph(
            text="Jo Bloggs, Director, Westmoor Violence Prevention Unit, said: \u201cWe will bring the "
            "right people together.\u201d"
        ),
    )
    acts = _activities(paper)
    orgs = {o for a in acts for o in a["organisations"]}
    assert "Westmoor Violence Prevention Unit" not in orgs
    assert "Westmoor Health Trust" in orgs
    assert any("the way the page names it" in why for a in acts for why in a["unsure"])


def _course_page(second: str) -> Paper:
    return _page(
        Paragraph(
            text="Twenty young people completed a summer course with Northby Fire and Rescue Service "
            "after it teamed up with Westmoor Police and the Westmoor Youth Trust."
        ),
        Paragraph(
            text="Sessions included Northby Fire and Rescue Service\u2019s Safe Homes programme and " + second
        ),
    )


def test_a_page_naming_a_services_own_programme_is_that_services():
    acts = _activities(_course_page("first aid."))
    orgs = {o for a in acts for o in a["organisations"]}
    assert "Northby Fire and Rescue Service" not in orgs
    assert {"Westmoor Police", "Westmoor Youth Trust"} <= orgs
    assert any("the way the page names it" in why for a in acts for why in a["unsure"])


def test_two_services_own_programmes_named_neither_is_the_author():
    orgs = _orgs(_course_page("Westmoor Police\u2019s Street Safe scheme."))
    assert {"Northby Fire and Rescue Service", "Westmoor Police"} <= orgs


def test_a_post_holders_body_in_apposition_is_the_subject_of_the_deed():
    paper = _page(
        Paragraph(
            text="Jo Bloggs, the Police and Crime Commissioner for Westmoor, held a seminar on Friday "
            "26 April on domestic abuse for partners from across the county."
        ),
    )
    assert "Police and Crime Commissioner for Westmoor" not in _orgs(paper)


def test_a_post_holders_body_as_a_counterpart_stays():
    paper = _page(
        Paragraph(
            text="The council worked with Jo Bloggs, the Police and Crime Commissioner for Westmoor, "
            "on a new fund for victims."
        ),
    )
    assert "Police and Crime Commissioner for Westmoor" in _orgs(paper)


def test_police_commissioner_alone_is_a_post():
    paper = _page(
        Paragraph(
            text="The Police Commissioner has written to the Home Secretary with the Metropolitan "
            "Police Service to urge more funding."
        ),
    )
    orgs = _orgs(paper)
    assert "Police Commissioner" not in orgs
    assert "Metropolitan Police Service" in orgs


def test_a_school_after_at_is_where_the_work_was_done():
    paper = _page(
        Paragraph(
            text="The knife crime awareness programme for local schools began this week at Eastby "
            "Community College, delivered with Westmoor Police."
        ),
    )
    orgs = _orgs(paper)
    assert "Eastby Community College" not in orgs
    assert "Westmoor Police" in orgs


def test_a_school_worked_with_is_a_body():
    paper = _page(
        Paragraph(
            text="Westmoor Police worked with Eastby Community College on a knife crime awareness programme."
        ),
    )
    assert "Eastby Community College" in _orgs(paper)


def test_the_bodies_listed_belong_to_the_award_not_a_nearer_sentence_about_the_applicants():
    # The award, two paragraphs on the fund, a sentence telling of the applicants in the plural,
    # then the list of the bodies funded: the bodies are the award's, told four paragraphs back.
    paper = _page(
        Paragraph(
            text="The Westmoor Violence Reduction Unit today announced it has awarded over £9,000 to "
            "projects run by young people through its community fund."
        ),
        Paragraph(text="The Community Fund lets young people bid for projects that matter to them locally."),
        Paragraph(text="Young people review the applications and recommend which projects to fund."),
        Paragraph(
            text="The successful applicants cover a range of projects, including outdoor activities "
            "and a forum for children with additional needs."
        ),
        Paragraph(text="The organisations supporting the successful applicants include:"),
        ListItem(text="Brightside Youth Collective"),
        ListItem(text="Far Meadow Residents Association"),
    )
    award = next(a for a in _activities(paper) if "has awarded" in a["text"])
    assert {"Brightside Youth Collective", "Far Meadow Residents Association"} <= set(award["organisations"])


def test_a_list_of_bodies_far_below_work_that_gives_no_money_is_not_attached():
    # Guard: beyond three units back only money given reaches the list; a course does not.
    paper = _page(
        Paragraph(
            text="On 3 May the Westmoor Community Safety Partnership delivered hate crime training to staff."
        ),
        Paragraph(text="The course covered how to report hate crime and where to find help locally."),
        Paragraph(text="Staff said they felt more confident after the session."),
        Paragraph(text="A second course will follow in the autumn."),
        Paragraph(text="The organisations supporting the course include:"),
        ListItem(text="Brightside Youth Collective"),
        ListItem(text="Far Meadow Residents Association"),
    )
    assert "Brightside Youth Collective" not in _orgs(paper)


def test_the_bodies_of_a_list_are_flagged_unsure_in_one_note():
    # The reviewer reads one note naming the bodies and the lead, not the lead once per body.
    paper = _page(
        Paragraph(
            text="The Westmoor Violence Reduction Network has awarded grants totalling £40,000 to three "
            "community organisations to run activities for young people."
        ),
        Paragraph(text="The community organisations involved are:"),
        ListItem(text="Brightside Youth Collective"),
        ListItem(text="Far Meadow Residents Association"),
        ListItem(text="Open Stage"),
    )
    award = next(a for a in _activities(paper) if "has awarded" in a["text"])
    notes = [why for why in award["unsure"] if "taken from the list under" in why]
    assert notes == [
        "'Brightside Youth Collective', 'Far Meadow Residents Association' and 'Open Stage' taken from "
        "the list under 'The community organisations involved are:': check they are right."
    ]
