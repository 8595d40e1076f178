"""Genre rules: an event told by the chance it gave people, safety taught in schools without a
training noun, courses completed with the body; and what is no event or training of the body:
people thanked for taking part in an event, skills developed through training, teaching told as a
resource's or a project's purpose. Wording invented for the tests, in the genre of a council's news
item and a partnership's annual report, not taken from any corpus paper (tests/data/real/NOTES.md
3240-3249)."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify

AUTHOR = ("Westby Fire Service", "Service")

# -- read now ------------------------------------------------------------------------------------------


def test_events_that_gave_people_a_chance_are_an_event():
    text = "Drop-in events at six libraries and a postal survey gave tenants across Westby the chance to comment."
    assert "event" in classify(text)


def test_work_done_in_schools_on_safety_is_training():
    text = "The Partnership funded two wardens this year. Useful work also took place in schools on water safety."
    assert "training" in classify(text)


def test_safety_messages_given_to_pupils_after_teaming_up_are_training():
    text = "The Service and the Westby Partnership have teamed up to bring road safety messages to all Year 6 pupils."
    assert "training" in classify(text, author_words=AUTHOR)


def test_courses_completed_with_the_body_are_training():
    text = (
        "Twelve cadets became the first to complete an autumn programme of courses with Westby Fire Service."
    )
    assert "training" in classify(text, author_words=AUTHOR)


# -- set aside now -------------------------------------------------------------------------------------


def test_people_thanked_for_taking_part_in_an_event_are_no_event():
    text = "“My thanks go to everyone who wrote in, answered the survey, took part in a listening event or phoned us.”"
    assert "event" not in classify(text, author_words=AUTHOR)


def test_skills_developed_through_training_are_no_training_of_the_body():
    text = "The cadets spent a week at a camp, developing leadership skills through lifeguard training."
    assert "training" not in classify(text, author_words=AUTHOR)


def test_teaching_a_resource_is_designed_for_is_no_training():
    text = "The film will come with activity sheets, designed to teach children how to stay safe near water."
    assert "training" not in classify(text, author_words=AUTHOR)


def test_teaching_as_a_projects_purpose_after_a_comma_is_no_training():
    text = "The Chair said: “We were glad to fund the film, to help teach our children about water safety.”"
    assert "training" not in classify(text, author_words=AUTHOR)


# -- guards (pass on main and here) ----------------------------------------------------------------------


def test_events_that_will_give_people_a_chance_are_no_event():
    assert "event" not in classify("The roadshows will give families the chance to meet officers next year.")


def test_the_bodys_officers_attending_a_conference_is_still_an_event():
    assert "event" in classify("Our officers attended the regional conference in May.", author_words=AUTHOR)


def test_a_training_course_the_body_developed_is_still_training():
    assert "training" in classify(
        "The Service developed a new training course for drivers.", author_words=AUTHOR
    )


def test_teaching_done_in_schools_is_still_training():
    text = "Firefighters visited 20 schools and taught pupils about fire safety."
    assert "training" in classify(text, author_words=AUTHOR)
