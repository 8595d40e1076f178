"""Where the reader was unsure of a record it imported, the review screen says why, so a reviewer
looks there first; once the record is reviewed the note goes."""

import pytest
from django.urls import reverse

from boardwork.activities.models import Activity
from boardwork.papers import services as papers
from boardwork.web.tests.web_fixtures import client_for

pytestmark = pytest.mark.django_db

PAPER = b"""Annual report of the Newtown Partnership

1 Our work

1.1 Officers visited residents in each ward in February 2023.

1.2 We published a guide to staying safe at night in March 2023.
"""


def test_the_import_stores_why_the_reader_was_unsure(board, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    res = papers.import_paper(PAPER, "annual-report.txt", board)
    acts = {a.source_paragraph: a for a in Activity.objects.filter(source_paper=res.paper)}
    # What to check and why, in an officer's words; and how sure, kept beside it.
    assert acts["1.1"].unsure == ["The kind is a guess from the word 'visited': check it."]
    assert acts["1.1"].confidence == 0.6 and acts["1.1"].confidence_label == "low"
    assert acts["1.2"].unsure == [] and acts["1.2"].confidence is None


REASON = "kind guessed from 'wrote to the Home Office'"
# Who sees the note: those who review (they see records to review); members see accepted records
# only, and the rest do not see the paper at all.
SEES = {"officer": 200, "admin": 200}
DOES_NOT_SEE = {"member": 200, "outsider": 404, "nobody": 404, "anonymous": 302}


@pytest.mark.parametrize("persona", [*SEES, *DOES_NOT_SEE])
def test_the_review_screen_shows_the_reason_to_those_who_review(world, persona):
    world.pending.unsure = [REASON]
    world.pending.save(update_fields=["unsure"])
    r = client_for(world, persona).get(reverse("paper", args=["sscb", world.paper.uid]))
    assert r.status_code == {**SEES, **DOES_NOT_SEE}[persona]
    html = r.content.decode()
    if persona in SEES:
        assert f"<li>{REASON}</li>".replace("'", "&#x27;") in html
        # Listed above the records with a link to the record, to be checked first.
        assert "Boardwork was unsure of 1 of them" in html and f'href="#r-{world.pending.uid}"' in html
    else:
        assert "Unsure" not in html and "unsure of" not in html


def test_the_note_goes_once_the_record_is_reviewed(world):
    world.pending.unsure = [REASON]
    world.pending.review = "accepted"
    world.pending.save(update_fields=["unsure", "review"])
    html = client_for(world, "officer").get(reverse("paper", args=["sscb", world.paper.uid])).content.decode()
    assert "Wrote to the Home Office" in html
    assert "Unsure" not in html and "unsure of" not in html


def _review_html(world, unsure, confidence):
    world.pending.unsure, world.pending.confidence = unsure, confidence
    world.pending.save(update_fields=["unsure", "confidence"])
    return client_for(world, "officer").get(reverse("paper", args=["sscb", world.paper.uid])).content.decode()


@pytest.mark.parametrize(
    ("confidence", "shown"),
    [(0.6, "low"), (0.62, "low"), (0.7, "medium"), (0.8, "high"), (0.95, "high"), (None, "not recorded")],
)
def test_every_unsure_record_shows_how_sure_the_reader_was_in_words(world, confidence, shown):
    html = _review_html(world, [REASON], confidence)
    assert f"Likely right: {shown}" in html
    # And beside its link in the list of records to check first.
    assert f'href="#r-{world.pending.uid}">paragraph 1</a> (likely right: {shown})' in html


def test_each_reason_is_its_own_item_not_run_together(world):
    second = "The paper does not say who did this; taken as the author's work: check it."
    html = _review_html(world, [REASON, second], 0.6)
    assert "<li>" + second.replace("'", "&#x27;") + "</li>" in html
    assert "; ".join([REASON, second]).replace("'", "&#x27;") not in html


def test_a_sure_record_shows_no_confidence(world):
    html = _review_html(world, [], None)
    assert "Confidence:" not in html and "(confidence" not in html
