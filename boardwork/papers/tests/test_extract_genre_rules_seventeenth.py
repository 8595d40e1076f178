"""Genre rules of the seventeenth round (issue #15), from the misses of the development papers. Each
case is written here for the genre, not taken from a paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.dates import Cycle, resolve_date
from boardwork.papers.extract.kinds import classify, item_kinds
from boardwork.papers.extract.policies import PolicyContext, find_policies

# -- a fire service's home visits, named in capitals ------------------------------------------------------


def test_home_visits_named_in_capitals_are_support():
    assert classify("During the year crews completed 9,400 Safe and Well Visits across the county.") == [
        "support"
    ]
    assert classify("The Service carried out 2,100 Home Fire Safety Checks in 2019/20.") == ["support"]
    assert item_kinds("more than 6,000 Safe & Well checks for older residents") == ["support"]
    # In lower case they were read already, and still are.
    assert classify("We carried out 800 home safety visits in the spring.") == ["support"]


def test_the_visits_described_in_the_present_are_not_work_done():
    text = (
        "Safe and Well Visits build on the earlier Home Safety Assessment scheme and cover health risks too."
    )
    assert "support" not in classify(text)
    assert "support" not in classify("Home Fire Safety Checks are free to anyone over 65.")


# -- safety taught to children and young people -------------------------------------------------------------


def test_safety_education_given_to_young_people_is_training():
    assert "training" in classify(
        "Crews delivered water safety education to 3,500 pupils over the summer term."
    )
    assert "training" in classify(
        "The partnership gave online safety education sessions in twelve primary schools."
    )


def test_safety_education_as_a_standing_practice_or_a_plan_is_not_work_done():
    assert "training" not in classify(
        "We provide road safety education to every secondary school in the district."
    )
    assert "training" not in classify(
        "The Service will deliver fire safety education to all Year 6 pupils next year."
    )


# -- a predicate joined to a future one shares its tense ------------------------------------------------------


def test_a_joined_predicate_shares_the_future_of_the_clause_before_however_far_back():
    text = (
        "Once agreed, the leaflet would be printed for every household in the borough in time for the "
        "summer, and announced through the council's social media channels and the local press."
    )
    assert "media" not in classify(text)
    # Done, the same sentence reports the press work.
    done = text.replace("Once agreed, the leaflet would be printed", "The leaflet was printed")
    assert "media" in classify(done)


# -- an agenda item's report line -------------------------------------------------------------------------------


def test_an_items_report_line_is_not_a_publication():
    assert item_kinds("Report of the Head of Community Safety, Borough of Exampleton.") == []
    assert classify("(Report by the Director of Housing and Communities)") == []
    assert classify("Presentation from the District Commander, Example Police") == []
    # A sentence that says what was done with a report is read as before.
    assert classify("The Board published the Report of the Working Group in May 2019.") == ["publication"]


# -- a named scheme with its head word in lower case --------------------------------------------------------------


def _policies(text: str) -> list[str]:
    return find_policies(text, PolicyContext(text, None, [], []), [], [])


def test_a_named_scheme_in_lower_case_is_a_policy():
    assert _policies("In May the partnership joined the Street Angels Night Safety scheme.") == [
        "Street Angels Night Safety scheme"
    ]
    # A scheme not named by capitals is a word, as before; a programme in lower case is left too (a
    # body's own work is often so called).
    assert _policies("In May the partnership joined a night safety scheme.") == []
    assert _policies("The Council's Youth Outreach programme ran in six wards.") == []


# -- a body named only by what it does is the author's own ------------------------------------------------------


def test_a_body_named_only_by_its_function_is_not_an_organisation_of_the_work():
    paper = Paper(
        meta=Meta(title="Community safety update"),
        blocks=[
            Heading("Community safety update", 1),
            Paragraph(
                "In March 2023 we worked with the Marlow Street Youth Trust and the Scrutiny Commission to "
                "run a knife crime awareness workshop for parents."
            ),
            Paragraph("The Improvement Board agreed the programme for 2023/24."),
        ],
    )
    out = extract(paper)
    orgs = [o for a in out["activities"] for o in a["organisations"]]
    assert "Marlow Street Youth Trust" in orgs
    assert "Scrutiny Commission" not in orgs
    assert {o["name"] for o in out["organisations"]} & {"Scrutiny Commission", "Improvement Board"} == set()


# -- when a consultation closed is not when the body acted ----------------------------------------------------


def test_the_day_a_consultation_ended_is_not_the_works_date():
    cycle = Cycle(2021)
    text = "We finished the needs assessment in October 2021; the consultation on the draft plan ended on 14 January 2022."
    assert resolve_date(text, cycle) == "2021-10"
    # Nor is the month of the closing day read on its own ("January 2022" inside "14 January 2022").
    assert resolve_date("The residents' survey ended on 9 March 2022.", cycle) is None
    # A date of the body's own act is still read.
    assert resolve_date("We launched the residents' survey on 9 March 2022.", cycle) == "2022-03-09"


# -- an event named with where it was held, without its auxiliary ---------------------------------------------


def test_events_held_across_an_area_are_events():
    assert "event" in classify(
        "Over 300 residents came to the drop-in sessions held across the district in June."
    )
    # Another body's events are not the author's.
    assert "event" not in classify("Residents were told about the roadshows held by the Home Office.")


# -- an acronym the paper defines from more than the initials ---------------------------------------------------


def test_an_acronym_defined_from_the_first_letters_of_the_words_names_the_body():
    paper = Paper(
        meta=Meta(title="Partnership update", body="Exampleton Community Safety Partnership"),
        blocks=[
            Heading("Partnership update", 1),
            Paragraph(
                "In May 2023 the partnership worked with the Centre for Rural Crime Policy (CERCP) on a survey of "
                "farmers, and CERCP published the results in July."
            ),
        ],
    )
    out = extract(paper)
    assert "Centre for Rural Crime Policy" in {o["name"] for o in out["organisations"]}


# -- a government's budget named by its government or season ---------------------------------------------------


def test_a_governments_budget_named_by_its_government_or_season_is_a_policy():
    assert _policies("Ahead of the Welsh Budget, the association briefed every member of the Senedd.") == [
        "Welsh Budget"
    ]
    assert _policies("We responded to the Autumn Budget in November.") == ["Autumn Budget"]
    # A council's own budget is not a government's named budget.
    assert _policies("The Council Budget was agreed in February.") == []


# -- the owner of a policy, in the possessive, is not part of its name ------------------------------------------


def test_a_policys_owner_in_the_possessive_is_not_part_of_its_name():
    assert _policies("The association welcomed the Scottish Government's Programme for Recovery.") == [
        "Programme for Recovery"
    ]
    assert _policies("Bids were made to the Home Office's Safer Streets Fund.") == ["Safer Streets Fund"]
    # A possessive that is part of the name stays; an owner and a bare headword name nothing.
    assert _policies("The Children's Services Plan was agreed.") == ["Children's Services Plan"]
    assert _policies("The Government's Strategy was published.") == []
