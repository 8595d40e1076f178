"""Two plain-text heading shapes of the genre (NOTES 3140–3149), on invented pages:

- a minute's officer update that heads each topic it reports on with a lone dashed line ("- Street
  Pastors" over a long paragraph of the officer's account), where a list has a second item;
- a newsletter that signs its letter of introduction and goes on to its parts: once the signatory's
  name and office are read into the meta, the next part's name after them is a heading, not more of
  the signature."""

from __future__ import annotations

from .plaintext import headings, read_txt, texts

ACCOUNT = (
    "The Partnership Officer said that the scheme had grown over the winter, with twelve volunteers now"
    " out on Friday and Saturday nights in the town centre and a second team being trained by the church."
)
ACCOUNT_2 = (
    "Funding from the district council had been confirmed for a further year, and the panel had agreed"
    " that the money would go towards the mobile unit that visits the market square each week."
)

UPDATE = (
    "Agenda item\n"
    "NEIGHBOURHOOD SAFETY BOARD\n"
    "Minutes:\n"
    "The Partnership Officer gave an update on the town centre schemes and the panel's funding.\n"
    "- Street Pastors\n"
    f"{ACCOUNT}\n"
    "- Safe Space Panel\n"
    f"{ACCOUNT_2}\n"
)


def test_a_lone_dashed_topic_over_an_officers_account_is_a_heading():
    d = read_txt(UPDATE)
    assert "Street Pastors" in headings(d)
    assert "Safe Space Panel" in headings(d)
    assert ACCOUNT in texts(d)


def test_a_dashed_list_stays_a_list():
    # (Guard: two dashed lines together are a list, whatever follows.)
    d = read_txt(
        "Agenda item\nNEIGHBOURHOOD SAFETY BOARD\nMinutes:\n"
        "The officer listed the schemes:\n- Street Pastors\n- Safe Space Panel\n"
        f"{ACCOUNT}\n"
    )
    assert "Street Pastors" not in headings(d)
    assert "Safe Space Panel" not in headings(d)


def test_a_dashed_minute_reference_is_no_heading():
    # (Guard: a dashed line with a figure, "- NSB 14", is the minute's reference.)
    d = read_txt(
        "Agenda item\nNEIGHBOURHOOD SAFETY BOARD\nMinutes:\n"
        "The officer gave the update.\n- NSB 14\n"
        f"{ACCOUNT}\n"
    )
    assert "NSB 14" not in headings(d)


def test_a_dashed_sentence_is_no_heading():
    # (Guard: a dashed line that closes with a stop is a point, not a topic's name.)
    d = read_txt(
        "Agenda item\nNEIGHBOURHOOD SAFETY BOARD\nMinutes:\n"
        "The officer gave the update.\n- Volunteers were thanked.\n"
        f"{ACCOUNT}\n"
    )
    assert "Volunteers were thanked" not in headings(d)


NEWSLETTER = (
    "Safer Towns Bulletin\n\n"
    "Dear colleagues,\n\n"
    "This bulletin tells you what the network has done this quarter and what is coming up in the months"
    " ahead for member councils and their partners.\n\n"
    "Yours sincerely\n\n"
    "Cllr Morag Fenwick\n"
    "Chair of the Safer Towns Network\n\n"
    "Training offer\n\n"
    "We have opened bookings for the spring round of training on licensing and the night-time economy,"
    " with six free places for each member council and a session for elected members in March.\n\n"
    "Events\n\n"
    "Our annual conference will take place in the autumn, and we will write to members with the"
    " programme and the booking details once the venue has been confirmed by the host council.\n"
)


def test_a_newsletters_part_after_its_signatory_is_a_heading():
    d = read_txt(NEWSLETTER)
    assert "Training offer" in headings(d)
    assert "Events" in headings(d)


def test_a_signatorys_office_is_still_no_heading():
    # (Guard: the signatory's name and office sign the letter.)
    d = read_txt(NEWSLETTER)
    assert "Chair of the Safer Towns Network" not in headings(d)
    assert "Cllr Morag Fenwick" not in headings(d)
