"""The import's "give the cycle" warning: only a paper with themes to record needs its board year."""

from __future__ import annotations

import pytest

from boardwork.boards.models import Board
from boardwork.papers import services

YEAR = "the paper does not say which board year it covers"


@pytest.fixture
def board(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return Board.objects.create(name="Northshire Community Safety Board", slug="ncsb")


def _extraction(themes):
    return {
        "schema": "boardwork.extraction/1",
        "paper": {"title": None, "body": None, "meeting_date": None},
        "cycle": None,
        "themes": [{"title": t, "summary": None} for t in themes],
        "activities": [
            {
                "paragraph": None,
                "theme": themes[0] if themes else None,
                "kinds": ["event"],
                "date": None,
                "organisations": [],
                "policies": [],
                "people": [],
                "text": "The partnership held a community safety week in the town centre with local traders.",
            }
        ],
        "plan": None,
        "organisations": [],
    }


TEXT = b"The partnership held a community safety week in the town centre with local traders.\n"


def test_a_news_page_without_themes_or_year_is_not_flagged(board):
    res = services.import_paper(TEXT, "news.txt", board, extraction=_extraction([]))
    assert res.status == "imported", res.reason
    assert not any(YEAR in w for w in res.warnings), res.warnings


def test_a_paper_with_themes_but_no_year_asks_for_the_cycle(board):
    res = services.import_paper(TEXT, "report.txt", board, extraction=_extraction(["Safer streets"]))
    assert res.status == "imported", res.reason
    assert any(YEAR in w for w in res.warnings), res.warnings
    assert res.themes == 0
