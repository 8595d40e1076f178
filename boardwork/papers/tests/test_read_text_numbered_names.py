"""Plain-text headings: numbered lines that name a section over its prose, in a paper whose numbers do
not all head items (some number sentences too). Every example is made up in the genre's shape, not
copied from a paper."""

from __future__ import annotations

from boardwork.papers.readers import Limits
from boardwork.papers.readers.txt.layout import layout


def _blocks(text: str) -> list[tuple[str, str | None, str]]:
    # (The rules alone: the heading model is a second opinion, and these are the rules' cases.)
    _, blocks = layout(text, Limits(heading_model=False))
    return [(b.type, getattr(b, "number", None), b.text) for b in blocks]


def _headings(blocks: list[tuple[str, str | None, str]]) -> list[str]:
    return [x for t, _, x in blocks if t == "heading"]


# Sections numbered "1." … "4." in the text's own case, prose under most of them unnumbered, the last
# over its own numbered sentences: the numbers do not all head items.
REPORT = (
    "Report of the Head of Community Safety\n\n"
    "1. Purpose of the report\n\n"
    "To update the Committee on the work of the partnership over the year.\n\n"
    "2. Work with schools and colleges\n\n"
    "The team delivered sessions on knife crime to nine secondary schools in the autumn term.\n\n"
    "The sessions were evaluated by the university, and the results are attached.\n\n"
    "3. Capacity & Resource\n\n"
    "Two posts were vacant for most of the year, and the team relied on agency staff until March.\n\n"
    "4. Options\n\n"
    "4.1 Members may choose to keep the current arrangements.\n\n"
    "4.2 Members may choose to merge the two teams.\n"
)


def test_numbered_names_over_unnumbered_prose_are_headings():
    blocks = _blocks(REPORT)
    heads = _headings(blocks)
    assert "Work with schools and colleges" in heads
    assert "Capacity & Resource" in heads
    # (The prose under them stays unnumbered paragraphs; the numbered sentences keep their numbers.)
    assert (
        "paragraph",
        None,
        "The sessions were evaluated by the university, and the results are attached.",
    ) in blocks
    assert ("paragraph", "4.1", "Members may choose to keep the current arrangements.") in blocks


def test_a_numbered_name_over_its_own_sub_numbers_and_prose():
    # A section's sub-section numbered a level down, its name over unnumbered prose: a heading too.
    text = (
        "Partnership Plan: Progress Report\n\n"
        "1. Introduction\n\n"
        "1.1 This report sets out progress against the plan agreed in April.\n\n"
        "2. KEY ISSUES\n\n"
        "2.1 Staffing and budgets\n\n"
        "The partnership agreed to fund two coordinator posts from its reserves in June.\n"
    )
    assert "Staffing and budgets" in _headings(_blocks(text))


def test_a_numbered_list_with_the_text_after_it_stays_numbered():
    # Guard: items one under another, the last with the text after the list straight under it;
    # the report numbers sentences elsewhere, so its numbers do not all head items.
    text = (
        "Report to the Panel\n\n"
        "1. The Panel met three times in the year and considered eleven reports.\n\n"
        "2. The Panel's priorities for next year are:\n\n"
        "3. Road safety around schools\n\n"
        "4. Anti-social behaviour in parks\n\n"
        "5. Scams against older residents\n\n"
        "Each priority will have a lead member, named at the next meeting.\n"
    )
    blocks = _blocks(text)
    assert _headings(blocks) == ["Report to the Panel"]
    assert ("paragraph", "5", "Scams against older residents") in blocks


def test_numbered_short_sentences_and_doubtful_numbers_stay_paragraphs():
    # Guards: a numbered short line closing with its stop says something; a number met twice (a list
    # counting again) leaves its series in doubt, prose under it or not.
    text = (
        "Update on the Community Safety Plan\n\n"
        "1. The plan was agreed in May.\n\n"
        "The partnership board signed it off after a public consultation over the spring.\n\n"
        "2. Officers have been appointed to lead each priority in the plan.\n\n"
        "1. Lighting in the town centre\n\n"
        "New lighting was installed along the High Street in the autumn.\n\n"
        "2. Reporting of hate crime\n\n"
        "A third-party reporting centre opened at the library in January.\n"
    )
    blocks = _blocks(text)
    assert _headings(blocks) == ["Update on the Community Safety Plan"]
    assert ("paragraph", "1", "The plan was agreed in May.") in blocks
    assert ("paragraph", "1", "Lighting in the town centre") in blocks
