"""A plain-text heading shape of the genre (NOTES 3140–3149), on an invented page: a newsletter that
signs its letter of introduction and goes on to its parts. Once the signatory's name and office are
read into the meta, the next part's name after them is a heading, not more of the signature."""

from __future__ import annotations

from .plaintext import headings, read_txt

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
