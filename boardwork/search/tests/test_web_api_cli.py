"""The search page, the paper text page, GET /api/search and the commands, as their users meet them."""

import io
import json
import re

import pytest
from django.core.management import call_command
from django.urls import reverse

from boardwork.boards.models import ApiToken
from boardwork.search import services
from boardwork.search.scope import scope_for

pytestmark = pytest.mark.django_db


def page(client, **params):
    r = client.get(reverse("search"), params)
    assert r.status_code == 200
    return r.content.decode()


def test_search_page_works_without_javascript_for_visitors(client, archive):
    html = page(client, q="prevent")
    assert "2 results" in html
    assert "<mark>Prevent</mark>" in html
    assert "Prevent webinar" not in html  # an activity: members only
    assert f"/search/papers/{archive['public'].uid}/#p-" in html


def test_a_search_of_only_words_too_common_to_search_says_so(client, archive):
    from django.db import connection

    common = "words as common as these are not searched for on their own"
    html = " ".join(page(client, q="himself whom").split())
    assert "Nothing found" in html
    if connection.vendor == "postgresql":
        # English stop words there: the query is empty, so the page says why, not "check the spelling".
        assert common in html and "Check the spelling" not in html
    else:
        # FTS5 searches every word: nothing found is just nothing found.
        assert common not in html and "Check the spelling" in html
    # Beside a word that is searched, they change nothing on either engine.
    html = " ".join(page(client, q="himself prevent").split())
    assert common not in html
    assert "Nothing found" not in html or connection.vendor != "postgresql"


def test_the_api_and_the_command_say_when_every_word_is_too_common_to_search(client, archive):
    from django.db import connection

    # The engine's own answer: PostgreSQL drops English stop words (the query is empty there);
    # SQLite's FTS5 searches every word, so nothing found is just nothing found.
    too_common = connection.vendor == "postgresql"
    body = api(client, q="himself whom").json()
    assert body["total"] == 0 and body["too_common"] is too_common
    # Beside a word that is searched, or when something is found, never.
    assert api(client, q="himself prevent").json()["too_common"] is False
    assert api(client, q="prevent").json()["too_common"] is False
    # Only words to leave out: nothing is asked for, which is not the same thing.
    assert api(client, q="-himself").json()["too_common"] is False

    out = io.StringIO()
    call_command("search", "himself whom", "--public", stdout=out)
    said = "Nothing found: words as common as these are not searched for on their own"
    assert out.getvalue().startswith("0 results") and (said in out.getvalue()) is too_common
    out = io.StringIO()
    call_command("search", "himself whom", "--json", stdout=out)
    assert json.loads(out.getvalue())["too_common"] is too_common


def test_search_box_in_the_header(client, archive):
    html = client.get(reverse("public_papers")).content.decode()
    assert 'action="/search/"' in html and 'name="q"' in html


def test_member_and_officer_pages(client, archive, member, officer):
    client.force_login(member)
    html = page(client, q="licensing")
    assert "taxi <mark>licensing</mark>" not in html and "1 result" in html
    client.force_login(officer)
    html = page(client, q="licensing")
    assert "taxi <mark>licensing</mark>" in html and "To review" in html and "2 results" in html


def test_outsider_page_shows_nothing_of_our_board(client, archive, outsider, board):
    client.force_login(outsider)
    html = page(client, q="licensing")
    # Our board's name may show (it has published a paper); its private papers and records may not.
    assert "Work plan 2021/22" not in html and "taxi" not in html
    assert "Museum <mark>licensing</mark>" in html  # their own board's


@pytest.mark.parametrize("q", ['"', "NEAR(", "a AND", "{x}:y", "-", "*", "<script>"])
def test_odd_queries_never_fail(client, archive, q):
    page(client, q=q)


def test_invalid_filters_are_explained_not_failed(client, archive):
    html = page(client, q="prevent", year_from="2022", year_to="2020")
    assert "There is a problem" in html and "must not be before" in html
    html = page(client, q="prevent", theme="not-a-uuid")
    assert "There is a problem" in html


def test_facet_links_filter(client, archive, admin_user, board):
    client.force_login(admin_user)
    html = page(client, q="licensing")
    assert f"board={board.slug}" in html
    html = page(client, q="licensing", board=board.slug, type="activity")
    assert "1 result" in html and "taxi <mark>licensing</mark>" in html


def test_paper_text_page_has_block_anchors_and_keeps_private_papers_private(client, archive, outsider):
    public = client.get(reverse("search-paper", args=[archive["public"].uid]))
    assert public.status_code == 200 and 'id="p-3"' in public.content.decode()
    assert client.get(reverse("search-paper", args=[archive["private"].uid])).status_code == 404
    client.force_login(outsider)
    assert client.get(reverse("search-paper", args=[archive["private"].uid])).status_code == 404


def _block_at(html: str, anchor: str) -> str:
    """The element of `html` with id `anchor` (#p-N), up to the next block's."""
    m = re.search(rf'id="{re.escape(anchor[1:])}"(.*?)(id="p-\d+"|$)', html, re.S)
    assert m, f"the page has no {anchor}"
    return m.group(1)


def _follow(client, url):
    path, _, anchor = url.partition("#")
    r = client.get(path)
    assert r.status_code == 200, url
    return r.content.decode(), "#" + anchor if anchor else ""


@pytest.mark.parametrize("who", ["officer", "member", None])
def test_paragraph_hits_link_to_the_paragraph_on_the_papers_page(client, archive, board, who, request):
    user = request.getfixturevalue(who) if who else None
    if user:
        client.force_login(user)
    hits = services.search(scope_for(user), '"Welsh LGA"').hits
    hit = next(h for h in hits if h.doc.kind == "paragraph")
    paper = archive["public"]
    if user:  # on the board: the paper's review page
        assert hit.url.startswith(reverse("paper", args=[board.slug, paper.uid]) + "#p-")
    else:  # the published text
        assert hit.url.startswith(reverse("search-paper", args=[paper.uid]) + "#p-")
    html, anchor = _follow(client, hit.url)
    assert "Welsh LGA joined our roundtable" in _block_at(html, anchor)
    assert f'href="{hit.url}"' in page(client, q='"Welsh LGA"')


def test_record_hits_link_to_the_records_page(client, archive, officer):
    client.force_login(officer)
    hit = next(h for h in services.search(scope_for(officer), "webinar").hits if h.doc.kind == "activity")
    assert hit.url == archive["accepted"].get_absolute_url()
    html, _ = _follow(client, hit.url)
    assert "Prevent webinar" in html


def test_theme_page_links_to_its_timeline(client, archive, board, member):
    client.force_login(member)
    t20, t21 = archive["themes"]
    html = client.get(reverse("theme", args=[board.slug, t20.uid])).content.decode()
    m = re.search(r'href="([^"]*/search/timeline/[^"]*)"', html)
    assert m, "no link to the theme's timeline"
    timeline = client.get(m.group(1).replace("&amp;", "&")).content.decode()
    # Year by year across the lineage: the later theme's year is there too.
    assert "Counter-extremism and cohesion" in timeline
    assert timeline.index("2020/21") < timeline.index("2021/22")
    assert "Prevent webinar" in timeline


def test_timeline_page(client, archive, admin_user):
    client.force_login(admin_user)
    t20, t21 = archive["themes"]
    html = client.get(reverse("search-timeline"), {"theme": str(t21.uid)}).content.decode()
    assert html.index("2020/21") < html.index("2021/22")
    assert "Prevent webinar" in html and "Licensing roundtable" in html


# -- API -------------------------------------------------------------------------------------------


def api(client, user=None, **params):
    headers = {}
    if user is not None:
        _, key = ApiToken.issue(user, "test")
        headers["Authorization"] = f"Bearer {key}"
    return client.get("/api/search", params, headers=headers)


def test_api_anonymous_sees_published_papers_only(client, archive):
    r = api(client, q="prevent")
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 2 and body["more"] is False
    assert {h["type"] for h in body["hits"]} <= {"paper", "paragraph"}
    assert "<mark>" in body["hits"][0]["snippet_html"]
    assert body["hits"][0]["url"].startswith("http://testserver/search/papers/")


def test_api_permission_matrix_counts(client, archive, member, officer, outsider, board):
    assert api(client, member, q="licensing").json()["total"] == 1
    officer_view = api(client, officer, q="licensing").json()
    assert officer_view["total"] == 2 and any(h["to_review"] for h in officer_view["hits"])
    outsider_view = api(client, outsider, q="licensing").json()
    assert board.slug not in outsider_view["facets"]["board"]


def test_api_paging_and_validation(client, archive, admin_user):
    r = api(client, admin_user, q="licensing", page_size=1, page=2)
    assert r.status_code == 200 and r.json()["page"] == 2 and len(r.json()["hits"]) == 1
    assert api(client, admin_user, q="x", board="nope").status_code == 422
    assert api(client, admin_user, q="x", year_from=2022, year_to=2020).status_code == 422
    assert api(client, admin_user, q="x", page_size=500).status_code == 422


def test_api_board_filter_of_an_unseen_board_is_no_such_board(client, archive, member, other_board):
    r = api(client, member, q="licensing", board=other_board.slug)
    # Exists, but the member is not on it: they learn nothing more than from an unknown slug.
    assert r.status_code == 200 and r.json()["total"] == 0


# -- commands --------------------------------------------------------------------------------------


def test_cli_search_json_and_text(archive, board):
    out = io.StringIO()
    call_command("search", "licensing", "--json", "--board", board.slug, stdout=out)
    data = json.loads(out.getvalue())
    assert data["total"] == 2 and {h["type"] for h in data["hits"]} == {"paragraph", "activity"}
    out = io.StringIO()
    call_command("search", '"Welsh LGA"', "--public", stdout=out)
    text = out.getvalue().replace("] [", " ")  # PostgreSQL marks each word of a phrase
    assert "[Welsh LGA]" in text and text.startswith("1 result")


def test_cli_reindex(archive):
    out = io.StringIO()
    call_command("reindex", stdout=out)
    assert out.getvalue().startswith("Indexed ") and "3 activity" in out.getvalue()


def test_api_search_is_in_the_openapi_schema(client):
    schema = client.get("/api/openapi.json").json()
    paths = schema["paths"]
    assert "/api/search" in paths and "get" in paths["/api/search"]
    out = schema["components"]["schemas"]["SearchOut"]
    assert "too_common" in out["required"] and out["properties"]["too_common"]["type"] == "boolean"
    assert "stop words" in out["properties"]["too_common"]["description"]


def test_a_facet_that_counts_fewer_than_the_results_says_what_the_rest_are(client, archive, admin_user):
    from boardwork.activities.models import Organisation

    Organisation.objects.create(name="Licensing Standards Forum")
    client.force_login(admin_user)
    html = page(client, q="licensing")
    total = int(re.search(r'id="results-count"[^>]*>(\d+) results', html).group(1))
    boards = sum(
        int(n) for n in re.findall(r"board=[\w-]+\">[^<]+</a> <span class=\"bw-secondary\">\((\d+)\)", html)
    )
    assert boards == total - 1
    assert "1 result belongs to no board" in html
    assert "results belong to no board" not in page(client, q="licensing", type="activity")
