"""A signed-in request reads its session and user with plain statements (web/sessions.py,
web/throttle.ThrottledModelBackend.get_user): still afresh on every request, so whatever ends a
session or an account elsewhere (another server process, the admin) ends it on the next request,
cached page or not."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import timezone

from .web_fixtures import client_for, world_fixture  # noqa: F401


def signed_in(world):
    c = client_for(world, "officer")
    url = reverse("activities", args=["sscb"])
    assert c.get(url).status_code == 200
    assert c.get(url).status_code == 200  # the second from the page cache
    return c, url


def test_the_engine_reads_the_session_it_wrote(world):
    assert settings.SESSION_ENGINE == "boardwork.web.sessions"
    c, url = signed_in(world)
    session = c.session
    session["kept"] = "a value"
    session.save()
    from boardwork.web.sessions import SessionStore

    assert SessionStore(session.session_key)["kept"] == "a value"
    assert SessionStore("no-such-key").load() == {}


def test_a_session_deleted_elsewhere_is_signed_out_on_the_next_request(world):
    c, url = signed_in(world)
    Session.objects.all().delete()  # as signing out in another server process does
    r = c.get(url)
    assert r.status_code == 302 and r["Location"].startswith(reverse("login"))


def test_an_expired_session_is_signed_out(world):
    c, url = signed_in(world)
    Session.objects.update(expire_date=timezone.now() - dt.timedelta(seconds=1))
    assert c.get(url).status_code == 302


def test_a_deactivated_or_deleted_account_is_signed_out_at_once(world):
    c, url = signed_in(world)
    user = world.users["officer"]
    user.is_active = False
    user.save()
    assert c.get(url).status_code == 302
    user.is_active = True
    user.save()
    c, url = signed_in(world)
    user.delete()
    assert c.get(url).status_code == 302


def test_a_changed_password_ends_other_sessions(world):
    c, url = signed_in(world)
    user = world.users["officer"]
    user.set_password("a new password for the test")
    user.save()
    assert c.get(url).status_code == 302
