"""An event told as held in a page's or report's background is read in strict reading as the
loose reading reads it (tests/data/real/NOTES.md 3070-3079). Invented sentences."""

from boardwork.papers.extract.kinds import classify

AUTHOR = ("Northby Borough Council", "Northby")


def strict(text: str) -> list[str]:
    return classify(text, strict=True, author_words=AUTHOR, first_person=False)


def test_a_dated_roundtable_that_took_place_is_an_event():
    text = (
        "At the closed roundtable, which took place on Wednesday 9 March, carers described how they "
        "had been supported and what could be better."
    )
    assert "event" in strict(text)


def test_a_workshop_held_in_a_month_is_an_event():
    assert "event" in strict("The first practitioners' workshop was held in June 2021 at the town hall.")


def test_who_chaired_or_attended_the_event_tells_it_as_held():
    assert "event" in strict(
        "The seminar was chaired by the cabinet member for communities and heard from three victims."
    )
    assert "event" in strict("Our summit brought together youth workers, teachers and police officers.")


def test_guard_an_event_to_come_is_not_read():
    assert "event" not in strict("The conference will be held in May 2027 and will be chaired by the leader.")


def test_guard_took_place_without_a_date_is_not_read():
    assert "event" not in strict("The workshop took place at the library.")


def test_guard_another_bodys_hosted_event_is_not_read():
    assert "event" not in strict(
        "The roundtable, hosted by the Home Office, took place on 4 April 2022 and brought together ministers."
    )


def test_guard_another_bodys_named_event_is_not_read():
    assert "event" not in strict("The LGA Conference was held in July 2023 in Harrogate.")


def test_the_authors_own_hosted_event_is_read():
    assert "event" in strict(
        "The roundtable, hosted by Northby Borough Council, took place on 12 October 2023 with forty residents."
    )


def test_a_working_group_of_partners_that_has_been_meeting_is_partnership():
    text = (
        "A working group of officers from the district councils, the fire service and the probation "
        "service have been meeting monthly to carry the review's actions forward."
    )
    assert "partnership" in strict(text)


def test_discussions_with_partners_representatives_told_as_done_are_partnership():
    text = (
        "The fund was last changed in 2021. After consultation and recent discussions with the "
        "partnership's representatives, the criteria have been revised."
    )
    assert "partnership" in strict(text)


def test_guard_partnership_working_described_is_not_read():
    assert "partnership" not in strict(
        "The small grants scheme runs alongside the commissioned services and partnership working initiatives."
    )
    assert "partnership" not in strict("We got here by working together to agree shared priorities.")


def test_guard_a_group_to_meet_is_not_read():
    assert "partnership" not in strict(
        "A steering group of partners will meet in the spring to take the work forward with the district councils."
    )
