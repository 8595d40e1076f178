"""A real import (bulk writes) reaches the index in its own transaction; accept all moves records
from the officers' view to the members'."""

import json
import re
from pathlib import Path

import pytest
from django.urls import reverse

from boardwork.papers import services as papers
from boardwork.search import services
from boardwork.search.scope import PUBLIC_SCOPE, scope_for

CORPUS = Path(__file__).resolve().parents[3] / "tests" / "data" / "corpus"
SAMPLE = CORPUS / "lga-sscb-end-of-year-2020-21.txt"
GOLD = CORPUS / "lga-sscb-end-of-year-2020-21.extraction.json"

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported(board, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    res = papers.import_paper(SAMPLE.read_bytes(), SAMPLE.name, board, extraction=gold)
    assert res.paper is not None
    return res.paper


def test_imported_paragraphs_are_found_and_linked_to_their_block(imported, member):
    r = services.search(scope_for(member), '"Welsh LGA"', services.Filters(types=["paragraph"]))
    assert r.total >= 1
    hit = r.hits[0]
    assert hit.doc.paper_id == imported.pk
    # A member of the board: the paper's review page, at the paragraph's anchor.
    assert hit.url == reverse("paper", args=[imported.board.slug, imported.uid]) + f"#p-{hit.doc.block}"
    block = imported.structure["blocks"][hit.doc.block]
    assert "Welsh LGA" in str(block.get("text") or block.get("rows"))


def test_imported_records_wait_for_review_then_reach_members(imported, member, officer):
    only_records = services.Filters(types=["activity", "commitment"])
    as_officer = services.search(scope_for(officer), "prevent", only_records)
    assert as_officer.total > 0
    assert {h.doc.review for h in as_officer.hits} == {"to_review"}
    assert services.search(scope_for(member), "prevent", only_records).total == 0
    n = papers.accept_all(imported)
    assert n > 0
    assert services.search(scope_for(member), "prevent", only_records).total == as_officer.total


def test_unpublished_import_is_not_public_until_published(imported):
    assert services.search(PUBLIC_SCOPE, "prevent").total == 0
    imported.publish()
    public = services.search(PUBLIC_SCOPE, "prevent")
    assert public.total > 0 and {h.doc.kind for h in public.hits} <= {"paper", "paragraph"}


def test_quoted_prevent_finds_the_programme_not_prevention(imported, admin_user):
    scope = scope_for(admin_user)
    loose = services.search(scope, "prevent", services.Filters(types=["paragraph"]))
    exact = services.search(scope, '"prevent"', services.Filters(types=["paragraph"]))
    assert 0 < exact.total < loose.total
    word = re.compile(r"\bprevent\b", re.IGNORECASE)
    assert all(word.search(h.doc.heading + " " + h.doc.body) for h in exact.hits)
    assert any(not word.search(h.doc.body) for h in loose.hits)  # "preventing": the same stem
