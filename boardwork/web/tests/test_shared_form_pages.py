"""The pages with forms that are served from the shared page cache (web/pagecache.py): the quarter
grid, the draft plan, the actions list, the withdrawn list, the sign-off chain and a draft paper.
Each is built once per change of the records; the copy served carries the reader's own CSRF
token (a save from it works), and a change is shown at once."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from boardwork.boards.models import Membership, Person
from boardwork.papers import drafts
from boardwork.papers.models import StoredPaper
from boardwork.plans.models import ProgressUpdate

from .web_fixtures import client_for, world_fixture  # noqa: F401

# Session, user and data version: a page served from the cache reads nothing about the records.
SHARED_HIT = 3


def pages(w) -> dict[str, str]:
    s = w.board.slug
    return {
        "quarter": reverse("quarter", args=[s, 2]) + "?cycle=2021/22",
        "plan draft": reverse("plan_draft", args=[s]),
        "actions": reverse("actions", args=[s]) + "?status=open",
        "withdrawn": reverse("activities_withdrawn", args=[s]),
        "signoff chain": reverse("signoff_chain", args=[s]),
    }


@pytest.mark.parametrize("name", ["quarter", "plan draft", "actions", "withdrawn", "signoff chain"])
def test_form_pages_are_built_once_and_follow_changes(world, name, django_assert_max_num_queries):
    url = pages(world)[name]
    officer = client_for(world, "officer")
    first = officer.get(url)
    assert first.status_code == 200 and first.context is not None  # built
    with django_assert_max_num_queries(SHARED_HIT):
        again = officer.get(url)
    assert again.status_code == 200 and again.context is None  # served from the cache
    # Any change to the records: the next reader gets a page built afresh.
    world.commitment.title = "Renamed while the page was cached"
    world.commitment.save()
    assert officer.get(url).context is not None


def _token(html: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def test_a_cached_quarter_grid_carries_each_readers_token_and_saves(world):
    url = pages(world)["quarter"]
    first = Client(enforce_csrf_checks=True)
    first.force_login(world.users["officer"])
    first_html = first.get(url).content.decode()
    second = Client(enforce_csrf_checks=True)
    second.force_login(world.users["officer"])
    r = second.get(url)
    assert r.context is None  # the first reader's copy
    html = r.content.decode()
    assert "bw-csrf-" not in html  # no marker left unfilled
    token = _token(html)
    assert token != _token(first_html)  # the second reader's own token, not the first one's
    field = f"c{world.commitment.uid}-rag"
    r = second.post(
        reverse("quarter", args=[world.board.slug, 2]),
        {"csrfmiddlewaretoken": token, "cycle": "2021/22", field: "amber"},
    )
    assert r.status_code == 302
    assert ProgressUpdate.objects.get(commitment=world.commitment, quarter=2).rag == "amber"


def test_a_draft_paper_is_kept_per_reader_so_each_sees_their_own_step(world):
    # The author may not approve their own paper; another officer may: one page each.
    User = get_user_model()
    other = User.objects.create_user("second-officer", password="x")
    Membership.objects.create(
        board=world.board, person=Person.objects.create(name="Second", user=other), role="officer"
    )
    draft = drafts.save_draft(world.board, StoredPaper.Kind.END_OF_YEAR, world.cycle, world.users["officer"])
    url = reverse("draft", args=[world.board.slug, draft.uid])
    author = client_for(world, "officer")
    assert b'name="decision"' not in author.get(url).content
    assert author.get(url).context is None  # the author's copy, from the cache
    second = Client()
    second.force_login(other)
    r = second.get(url)
    assert r.context is not None and b'name="decision"' in r.content
