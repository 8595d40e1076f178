"""Block keys, edits laid over a recompose, and diffs (papers/revise.py: pure, no database)."""

from boardwork.papers.document import Heading, Paper, Paragraph, Table
from boardwork.papers.revise import apply_edits, block_keys, diff


def _paper(extra_first_theme_activity=False):
    blocks = [
        Heading("Purpose of report", level=2),
        Paragraph("For direction."),
        Heading("Community safety", level=2, refs=["theme:t1"]),
        Paragraph("Webinar on county lines.", number="1", refs=["activity:a1"]),
    ]
    if extra_first_theme_activity:
        blocks.append(Paragraph("Met the minister.", number="2", refs=["activity:a9"]))
    blocks += [
        Heading("Counter-extremism", level=2, refs=["theme:t2"]),
        Paragraph(
            "Guidance published.", number="3" if extra_first_theme_activity else "2", refs=["activity:a2"]
        ),
        Paragraph("Members are asked to note the report."),
        Paragraph("Members are asked to give their views."),
        Table(header=["Priority area", "Proposed activity"], rows=[["Safety", "More"]], refs=["theme:t1"]),
    ]
    return Paper(blocks=blocks)


def test_keys_survive_renumbering_when_a_block_is_added_earlier():
    before, after = _paper(), _paper(extra_first_theme_activity=True)
    kb, ka = block_keys(before), block_keys(after)
    # The counter-extremism paragraph moved from number 2 to 3 and one place down: same key.
    assert kb[5] == ka[6]
    assert len(set(ka)) == len(ka)


def test_paragraphs_without_refs_in_one_section_get_distinct_keys():
    keys = block_keys(_paper())
    assert keys[6] != keys[7]


def test_keys_differ_between_sections_for_the_same_boilerplate():
    doc = Paper(blocks=[Heading("A"), Paragraph("Same."), Heading("B"), Paragraph("Same.")])
    keys = block_keys(doc)
    assert keys[1] != keys[3]


def test_edits_change_text_only_and_skip_tables_and_missing_keys():
    doc = _paper()
    keys = block_keys(doc)
    edited = apply_edits(
        doc, keys, {keys[3]: "A webinar on county lines for 300 officers.", keys[8]: "x", "gone": "y"}
    )
    assert edited.blocks[3].text == "A webinar on county lines for 300 officers."
    assert edited.blocks[3].refs == ["activity:a1"] and edited.blocks[3].number == "1"
    assert edited.blocks[8].rows == [["Safety", "More"]]
    assert doc.blocks[3].text == "Webinar on county lines."  # the composed paper is untouched


def test_diff_names_added_removed_changed_and_edited_blocks():
    old_doc, new_doc = _paper(), _paper(extra_first_theme_activity=True)
    old_keys, new_keys = block_keys(old_doc), block_keys(new_doc)
    new_doc.blocks[1].text = "For decision."
    new_doc.blocks[3].text = "Edited by the officer."
    del new_doc.blocks[7], new_keys[7]  # "Members are asked to note the report." removed
    changes = diff(
        list(zip(old_keys, old_doc.blocks, strict=True)),
        list(zip(new_keys, new_doc.blocks, strict=True)),
        edited={new_keys[3]},
    )
    by_status = {}
    for c in changes:
        by_status.setdefault(c.status, []).append(c)
    assert [c.after for c in by_status["added"]] == ["Met the minister."]
    assert [c.before for c in by_status["removed"]] == ["Members are asked to note the report."]
    assert {c.after for c in by_status["changed"]} == {"For decision.", "Edited by the officer."}
    assert [c.edited for c in changes if c.after == "Edited by the officer."] == [True]
    assert [c.edited for c in changes if c.after == "For decision."] == [False]
    # The removed block is shown where it was: after the block that preceded it.
    texts = [c.before if c.status == "removed" else c.after for c in changes]
    assert texts.index("Members are asked to note the report.") == texts.index("Guidance published.") + 1
