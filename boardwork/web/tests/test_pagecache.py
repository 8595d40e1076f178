"""The shared page cache (web/pagecache.py): one rendering per role and data version, never anyone
else's name, token or messages, and never a page older than the last committed change."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client
from django.urls import reverse

from boardwork.activities.models import Activity
from boardwork.boards.models import Membership, Person
from boardwork.papers.services import accept_all
from boardwork.web import pagecache

# A world per test: a transactional test below empties the tables.
from .web_fixtures import PASSWORD, client_for, fresh_world_fixture  # noqa: F401


def second_officer(world, name="deputy"):
    u = get_user_model().objects.create_user(name, password=PASSWORD)
    p = Person.objects.create(name="Dana Deputy", user=u)
    Membership.objects.create(board=world.board, person=p, role="officer")
    return u


def account_name(html: str) -> str:
    return re.search(r'<span class="bw-account__name">([^<]*)</span>', html).group(1)


def test_it_renders_a_page_once_for_everyone_with_the_role(world, django_assert_max_num_queries):
    url = reverse("activities", args=["sscb"])
    other = Client()
    other.force_login(second_officer(world))  # before the first visit: adding them is a change
    first = client_for(world, "officer").get(url)
    assert first.context is not None  # rendered
    # Their first visit looks up the board, their role and their name (3 queries besides the
    # session, user and data version); nothing about the records.
    with django_assert_max_num_queries(6):
        r = other.get(url)
    assert r.status_code == 200
    assert r.context is None  # served from the cache: no template was rendered
    assert world.activities[-1].title in r.content.decode()
    with django_assert_max_num_queries(3):
        assert other.get(url).status_code == 200


def test_it_shows_each_user_their_own_name(world):
    url = reverse("board", args=["sscb"])
    other = Client()
    other.force_login(second_officer(world))
    first = client_for(world, "officer").get(url)
    assert account_name(first.content.decode()) == "Officer"
    r = other.get(url)
    assert r.context is None  # the officer's copy
    html = r.content.decode()
    assert account_name(html) == "Dana Deputy"
    assert "<!--bw:" not in html and "bw-csrf-" not in html


def test_it_keeps_roles_apart(world):
    url = reverse("activities", args=["sscb"])
    officer_html = client_for(world, "officer").get(url).content.decode()
    assert "Quick add" in officer_html and "Add an activity" in officer_html
    member_html = client_for(world, "member").get(url).content.decode()
    assert "Quick add" not in member_html and "Add an activity" not in member_html
    # And the other way round: the member's copy is not what the next officer gets.
    assert "Quick add" in client_for(world, "admin").get(url).content.decode()


def test_it_gives_each_visitor_a_csrf_token_that_works(world):
    url = reverse("activities", args=["sscb"])
    other = Client(enforce_csrf_checks=True)
    other.force_login(second_officer(world))
    client_for(world, "officer").get(url)  # cached with the officer's session
    r = other.get(url)
    assert r.context is None  # the officer's copy
    html = r.content.decode()
    form = html[html.index('class="bw-quick"') :]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    r = other.post(
        reverse("activity_quick_add", args=["sscb"]),
        {"csrfmiddlewaretoken": token, "text": "Spoke at the LGA conference", "date": "", "kind": ""},
    )
    assert r.status_code == 302, r.content.decode()[:500]
    assert Activity.objects.filter(text="Spoke at the LGA conference").exists()
    # The new activity is on the log at once: the write raised the data version.
    assert "Spoke at the LGA conference" in other.get(url).content.decode()


def test_it_shows_flash_messages_once(world):
    c = client_for(world, "officer")
    url = reverse("commitment", args=["sscb", world.commitment.uid])
    c.get(url)
    r = c.post(url, {"quarter": 2, "rag": "amber", "commentary": "Slipping a little"}, follow=True)
    assert "Q2 update saved." in r.content.decode() and "Slipping a little" in r.content.decode()
    assert "Q2 update saved." not in c.get(url).content.decode()


def test_it_follows_changes_made_outside_a_request(world):
    """An import's bulk accept writes with QuerySet.update (no model signals)."""
    url = reverse("activities", args=["sscb"]) + "?review=to_review"
    c = client_for(world, "officer")
    assert "Wrote to the Home Office" in c.get(url).content.decode()
    assert accept_all(world.paper, world.users["officer"]) == 1
    assert "Wrote to the Home Office" not in c.get(url).content.decode()


def test_it_serves_other_boards_nothing(world):
    url = reverse("board", args=["sscb"])
    client_for(world, "officer").get(url)
    assert client_for(world, "outsider").get(url).status_code == 404
    assert client_for(world, "anonymous").get(url).status_code == 302


@pytest.fixture
def version_row(transactional_db):
    # Transactional tests end by emptying every table, the migration's data version row included.
    from boardwork.web.models import DataVersion

    DataVersion.objects.get_or_create(pk=1)


@pytest.mark.usefixtures("version_row")
def test_the_version_rises_only_once_the_change_is_committed(django_capture_on_commit_callbacks):
    from boardwork.boards.models import Board

    before = pagecache.data_version()
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            Board.objects.create(name="Fire Commission", slug="fire")
            # A page rendered now, before the commit, could only be stored under the old version.
            assert pagecache.data_version() == before
    assert pagecache.data_version() > before
    # A rolled-back change raises nothing.
    now = pagecache.data_version()
    with pytest.raises(RuntimeError):
        with transaction.atomic():
            Board.objects.create(name="Gone", slug="gone")
            raise RuntimeError
    assert pagecache.data_version() == now


def test_it_can_be_turned_off(world, settings):
    settings.PAGE_CACHE = False
    url = reverse("theme", args=["sscb", world.theme.uid])
    c = client_for(world, "officer")
    c.get(url)
    assert c.get(url).context is not None  # rendered again


def test_the_api_log_is_shared_by_role_and_reads_as_a_fresh_one(world, settings):
    url = "/api/boards/sscb/activities?page_size=50"
    officer, member = client_for(world, "officer"), client_for(world, "member")
    cached = [officer.get(url).json() for _ in range(2)]
    member_json = member.get(url).json()
    settings.PAGE_CACHE = False
    fresh = officer.get(url).json()
    assert cached[0] == cached[1] == fresh
    assert "Wrote to the Home Office" in str(fresh)  # officers see records to review
    assert "Wrote to the Home Office" not in str(member_json)
    assert member_json["count"] == fresh["count"] - 1
    settings.PAGE_CACHE = True
    world.activity.title = "Retitled"
    world.activity.save()
    assert "Retitled" in str(officer.get(url).json())


def test_a_removed_member_loses_access_at_once(world):
    c = client_for(world, "member")
    url = reverse("board", args=["sscb"])
    assert c.get(url).status_code == 200
    Membership.objects.filter(person__user=world.users["member"]).delete()
    assert c.get(url).status_code == 404
    assert c.get("/api/boards/sscb/activities").status_code == 404


def test_an_officer_made_a_member_can_no_longer_edit(world):
    c = client_for(world, "officer")
    log = reverse("activities", args=["sscb"])
    assert "Quick add" in c.get(log).content.decode()
    assert c.get(reverse("activity_add", args=["sscb"])).status_code == 200
    Membership.objects.filter(person__user=world.users["officer"]).update(role="member")
    Membership.objects.get(person__user=world.users["officer"]).save()  # as the admin form would
    assert "Quick add" not in c.get(log).content.decode()
    assert c.get(reverse("activity_add", args=["sscb"])).status_code == 403


def test_renamed_theme_and_organisation_show_in_log_rows_at_once(world):
    c = client_for(world, "officer")
    url = reverse("activities", args=["sscb"])
    html = c.get(url).content.decode()
    assert world.org.name in html
    world.theme.title = "Streets safe at night"
    world.theme.save()
    world.org.name = "Home Office (renamed)"
    world.org.save()
    html = c.get(url).content.decode()
    assert "Streets safe at night" in html and "Home Office (renamed)" in html


@pytest.mark.usefixtures("version_row")
def test_a_transaction_raises_the_version_once_however_much_it_writes():
    from boardwork.boards.models import Board

    before = pagecache.data_version()
    with transaction.atomic():
        for i in range(5):
            Board.objects.create(name=f"Board {i}", slug=f"board-{i}")
        with pytest.raises(RuntimeError), transaction.atomic():  # a savepoint rolled back
            Board.objects.create(name="Gone", slug="gone")
            raise RuntimeError
    assert pagecache.data_version() == before + 1
    # A write after a rolled-back savepoint still raises it: its callback went with the savepoint.
    with transaction.atomic():
        with pytest.raises(RuntimeError), transaction.atomic():
            Board.objects.create(name="Gone", slug="gone")
            raise RuntimeError
        Board.objects.create(name="Kept", slug="kept")
    assert pagecache.data_version() == before + 2


def test_organisation_pages_count_only_the_boards_each_user_can_see(world):
    from boardwork.activities.models import ActivityOrganisation

    # The Home Office worked with the other board too: only its officer and admins count that.
    ActivityOrganisation.objects.create(activity=world.other_activity, organisation=world.org)
    url = reverse("organisation", args=[world.org.uid])
    officer_html = client_for(world, "officer").get(url).content.decode()
    outsider = client_for(world, "outsider").get(url)
    assert outsider.context is not None  # not the officer's copy: other boards, other scope
    assert "Other board&#x27;s work" in outsider.content.decode()
    assert "Other board&#x27;s work" not in officer_html
    admin = client_for(world, "admin").get(url)
    assert "Merge" in admin.content.decode() and "Merge" not in officer_html
    assert client_for(world, "nobody").get(url).status_code == 404


@pytest.mark.parametrize("name", ["plan", "meetings", "meeting"])
def test_plan_and_meeting_pages_are_shared_and_follow_changes(world, name, django_assert_max_num_queries):
    from boardwork.boards.models import Meeting

    m = Meeting.objects.filter(board=world.board).first()
    args = ["sscb", m.uid] if name == "meeting" else ["sscb"]
    url = reverse(name, args=args)
    officer = client_for(world, "officer")
    first = officer.get(url)
    assert first.status_code == 200 and first.context is not None  # rendered once
    with django_assert_max_num_queries(8):
        again = officer.get(url)
    assert again.status_code == 200 and again.context is None  # served from the cache
    # A change to the records is shown at once: the next request renders the page afresh.
    m.place = "Guildhall, Room 3"
    m.save()
    fresh = officer.get(url)
    assert fresh.context is not None
    if name != "plan":
        assert "Guildhall, Room 3" in fresh.content.decode()


def test_the_change_log_is_shared_and_shows_a_new_change_at_once(world, django_assert_max_num_queries):
    url = reverse("changes", args=["sscb"])
    officer = client_for(world, "officer")
    assert officer.get(url).context is not None
    with django_assert_max_num_queries(8):
        again = officer.get(url)
    assert again.status_code == 200 and again.context is None  # from the cache
    a = world.activities[0]
    a.title = "Renamed for the change log"
    a.save()
    from boardwork.boards.models import Change

    Change.record(a, action="edit", changes={"title": ["before", a.title]})
    fresh = officer.get(url)
    assert fresh.context is not None and "Renamed for the change log" in fresh.content.decode()


def test_an_activity_edit_keeps_who_sees_what_and_a_renamed_person_shows_at_once(world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    c = client_for(world, "officer")
    url = reverse("activities", args=["sscb"])
    c.get(url)
    a = world.activities[-1]
    a.title = "Edited after the first visit"
    a.save()
    with CaptureQueriesContext(connection) as ctx:
        html = c.get(url).content.decode()
    assert "Edited after the first visit" in html  # the page itself is rebuilt
    # The board, the role on it and the account name were kept: activities decide none of them.
    read = " ".join(q["sql"] for q in ctx.captured_queries)
    assert "boards_membership" not in read and "boards_person" not in read
    person = world.users["officer"].person
    person.name = "Olive Officer"
    person.save()
    assert account_name(c.get(url).content.decode()) == "Olive Officer"


def test_the_log_filters_follow_a_renamed_theme_and_the_values_asked_for(world):
    c = client_for(world, "officer")
    url = reverse("activities", args=["sscb"])
    c.get(url)
    world.theme.title = "Streets safe at night"
    world.theme.save()
    html = c.get(url).content.decode()
    option = re.search(rf'<option value="{world.theme.uid}"[^>]*>([^<]*)</option>', html).group(1)
    assert option.endswith(": Streets safe at night")
    # The filter form cached for one query is not shown for another.
    html = c.get(url + "?q=licensing").content.decode()
    assert 'value="licensing"' in html
    assert 'value="licensing"' not in c.get(url).content.decode()


def test_an_activity_added_keeps_the_board_and_role_every_request_looks_up(world):
    """A new activity's organisation links are a bulk write (records_changed): they make pages
    stale, but cannot change a board, a person or a membership, so the facts kept under the
    second version survive them (issue #12's soak lost them once per activity added)."""
    import json

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from boardwork.boards.signals import records_changed

    from .web_fixtures import api_client

    c = client_for(world, "officer")
    url = reverse("activities", args=["sscb"])
    c.get(url)
    body = {"text": "Met the Home Office", "cycle": str(world.cycle.uid), "kinds": ["event"],
            "organisations": [{"organisation": str(world.org.uid), "role": "partner"}]}  # fmt: skip
    r = api_client(world, "officer").post("/api/boards/sscb/activities", json.dumps(body), "application/json")
    assert r.status_code == 201
    with CaptureQueriesContext(connection) as ctx:
        html = c.get(url).content.decode()
    assert "Met the Home Office" in html  # the writer sees the new activity at once
    read = " ".join(q["sql"] for q in ctx.captured_queries)
    assert "boards_membership" not in read and "boards_board" not in read
    # A bulk write to boards, people or memberships (or of unknown kind) still raises both.
    for sender in (Membership, None):
        records_changed.send(sender=sender)
        with CaptureQueriesContext(connection) as ctx:
            c.get(url)
        assert "boards_membership" in " ".join(q["sql"] for q in ctx.captured_queries), sender


def test_a_page_built_by_one_server_process_is_found_by_the_others(world, settings, tmp_path):
    """settings.PAGE_CACHE_SHARED: a page built in one process is kept in files the others read,
    under the same key (data version, role, date), so it is built once per change, not once per
    process, and a change is seen by every process at once. Another process is this one with its
    own memory emptied."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE_SHARED = True
    settings.CACHES = {
        **settings.CACHES,
        "pages": {**settings.CACHES["pages"], "LOCATION": str(tmp_path / "cache" / "pages")},
    }
    c = client_for(world, "officer")
    url = reverse("activities", args=["sscb"])
    first = c.get(url).content.decode()
    assert list((tmp_path / "cache" / "pages").iterdir())  # kept for the other processes
    cache.clear()  # another process: nothing in its memory
    with CaptureQueriesContext(connection) as ctx:
        again = c.get(url)
    assert again.context is None  # not rendered here: read from the shared files
    read = " ".join(q["sql"] for q in ctx.captured_queries)
    assert "activities_activity" not in read
    strip = lambda html: re.sub(r'value="[^"]{20,}"', "", html)  # noqa: E731 (each visit's CSRF token)
    assert strip(again.content.decode()) == strip(first)
    # A change gives every process a new key: none serves the page from before it.
    a = world.activities[-1]
    a.title = "Edited in another process"
    a.save()
    cache.clear()
    assert "Edited in another process" in c.get(url).content.decode()
    pagecache.clear_shared()
    assert not list((tmp_path / "cache" / "pages").iterdir())


def test_the_quick_adds_errors_show_after_its_empty_fields_were_kept(world):
    """The log's empty quick add fields are kept once for every log page; a quick add that fails
    is shown with what was typed and the error, not the kept empty fields."""
    c = client_for(world, "officer")
    c.get(reverse("activities", args=["sscb"]))
    r = c.post(
        reverse("activity_quick_add", args=["sscb"]), {"text": "Met the LGA", "date": "31 Smarch", "kind": ""}
    )
    assert r.status_code == 400
    quick = r.content.decode()
    quick = quick[quick.index('class="bw-quick"') :]
    assert 'value="Met the LGA"' in quick and 'value="31 Smarch"' in quick
    assert "govuk-error-message" in quick


def test_a_shared_page_needs_a_board_or_a_scope(rf):
    # Without either, every such page would share one scope: one user's page served to another.
    with pytest.raises(TypeError):
        pagecache.render_shared(rf.get("/"), "web/home.html", dict)
