"""Genre rules: a day of action (or of engagement) the body held is an event, as a week of action
already was; briefings and awareness sessions given to staff, practitioners or partners are their
training, as a course given to them is. Wording invented for the tests, in the genre of a community
safety partnership's annual report and a fire authority's performance report, not taken from any
corpus paper (tests/data/real/NOTES.md 2980-2989)."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify

AUTHOR = ("Westshire Community Safety Partnership",)

# -- days of action held ------------------------------------------------------------------------------


def test_a_day_of_action_held_is_an_event():
    assert classify("A day of action was held on the Riverside estate with housing officers.") == ["event"]


def test_days_of_action_in_the_plural_are_an_event():
    assert classify("Days of action were held in each of the four wards during the summer.") == ["event"]


def test_a_day_of_action_organised_by_the_body_is_an_event():
    text = (
        "The Partnership organised a day of action in the town centre with the police and trading standards."
    )
    assert classify(text, author_words=AUTHOR) == ["event"]


def test_a_day_of_engagement_that_took_place_is_an_event():
    assert classify("Two days of engagement took place at the market in October.") == ["event"]


# -- briefings given to people: training --------------------------------------------------------------


def test_briefings_delivered_to_frontline_staff_are_training():
    assert classify("Briefings on the new duty were delivered to all frontline staff.") == ["training"]


def test_awareness_briefings_given_to_school_governors_are_training():
    text = (
        "Awareness briefings about online grooming have been given to school governors across the district."
    )
    assert classify(text) == ["training"]


def test_briefings_the_body_delivered_to_partners_include_training():
    text = "During the year we delivered six briefings on cuckooing to partners in housing and health."
    assert "training" in classify(text, author_words=AUTHOR)


# -- guards -------------------------------------------------------------------------------------------


def test_a_briefing_given_to_members_at_a_meeting_is_no_training():
    assert "training" not in classify("A briefing was given to Members on the budget position.")


def test_a_briefing_members_received_from_the_police_is_no_training():
    assert classify("Members received a briefing on the new duty from the police.") == []


def test_briefings_still_to_come_read_nothing():
    assert classify("Briefings will be delivered to all staff in the spring.") == []


def test_a_briefing_given_to_a_committee_is_no_training():
    assert "training" not in classify("Officers provided a briefing to the Committee on the new duty.")


def test_a_day_of_action_still_to_come_reads_nothing():
    assert classify("A day of action will be held in the town centre next month.") == []


def test_a_forum_meeting_is_no_day_of_action():
    assert classify("The forum meeting was held on 3 May.") == []


# -- a consultation told by the chance it gave people to have their say -------------------------------


def test_a_survey_and_drop_ins_giving_residents_their_say_are_research():
    text = (
        "Drop-in sessions, a postal survey and two pop-up stalls gave residents the chance to have their say."
    )
    assert "research" in classify(text)


def test_residents_across_a_place_given_the_chance_to_be_heard_are_research():
    text = (
        "The online survey gave tenants across the three estates the opportunity to make their voices heard."
    )
    assert classify(text) == ["research"]


def test_people_given_the_opportunity_to_share_their_views_in_the_passive_are_research():
    text = "Young people in every secondary school were given the opportunity to share their views on safety."
    assert classify(text) == ["research"]


def test_the_chance_to_have_a_say_still_to_come_reads_nothing():
    assert classify("The new survey will give residents the chance to have their say.") == []


def test_a_government_giving_councils_the_chance_to_comment_reads_nothing():
    assert classify("The Department gave councils the chance to comment on the proposals.") == []


# -- an event told as the subject of what it did ------------------------------------------------------


def test_the_conference_that_brought_people_together_is_an_event():
    text = (
        "The conference brought together youth workers, teachers and police officers from across the county."
    )
    assert classify(text) == ["event"]


def test_our_webinar_that_showcased_projects_is_an_event():
    assert classify("Our most recent webinar showcased the work of two mentoring projects.") == ["event"]


def test_the_seminar_that_heard_from_survivors_is_an_event():
    assert classify("The seminar heard from two survivors of financial abuse.") == ["event"]


def test_another_body_s_named_conference_reads_nothing():
    assert classify("The LGA Conference brought together over a thousand councillors.") == []


def test_a_programme_s_list_lead_reads_nothing():
    assert classify("The morning sessions featured:") == []


def test_a_conference_still_to_come_reads_nothing():
    assert classify("The conference will bring together experts from across the region.") == []
