"""Genre rules of the thirteenth round (issue #15), from the error classes of the development papers at
their first scores (partnership found where a page only describes how a body works, research told
without its actor, a press comment by a named post holder). Each case is written here for the genre,
not taken from a paper."""

from __future__ import annotations

from boardwork.papers.extract.dates import Cycle, resolve_date
from boardwork.papers.extract.kinds import classify

# -- how a body works, not what it did -------------------------------------------------------------------


def test_working_with_others_as_a_gerund_alone_is_no_deed():
    assert "partnership" not in classify("Only by working together with others can we make our towns safer.")
    assert "partnership" not in classify(
        "Working closely with partners is how the service keeps people safe."
    )
    # A sentence that says something was done, or is being done, keeps it.
    assert "partnership" in classify("Working with the police, the team ran three joint patrols in May.")
    assert "partnership" in classify("Officers are working with the schools on a new safety scheme.")


def test_others_working_with_the_body_in_the_present_is_a_description():
    assert "partnership" not in classify(
        "Many local groups and charities across the county work with the Commissioner and the police."
    )
    assert "partnership" not in classify("Neighbourhood teams work closely with residents' associations.")
    # The infinitive after a past deed, a modal or an imperative opening an item is read as before.
    assert "partnership" in classify(
        "In 2019 the board agreed to work with the health trust on a joint plan."
    )
    assert "partnership" in classify("Work with the health trust on the joint needs assessment began in May.")


# -- a consultation told by the span it ran ------------------------------------------------------------------


def test_a_consultation_told_by_the_span_it_ran_is_research():
    assert "research" in classify("The public consultation ran from 3 June until 12 August 2022.")
    assert "research" in classify("The consultation was open from 1 May to 30 June.")
    # Another body's consultation is not the paper's research; nor is one that is only due to end.
    assert "research" not in classify("The Home Office consultation ran from 3 June until 12 August 2022.")
    assert "research" not in classify(
        "The consultation ran up to 15 January and will be reported in February."
    )


def test_a_span_with_the_year_at_both_ends_gives_the_year():
    assert (
        resolve_date("The consultation ran from 21 July 2021 until 30 September 2021.", Cycle(None)) == "2021"
    )
    # Two different years are no span of one year: the first date stands.
    assert resolve_date("The pilot ran from July 2020 to March 2021.", Cycle(None)) == "2020-07"


# -- a press comment by a named post holder ------------------------------------------------------------------


def test_a_quotation_by_an_officer_or_mayor_named_by_post_is_a_press_comment():
    assert "media" in classify(
        'Chief Fire Officer Sam Jones said: "We will now put our efforts into the first option."'
    )
    assert "media" in classify('The Mayor, Ann Smith, said: "This funding will make our streets safer."')
    # Someone quoted without a post is a party to what the item reports, as before.
    assert "media" not in classify('Sam Jones said: "We will now put our efforts into the first option."')


# -- what a document found -------------------------------------------------------------------------------------


def test_a_review_as_the_subject_of_what_it_found_is_no_support():
    assert "support" not in classify(
        "The council's peer review in March found that its communications should be better coordinated."
    )
    # A peer review the body gave to others is still support.
    assert "support" in classify("In March we carried out a peer review for two fire authorities.")


# -- a quotation's speaker named with the post -----------------------------------------------------------------


def test_a_speaker_named_with_the_post_before_or_after_the_name_is_a_person():
    from boardwork.papers.extract.people import find_people

    assert find_people('Chief Fire Officer Sam Jones said: "We will act."', [])[0] == ["Sam Jones"]
    assert find_people('Ann Smith, Chair of the Fire Authority, said: "Thank you all."', [])[0] == [
        "Ann Smith"
    ]
    # A name alone is not taken for a person by this rule.
    assert find_people('North Yorkshire said: "Thank you all."', [])[0] == []
