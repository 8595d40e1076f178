"""Genre rules of the twenty-ninth round (issue #15, tests/data/real/NOTES.md 890-904): another body's
deed read as the author's. Whose deed it is is the subject of the clause that holds the verb: the
young people, pupils or participants of a programme the body ran doing their own work
with a charity are not the body's work, unless the deed is told as done with or by the body; their
taking part in what the body gave them (courses attended, talks received) and the passive still read
as the body's. And a body joining up with a partner ("teamed up with", "linked up with") is a
partnership. Each case is written here for the genre (a fire service's youth programme news, a
council's schools news, a partnership's news), not taken from a paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify, others_or_proceedings


def _classify(text: str, author_words: tuple[str, ...] = ()) -> list[str]:
    return classify(text, author_words=author_words)


# -- the participants' own deeds ----------------------------------------------------------------------


def test_participants_own_work_with_a_charity_is_not_the_body_s():
    assert (
        _classify(
            "Recent participants helped the Northshire Hospice mark its anniversary by staging a sponsored walk."
        )
        == []
    )
    assert "partnership" not in _classify(
        "The young people also worked with a local food bank to sort donations and design posters."
    )


def test_the_deeds_listed_after_their_verb_are_theirs_too():
    text = (
        "In addition the young people worked with the Anytown charity shop to design leaflets, clear the "
        "storeroom and developing resources for families."
    )
    assert _classify(text) == []
    assert others_or_proceedings(text)


def test_they_is_not_taken_for_the_people_a_programme_serves():
    # (a body's paper says "they" of its own officers and teams as often as of the young people)
    assert _classify("They ran 40 knife crime workshops in secondary schools across the borough.") == [
        "event"
    ]


def test_pupils_own_deed_in_a_council_s_paper():
    assert (
        _classify(
            "Pupils at Northgate Primary produced a leaflet on road safety for their parents.",
            ("Northshire Borough Council",),
        )
        == []
    )


# -- guards: the body's own deed with them still reads -------------------------------------------------


def test_the_body_s_deed_with_the_young_people_still_reads():
    assert "partnership" in _classify(
        "We worked with the Anytown charity shop and the young people to design leaflets."
    )
    assert "partnership" in _classify(
        "The young people worked with us and the Anytown Trust to design leaflets."
    )
    assert "partnership" in _classify(
        "The participants worked alongside our firefighters and the Anytown Trust on a safety day."
    )
    assert "partnership" in _classify(
        "Students from Anytown College worked with the Brigade on a safety video."
    )


def test_taking_part_in_what_the_body_gave_still_reads():
    assert "training" in _classify(
        "The pupils attended fire safety training sessions delivered at the community fire station."
    )
    assert "training" in _classify("The pupils took part in fire safety training run by the Brigade.")


def test_the_body_named_as_the_doer_still_reads():
    assert "partnership" in _classify(
        "The Brigade worked with the Anytown Youth Trust to run two summer courses for young people."
    )


# -- joining up with a partner ------------------------------------------------------------------------


def test_teamed_or_linked_up_with_a_partner_is_partnership():
    assert "partnership" in _classify(
        "The service teamed up with the Anytown Community Safety Partnership in May."
    )
    assert "partnership" in _classify(
        "The courses ran after the organisation linked-up with a national youth volunteering scheme."
    )


def test_joining_up_still_to_come_is_not_partnership():
    assert "partnership" not in _classify("The council will team up with the Anytown Trust next year.")
