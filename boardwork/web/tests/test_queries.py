"""Bounded queries per page: the count must not grow with the number of records (it would with a
decade of activities), and stays under a fixed ceiling."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from boardwork.activities.models import Activity

from .web_fixtures import build_world, client_for

# Page → the most queries it may run (session + user + board + role included), with every cache
# empty. The board overview was 14 before its figures were cached: a miss now also reads the
# cache's version stamp and the themes apart from their counts (16). Pages kept by the page cache
# (web/pagecache.py), and every page that looks up a board, read the data version as well (+1);
# a cached page runs SHARED_HIT queries. The overview's overdue actions are one more (18); its
# cycles are read once, not again to find the current one (17).
CEILINGS = {
    "board": 17,
    "theme": 14,
    "commitment": 12,
    "activities": 11,
    "activities filtered": 11,
    "activity": 12,
    "activity edit": 13,
    "organisations": 8,
    "organisation": 12,  # + who represents the board there (appointments), + the boards using it (who may merge it)
    "paper": 12,
    "papers": 8,
    "feedback": 10,
    "public papers": 5,
}
SHARED = (
    "board",
    "theme",
    "commitment",
    "activities",
    "activities filtered",
    "organisations",
    "organisation",
)
# Session, user and data version. The board, the role on it and the signed-in person's name are
# remembered with the pages; nothing about the records is read.
SHARED_HIT = 3


def pages(w):
    s = w.board.slug
    return {
        "board": reverse("board", args=[s]),
        "theme": reverse("theme", args=[s, w.theme.uid]),
        "commitment": reverse("commitment", args=[s, w.commitment.uid]),
        "activities": reverse("activities", args=[s]),
        "activities filtered": reverse("activities", args=[s])
        + f"?theme={w.theme.uid}&kind=lobbying&organisation=NPCC&policy=Domestic+Abuse+Bill&q=home"
        "&date_from=2021-01-01&date_to=2022-12-31&person=x",
        "activity": reverse("activity", args=[s, w.activity.uid]),
        "activity edit": reverse("activity_edit", args=[s, w.activity.uid]),
        "organisations": reverse("organisations"),
        "organisation": reverse("organisation", args=[w.org.uid]),
        "paper": reverse("paper", args=[s, w.paper.uid]),
        "papers": reverse("papers", args=[s]),
        "feedback": reverse("feedback", args=[s]),
        "public papers": reverse("public_papers"),
    }


def count_queries(client, url, warm=False):
    """Queries for one GET of `url`; with the page caches emptied first unless `warm`."""
    if not warm:
        cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        r = client.get(url)
    assert r.status_code == 200, url
    return len(ctx.captured_queries)


@pytest.mark.django_db
def test_query_counts_do_not_grow_with_records_and_stay_under_ceilings():
    w = build_world(n_activities=4)
    c = client_for(w, "officer")
    for url in pages(w).values():  # warm the per-process caches (content types)
        count_queries(c, url)
    small = {name: count_queries(c, url) for name, url in pages(w).items()}
    # Ten times the activities, each with themes, organisations and policies.
    from boardwork.activities.models import Activity, ActivityOrganisation

    for i in range(40):
        a = Activity.objects.create(
            board=w.board, cycle=w.cycle, text=f"More work {i} with the Home Office", kinds="lobbying media"
        )
        a.themes.add(w.theme, w.theme2)
        ActivityOrganisation.objects.create(activity=a, organisation=w.org)
        a.policies.add(w.policy)
    big = {name: count_queries(c, url) for name, url in pages(w).items()}
    print({name: (small[name], big[name]) for name in small})
    for name in small:
        assert big[name] == small[name], (
            f"{name}: {small[name]} queries with 4 activities, {big[name]} with 44"
        )
        assert big[name] <= CEILINGS[name], f"{name}: {big[name]} queries (ceiling {CEILINGS[name]})"
    # A page the page cache holds costs the same few queries however many records it shows.
    for name in SHARED:
        url = pages(w)[name]
        count_queries(c, url)
        assert count_queries(c, url, warm=True) <= SHARED_HIT, name


@pytest.mark.django_db
def test_board_overview_query_ceiling(django_assert_max_num_queries):
    w = build_world(n_activities=30)
    c = client_for(w, "member")
    with django_assert_max_num_queries(CEILINGS["board"]):
        assert c.get(reverse("board", args=["sscb"])).status_code == 200
    with django_assert_max_num_queries(CEILINGS["activities"]):
        assert c.get(reverse("activities", args=["sscb"])).status_code == 200


@pytest.mark.django_db
def test_an_activity_added_through_the_api_is_indexed_once_with_its_links(django_assert_max_num_queries):
    """Adding an activity wrote its search document twice (on its save, without links, then again
    with them): 7 queries of 28. The count is bounded, and the one document holds the links."""
    import json

    from boardwork.search.engine import tag
    from boardwork.search.models import SearchDoc

    from .web_fixtures import api_client

    w = build_world()
    c = api_client(w, "officer")
    body = {"text": "Met the chiefs", "cycle": str(w.cycle.uid), "kinds": ["event"],
            "themes": [str(w.theme.uid)],
            "organisations": [{"organisation": str(w.org2.uid), "role": "partner"}]}  # fmt: skip
    c.post(f"/api/boards/{w.board.slug}/activities", json.dumps(body), "application/json")  # warm
    with CaptureQueriesContext(connection) as ctx:
        r = c.post(f"/api/boards/{w.board.slug}/activities", json.dumps(body), "application/json")
    assert r.status_code == 201
    sql = [q["sql"] for q in ctx.captured_queries]
    assert sum(s.startswith("INSERT INTO") and "search_searchdoc" in s for s in sql) == 1
    # Token, data version, cycle, theme and organisation looked up; the activity and its two links
    # written; its document built (5) and written (2); history; its links read for the answer (4);
    # the data version raised; the savepoint (2). 30 when it was indexed twice.
    assert len(sql) <= 23, "\n".join(sql)
    doc = SearchDoc.objects.get(key=f"activity:{Activity.objects.get(uid=r.json()['uid']).pk}")
    assert tag("theme", w.theme.pk) in doc.tags.split()  # its theme link, in the one document
    assert "National Police Chiefs" in doc.body  # its organisation link
