"""Genre rules of the ninth round (issue #15), from the errors of the development papers of batch 29
and before: a partnership described rather than partnership work done, research done for the body
by its own office or by a contractor it hired, and people interviewed as a survey's respondents.
Each case is written here for the genre, not taken from a paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify

# -- a partnership described ---------------------------------------------------------------------------


def test_a_partnership_described_beside_another_bodys_deed_is_not_work():
    # The present simple says how the partnership works; the deed after the semicolon is another
    # body's, and does not make the first half a thing done.
    text = (
        "It works in partnership with the Northshire Safety Board; the Mayor has set such boards "
        "up in every borough."
    )
    assert "partnership" not in classify(text)
    # A deed in the same part of the sentence still makes it work done.
    text = "It works in partnership with the Northshire Safety Board and has run three joint patrols."
    assert "partnership" in classify(text)


def test_partners_who_work_with_the_body_are_described_not_reported():
    text = "I would also like to thank our many partners who work with us in our communities."
    assert "partnership" not in classify(text, first_person=True)
    # Partners who worked with the body on something are work done with them.
    text = "We thanked the partners who worked with us on the county's new strategy."
    assert "partnership" in classify(text, first_person=True)


# -- research done for the body ------------------------------------------------------------------------


def test_a_survey_carried_out_by_a_contractor_is_the_bodys_research():
    text = (
        "The survey was carried out by Acme Polling, an independent research company, between "
        "March and April 2019, with 1,500 residents questioned."
    )
    assert classify(text) == ["research"]
    assert "research" in classify("The evaluation was carried out by consultants in 2021.")
    # Another body's review of its own is not the author's work.
    assert "research" not in classify("The review was carried out by the Home Office in 2019.")


def test_a_review_compiled_by_the_bodys_own_office_set_off_by_commas_is_research():
    text = (
        "The review, compiled by the Office of the Police and Crime Commissioner in May 2022, "
        "evaluated the victims' services it funds."
    )
    assert "research" in classify(text)
    text = "The review, carried out by the Inspectorate in 2020, found that the service required improvement."
    assert "research" not in classify(text)


def test_people_interviewed_in_the_plural_are_a_surveys_respondents_not_media():
    text = "More than 300 young people aged 11 to 17 were also interviewed about their area."
    assert classify(text) == ["research"]
    # Interviews "as part of the survey" are that survey's method, the same work (NOTES 44, 82).
    assert classify("More than 300 young people were also interviewed as part of the survey.") == []
    # One speaker interviewed by the press is media work.
    assert "media" in classify("The Chair gave an interview to BBC Radio Northshire about the strategy.")


def test_collaboration_named_as_an_aim_is_not_work():
    # A priority's title or an aim names collaboration; it reports nothing done.
    assert "partnership" not in classify(
        "Firefighter recruitment, home safety visits and closer collaboration"
    )
    assert "partnership" not in classify("The partnership collaborates with the county's health services.")
    # Collaboration reported as done is.
    assert "partnership" in classify(
        "In 2019 the Service agreed a closer collaboration with the ambulance trust."
    )


# -- quotations in a news item ---------------------------------------------------------------------------


def _news(*paragraphs: str) -> Paper:
    return Paper(
        meta=Meta(title="Commissioner publishes review of victims' services"),
        blocks=[Heading("Commissioner publishes review of victims' services", level=1)]
        + [Paragraph(p) for p in paragraphs],
    )


_QUOTE = (
    "Jo Bloggs said: \u201cI want victims to get the best possible support, which is why we have worked "
    "closely with our partners since we commissioned the services.\u201d"
)


def test_a_quotation_commenting_on_the_work_a_news_item_reports_is_not_work_of_its_own():
    paper = _news(
        "Today we published the findings of our review of the victims' services we fund.",
        _QUOTE,
    )
    texts = [a["text"] for a in extract(paper)["activities"]]
    assert texts and _QUOTE not in texts
    # Without work reported in the item's own words, the quotation is read as before.
    assert _QUOTE in [a["text"] for a in extract(_news(_QUOTE))["activities"]]


def test_a_pages_pointer_to_more_reports_no_work():
    pointer = "Here you can find more about the collaboration agreements made under the Police Act 1996."
    assert extract(_news(pointer))["activities"] == []
    done = "We made two collaboration agreements with the fire service under the Police Act 1996 in 2019."
    assert [a["text"] for a in extract(_news(done))["activities"]] == [done]


# -- a body named with its subject after its headword ------------------------------------------------


def test_a_body_defined_with_an_acronym_and_its_headword_before_for_is_an_organisation_not_a_policy():
    text = "In 2024 we set up a working group with the Northshire Centre for Social Policy (NCSP)."
    (activity,) = extract(_news(text))["activities"]
    assert activity["organisations"] == ["Northshire Centre for Social Policy"]
    assert activity["policies"] == []


def test_a_name_the_text_calls_a_company_or_charity_is_an_organisation():
    text = "The survey was carried out by Acme Polling, an independent research company, in October 2019."
    (activity,) = extract(_news(text))["activities"]
    assert activity["organisations"] == ["Acme Polling"]
    # A name with no such aside, and not a body's name by its form, is no organisation.
    text = "The survey was carried out in October 2019 with help from Acme Polling."
    assert all(a["organisations"] == [] for a in extract(_news(text))["activities"])


def test_a_strategic_assessment_reported_by_what_it_found_is_research():
    text = (
        "The Strategic Assessment process has also identified four subsidiary priorities for the partnership."
    )
    assert classify(text) == ["research"]
    # An assessment named as the source of something is not reported as done.
    assert "research" not in classify("The priorities are set out in the Strategic Assessment.")


def test_a_consultation_named_by_its_invitation_is_research():
    assert classify("Have your say about the precept and policing priorities 2022") == ["research"]
    assert classify("Residents can say what they think of the precept at any time.") == []


# -- what counts as a deed in a sentence naming a partnership ----------------------------------------


def test_a_participle_used_as_an_adjective_is_not_a_deed():
    text = "They also work with others who have a part to play, including community groups and registered landlords."
    assert "partnership" not in classify(text)
    # A past tense in the same sentence is.
    text = "They also work with others who have a part to play, and in 2019 they trained community groups."
    assert "partnership" in classify(text)


def test_the_year_in_a_laws_name_is_not_the_date_of_a_deed():
    text = "Collaboration between the emergency services is a duty under the Policing and Crime Act 2017."
    assert "partnership" not in classify(text)
    text = "Collaboration between the emergency services grew in 2017 under the new duty."
    assert "partnership" in classify(text)


def test_a_wish_to_do_something_is_not_yet_work():
    text = "The parties wish to work jointly with the ambulance trust on a shared headquarters."
    assert "partnership" not in classify(text)
    assert "partnership" in classify(
        "The parties worked jointly with the ambulance trust on a shared headquarters."
    )


def test_people_invited_to_take_part_in_a_survey_is_research():
    text = (
        "In May 2022 we invited a randomly selected group of residents to take part in our Residents' Survey."
    )
    assert classify(text) == ["research"]
    assert "research" not in classify(
        "In May 2022 we invited residents to the opening of the new fire station."
    )


def test_asking_the_public_is_research_whatever_the_verb():
    for text in (
        "In 2019 we asked 500 residents for their views on the policing precept.",
        "We consulted residents and partners on the draft strategy in the summer of 2020.",
        "The Panel held a consultation with residents on the precept in January 2020.",
        "We analysed calls for service over the last three years to find the hotspots.",
    ):
        assert "research" in classify(text, first_person=True), text
    # Consulting a department, or a consultation's response, is not asking the public.
    assert "research" not in classify("We consulted the Home Office on the draft guidance.")


def test_the_method_of_a_study_reported_as_the_bodys_work_is_not_another_study():
    text = "As part of the review, we asked victims for their views in a Victims Survey."
    assert "research" not in classify(text)
    assert "research" in classify("In 2022 we asked victims for their views in a Victims Survey.")
