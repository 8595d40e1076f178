"""An event told by who came, alone (issue #15, tests/data/real/NOTES.md 3510-3515; the event rule of
NOTES 3473 without that round's media rules): a news item's account of an occasion the body held, with
the event as the subject and the people who came as its object ("The fun day attracted more than 300
residents", "The event, organised by the partnership's agencies, saw families join …"). Guards: an event
still to come or only expected, one that "saw" an outcome rather than people, one organised by another
body named in capitals, the author's habitual open days (EXTRACTION-NOTES 1). Every sentence is invented
in the genre's shape (a partnership's news release, a local paper's item), not copied from a paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify

CSP = ("Westby Community Safety Partnership", "Partnership")
UNKNOWN: tuple[str, ...] = ()


def _kinds(text: str, author: tuple[str, ...]) -> list[str]:
    return classify(text, author_words=author, unknown_author=not author)


def test_an_event_that_attracted_or_drew_people_is_an_event():
    assert _kinds("The open day attracted more than 300 residents.", CSP) == ["event"]
    assert _kinds("Our information day drew over 200 visitors in June.", CSP) == ["event"]
    assert _kinds("The event saw local families join volunteers to clear the canal towpath.", CSP) == [
        "event"
    ]


def test_a_workshop_that_drew_practitioners_is_an_event():
    assert _kinds("The workshop drew 40 practitioners from the partner agencies.", CSP) == ["event"]


def test_an_event_organised_by_the_partnerships_agencies_is_an_event():
    text = (
        "The event, organised by the agencies that make up the Westby Community Safety Partnership -"
        " including the police, the council and a housing trust - saw local families join volunteers"
        " to clear the canal towpath."
    )
    assert _kinds(text, UNKNOWN) == ["event"]
    assert _kinds(text, CSP) == ["event"]
    assert _kinds("The event, organised by the Partnership, saw 80 residents come along.", CSP) == ["event"]


def test_an_event_organised_by_another_body_is_not_the_authors():
    text = "The event, organised by Westby Police, saw local families join volunteers to clear the towpath."
    assert "event" not in _kinds(text, CSP)


def test_an_event_still_to_come_or_one_that_saw_an_outcome_is_no_event():
    assert "event" not in _kinds("The conference will attract more than 300 delegates.", CSP)
    assert "event" not in _kinds("The event is expected to draw hundreds of visitors.", CSP)
    assert "event" not in _kinds("The campaign saw crime fall by a third in the area.", CSP)


def test_an_event_the_author_habitually_holds_is_not_read_as_done():
    # (EXTRACTION-NOTES 1: the author's habitual business)
    assert "event" not in _kinds("Our open days usually attract about 200 residents.", CSP)


def test_the_events_rule_leaves_a_quotation_opened_by_a_comma_alone():
    # (the media rules of NOTES 3471-3472 are not brought in: main's reading stands)
    text = 'Councillor Jo Bloggs, Cabinet Member for Communities, said, "Keeping our parks tidy matters."'
    assert "event" not in _kinds(text, CSP)
