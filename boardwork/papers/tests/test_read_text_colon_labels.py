"""Plain-text headings: a section's label closing with its colon, longer than a label line, alone over
the section's prose (NOTE 2661); and the lines closing with a colon that stay text. Every example is
made up in the genre's shape, not copied from a paper."""

from __future__ import annotations

from boardwork.papers.readers import Limits
from boardwork.papers.readers.txt.layout import layout


def _blocks(text: str) -> list[tuple[str, str]]:
    # (The rules alone: the heading model is a second opinion, and these are the rules' cases.)
    _, blocks = layout(text, Limits(heading_model=False))
    return [(b.type, b.text) for b in blocks]


def _headings(text: str) -> list[str]:
    return [x.rstrip(":") for t, x in _blocks(text) if t == "heading"]


# An annual report naming each priority with a colon over what was done under it.
PRIORITIES = (
    "Northvale Partnership Annual Report 2024-25\n\n"
    "Our main achievements during the year were these.\n\n"
    "Strengthen the partnership's structures and governance:\n\n"
    "The Board introduced informal meetings of its members, which helped to build trust between the "
    "partners.\n\n"
    "Give young people a voice in the partnership's work:\n\n"
    "A youth panel was set up in the spring and met four times before the end of the year.\n"
)


def test_long_labels_closing_with_a_colon_over_prose_are_headings():
    heads = _headings(PRIORITIES)
    assert "Strengthen the partnership's structures and governance" in heads
    assert "Give young people a voice in the partnership's work" in heads


def test_a_lead_in_over_prose_stays_text():
    text = (
        "Minutes of the Safer Northvale Board\n\n"
        "In the discussion that followed members raised the following points:\n\n"
        "Members asked how the new funding would be shared between the four towns.\n\n"
        "The partnership has agreed to extend the scheme to:\n\n"
        "The scheme will now run in the two market towns as well as the city centre.\n"
    )
    heads = _headings(text)
    assert not any("following points" in h or "extend the scheme" in h for h in heads)


def test_a_speaker_over_their_words_stays_text():
    text = (
        "Northvale Fire Service news\n\n"
        "Home safety visits double in the city\n\n"
        "Jo Bloggs Head of Prevention at the Service explains:\n\n"
        "Our crews have visited more homes this winter than in any year before, and we thank them.\n"
    )
    assert not any("explains" in h for h in _headings(text))


def test_a_lead_over_names_or_a_list_stays_text():
    text = (
        "Minutes of the Community Safety Panel\n\n"
        "Officers in support of the Panel at this meeting:\n\n"
        "Jo Bloggs, Head of Housing\n\n"
        "The Panel's priorities for the coming year are set out below:\n\n"
        "- safer streets\n"
        "- youth work\n"
    )
    heads = _headings(text)
    assert not any("Officers in support" in h or "priorities for the coming" in h for h in heads)


def test_a_person_and_their_role_with_a_colon_stays_text():
    text = (
        "Northvale Partnership update\n\n"
        "Councillor Jo Bloggs, Cabinet Member for Communities:\n\n"
        "The partnership has had a busy year and has met all of the targets it set itself in April.\n"
    )
    assert not any("Cabinet Member" in h for h in _headings(text))
