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

1.1 Officers surveyed residents in each ward in February 2023.

1.2 We published a guide to staying safe at night in March 2023.
"""


def test_the_import_stores_why_the_reader_was_unsure(board, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    res = papers.import_paper(PAPER, "annual-report.txt", board)
    acts = {a.source_paragraph: a for a in Activity.objects.filter(source_paper=res.paper)}
    assert acts["1.1"].unsure == ["kind guessed from 'surveyed'"]
    assert acts["1.2"].unsure == []


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
        assert f"Unsure: {REASON}".replace("'", "&#x27;") in html
        # Listed above the records with a link to the record, to be checked first.
        assert "The reader was unsure of 1 of them" in html and f'href="#r-{world.pending.uid}"' in html
    else:
        assert "Unsure" not in html and "unsure of" not in html


def test_the_note_goes_once_the_record_is_reviewed(world):
    world.pending.unsure = [REASON]
    world.pending.review = "accepted"
    world.pending.save(update_fields=["unsure", "review"])
    html = client_for(world, "officer").get(reverse("paper", args=["sscb", world.paper.uid])).content.decode()
    assert "Wrote to the Home Office" in html
    assert "Unsure" not in html and "unsure of" not in html
