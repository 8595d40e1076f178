"""Guards for a quotation with its attribution after the words (issue #15, tests/data/real/NOTES.md
2830-2835): what any rule reading "“…,” said the Chair, Jo Bloggs." as media must not change. A person
quoted with no post, a meeting's account naming a quoted title, a quotation whose attribution is a
whose words tell a campaign (media of their own), and the lede form. The rule itself was
measured and not merged (NOTE 2835). Wording invented for the tests, in the genre of council,
partnership, fire and police papers, not taken from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.kinds import classify, press_by_lede_only
from boardwork.papers.extract.text import norm_text


@pytest.mark.parametrize(
    "text",
    [
        # a person quoted with no post is a party to what the item reports
        "\u201cWe were delighted to take part,\u201d said Jo Bloggs.",
        '"The night was a great success," Jo Bloggs said.',
        # a title inside quotation marks in a meeting's account
        'Members asked about the "Leader" report, said the Chair.',
        "The Chair said the \u201cSafer Streets\u201d bid was welcome.",
    ],
)
def test_no_post_holder_attributed_reads_no_media(text):
    assert "media" not in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # the words quoted read media of their own
        "\u201cWe ran a campaign to raise awareness of scams this winter,\u201d said the Chair, Jo Bloggs.",
    ],
)
def test_an_attributed_campaign_is_not_comment(text):
    assert "media" in classify(norm_text(text))
    assert not press_by_lede_only(text)


def test_the_lede_form_reads_as_before():
    assert "media" in classify(
        norm_text('Councillor Jo Bloggs, Leader of the Council, said: "We are pleased."')
    )
    assert "media" not in classify(norm_text('Jo Bloggs said: "We are pleased."'))
