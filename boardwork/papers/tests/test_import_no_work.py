"""Importing a paper the extractor judges to report no work (a strategy, an agenda …,
`extract.intentions.reports_no_work`): the officer reads why nothing was proposed, and what to do if
that is wrong, in the import's warnings and the command's "needs attention" line; the reason is kept
with the stored paper's structure (`Paper.notes`), never in the extraction's schema. Invented pages
in the genre."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from boardwork.boards.models import Board
from boardwork.papers import services, untrusted
from boardwork.papers.models import StoredPaper

# A partnership's strategy page: aims, priorities and a standing service, no deed of its own.
STRATEGY = b"""# Community Safety Strategy 2025-2028

This strategy sets out how the Partnership will reduce crime and disorder in Anyshire over the next three years.

Our priorities are reducing violence, tackling anti-social behaviour and supporting victims of domestic abuse.

The Community Safety Team provides home safety visits to older residents and fits smoke alarms free of charge.

The team offers training to licensed taxi drivers on spotting the signs of exploitation.

We will work with Anyshire Police to run joint safety campaigns in every town.
"""

# The same partnership's news of work done: activities, and no such note.
NEWS = b"""# Safer streets week

In March 2025 the Partnership held a safer streets week with Anyshire Police in every town centre.

The Community Safety Team visited 300 older residents and fitted smoke alarms in their homes.
"""

SENTENCE = (
    "Nothing proposed: this reads as a strategy \u2014 it states aims and duties, not work done. "
    "If it does report work, add the activities by hand."
)


@pytest.fixture
def board(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return Board.objects.create(name="Anyshire Community Safety Partnership", slug="acsp")


def test_a_strategy_page_says_why_nothing_was_proposed(board):
    res = services.import_paper(STRATEGY, "strategy.md", board)
    assert res.status == "imported", res.reason
    assert res.activities == 0
    assert SENTENCE in res.warnings, res.warnings
    assert services.NOTHING_RECOGNISED not in res.warnings
    # One home: the stored paper's structure, which the review page reads.
    stored = StoredPaper.objects.get(pk=res.paper.pk)
    assert stored.no_work_note == SENTENCE
    # The extraction keeps its schema: no key for the note.
    assert "notes" not in res.extraction and "no_work" not in res.extraction


def test_a_page_of_work_has_no_such_note(board):
    res = services.import_paper(NEWS, "news.md", board)
    assert res.status == "imported", res.reason
    assert res.activities >= 1
    assert not any(w.startswith(services.NOTHING_PROPOSED) for w in res.warnings), res.warnings
    assert StoredPaper.objects.get(pk=res.paper.pk).no_work_note is None


def test_the_extract_json_and_a_parse_carry_no_note():
    doc, extraction = untrusted.read(STRATEGY, "strategy.md", extract={"trained_model": True})
    assert doc.notes["no_work"].startswith("this reads as a strategy")
    assert extraction is not None and set(extraction) == {
        "schema",
        "paper",
        "cycle",
        "themes",
        "activities",
        "plan",
        "organisations",
    }
    # Read without extracting (`boardwork parse`): no judgement, no note.
    assert "notes" not in untrusted.read(STRATEGY, "strategy.md")[0].to_dict()


def test_a_stored_paper_from_before_keeps_the_old_text(board):
    old = StoredPaper(board=board, title="Strategy", structure={"blocks": []})
    assert old.no_work_note is None
    odd = StoredPaper(board=board, title="Strategy", structure={"blocks": [], "notes": {"no_work": 3}})
    assert odd.no_work_note is None


def test_the_import_command_names_the_reason_under_needs_attention(board, tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "strategy.md").write_bytes(STRATEGY)
    (folder / "news.md").write_bytes(NEWS)
    out = io.StringIO()
    call_command("import", str(folder), "--board", "acsp", "--workers", "1", stdout=out, stderr=io.StringIO())
    text = out.getvalue()
    attention = text.split("needs attention:", 1)[1]
    assert f"strategy.md: {SENTENCE}" in attention, text
    assert "news.md" not in attention, text
