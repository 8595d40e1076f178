"""Issue #12's limits: request size before the body is read, anonymous uploads, throttling of every
sign-in door and of expensive calls, private pages not stored, session timeouts, long file names,
background read jobs and one extraction at a time."""

from __future__ import annotations

import io
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, RequestFactory
from django.urls import reverse

from boardwork.web import throttle

GOOD = b"Safer and Stronger Communities Board\n\n1. Purpose\n\nTo note the report of the year.\n"
PASSWORD = "correct-horse-battery"  # conftest's personas


class Untouchable(io.RawIOBase):
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = readinto = read


def raw_post(client: Client, path: str, length: int, **headers):
    # The test client builds real WSGI requests; replace the body with one that must not be read.
    return client.generic(
        "POST",
        path,
        b"",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(length),
        **{"wsgi.input": Untouchable()},
        **headers,
    )


# -- request size and anonymous uploads --------------------------------------------------------


def test_an_oversized_upload_is_refused_before_its_body_is_read(officer, board, settings):
    settings.MAX_UPLOAD_MB = 1
    c = Client()
    c.force_login(officer)
    r = raw_post(c, reverse("upload", args=[board.slug]), 12 * 1024 * 1024)
    assert r.status_code == 413
    assert "Boardwork accepts at most 11 MB here" in r.content.decode()  # 10 files of 1 MB + 1 MB


def test_the_api_upload_cap_is_one_file(officer, board, settings):
    from boardwork.boards.models import ApiToken

    settings.MAX_UPLOAD_MB = 1
    _, key = ApiToken.issue(officer, "t")
    r = raw_post(Client(), "/api/papers/parse", 3 * 1024 * 1024, HTTP_AUTHORIZATION=f"Bearer {key}")
    assert r.status_code == 413 and "at most 2 MB" in r.json()["detail"]


def test_other_requests_are_small(member, board, settings):
    settings.MAX_REQUEST_MB = 1
    c = Client()
    c.force_login(member)
    r = raw_post(c, "/api/boards/sscb/activities", 2 * 1024 * 1024)
    assert r.status_code == 413


def test_an_anonymous_upload_is_refused_before_its_body_is_read(board):
    r = raw_post(Client(), "/api/papers/parse", 1024 * 1024)
    assert r.status_code == 401 and "Sign in" in r.json()["detail"]
    r = raw_post(Client(), f"/api/boards/{board.slug}/papers", 1024 * 1024)
    assert r.status_code == 401
    r = raw_post(Client(), reverse("upload", args=[board.slug]), 1024 * 1024)
    assert r.status_code == 302 and reverse("login") in r["Location"]
    # A wrong token is no better than none.
    r = raw_post(Client(), "/api/papers/parse", 1024 * 1024, HTTP_AUTHORIZATION="Bearer nope")
    assert r.status_code == 401


def test_a_body_longer_than_its_content_length_is_cut_off_at_the_cap(settings):
    from django.core.exceptions import RequestDataTooBig

    from boardwork.web.middleware import _CappedStream

    stream = _CappedStream(io.BytesIO(b"x" * 5000), 4096)
    stream.read(4000)
    with pytest.raises(RequestDataTooBig):
        stream.read(1000)


# -- sign-in throttle -----------------------------------------------------------------------------


def sign_in(username, password, address="10.0.0.1", url=None):
    c = Client(REMOTE_ADDR=address)
    r = c.post(url or reverse("login"), {"username": username, "password": password})
    return r, c


def test_admin_login_is_throttled_like_the_sign_in_page(admin_user):
    url = "/admin/login/"
    for _ in range(throttle.SIGN_IN_FAILURES):
        r, _ = sign_in(admin_user.username, "wrong-password", url=url)
        assert r.status_code == 200
    # The right password from the same address is paused now…
    r, c = sign_in(admin_user.username, PASSWORD, url=url)
    assert r.status_code == 200 and "_auth_user_id" not in c.session
    # …while the same account from another address is not locked out.
    r, c = sign_in(admin_user.username, PASSWORD, address="10.0.0.2", url=url)
    assert r.status_code == 302 and c.session.get("_auth_user_id")


def test_the_count_is_shared_by_every_sign_in_door(officer):
    for i in range(throttle.SIGN_IN_FAILURES):
        sign_in("officer", "wrong", url="/admin/login/" if i % 2 else reverse("login"))
    r, _ = sign_in("officer", PASSWORD)
    assert "too many failed attempts" in r.content.decode()


def test_after_the_pause_the_right_password_works(officer):
    for _ in range(throttle.SIGN_IN_FAILURES):
        sign_in("officer", "wrong")
    assert throttle.sign_in_pause("officer", "10.0.0.1") > 0
    from boardwork.web.models import Throttle

    # Let the pause run out.
    Throttle.objects.update(expires=Throttle.objects.first().expires.replace(year=2000))
    r, c = sign_in("officer", PASSWORD)
    assert r.status_code == 302


def test_a_distributed_guesser_cannot_lock_the_real_user_out(officer, monkeypatch):
    monkeypatch.setattr(throttle, "ACCOUNT_FAILURES", 6)
    sign_in("officer", PASSWORD, address="192.0.2.7")  # the officer's usual address
    for i in range(8):  # one guess each from many addresses
        sign_in("officer", "wrong", address=f"198.51.100.{i}")
    # New addresses are paused for this account now…
    r, c = sign_in("officer", PASSWORD, address="203.0.113.9")
    assert r.status_code == 200 and "_auth_user_id" not in c.session
    # …but the officer's known address still gets in.
    r, c = sign_in("officer", PASSWORD, address="192.0.2.7")
    assert r.status_code == 302


def test_counters_are_hashed_and_shared_in_the_database(officer):
    from boardwork.web.models import Throttle

    sign_in("officer", "wrong")
    keys = list(Throttle.objects.values_list("key", flat=True))
    assert keys and not any("officer" in k or "10.0.0.1" in k for k in keys)


def test_bad_api_tokens_are_throttled_per_address(db, monkeypatch):
    monkeypatch.setattr(throttle, "BAD_TOKENS", 3)
    codes = [
        Client(REMOTE_ADDR="10.9.9.9").get("/api/me", HTTP_AUTHORIZATION=f"Bearer guess{i}").status_code
        for i in range(5)
    ]
    assert codes == [401, 401, 401, 429, 429]
    assert Client(REMOTE_ADDR="10.9.9.8").get("/api/me", HTTP_AUTHORIZATION="Bearer x").status_code == 401


def test_file_reads_are_throttled_per_person(member, monkeypatch):
    monkeypatch.setattr(throttle, "READS_PER_HOUR", 2)
    c = Client()
    c.force_login(member)
    codes = [
        c.post("/api/papers/parse", {"file": SimpleUploadedFile("a.txt", GOOD)}).status_code for _ in range(3)
    ]
    assert codes == [200, 200, 429]


# -- private pages, sessions, passwords ------------------------------------------------------------


def test_signed_in_pages_are_not_stored(member, board):
    c = Client()
    c.force_login(member)
    r = c.get(reverse("board", args=[board.slug]))
    assert r.status_code == 200
    assert "no-store" in r["Cache-Control"] and "private" in r["Cache-Control"]
    api = c.get("/api/me")
    assert "no-store" in api["Cache-Control"]
    public = Client().get(reverse("public_papers"))
    assert "no-store" not in public.get("Cache-Control", "")


def test_an_idle_session_ends(member, board, settings):
    from boardwork.web.middleware import LAST_SEEN

    c = Client()
    c.force_login(member)
    assert c.get(reverse("board", args=[board.slug])).status_code == 200
    session = c.session
    session[LAST_SEEN] = int(time.time()) - settings.SESSION_IDLE_SECONDS - 5
    session.save()
    r = c.get(reverse("board", args=[board.slug]))
    assert r.status_code == 302 and reverse("login") in r["Location"]


def test_a_session_ends_after_its_absolute_lifetime_however_active(member, board, settings):
    from boardwork.web.middleware import LAST_SEEN, SIGNED_IN_AT

    c = Client()
    c.force_login(member)
    c.get(reverse("board", args=[board.slug]))
    session = c.session
    session[SIGNED_IN_AT] = int(time.time()) - settings.SESSION_COOKIE_AGE - 5
    session[LAST_SEEN] = int(time.time())
    session.save()
    r = c.get(reverse("board", args=[board.slug]))
    assert r.status_code == 302


def test_an_active_session_lives_on(member, board):
    c = Client()
    c.force_login(member)
    for _ in range(3):
        assert c.get(reverse("board", args=[board.slug])).status_code == 200


# -- file names, jobs, extraction ------------------------------------------------------------------


def test_a_long_non_ascii_file_name_is_stored_shortened(officer, board, settings, tmp_path):
    from boardwork.papers.models import StoredPaper

    settings.MEDIA_ROOT = tmp_path
    c = Client()
    c.force_login(officer)
    name = "é" * 128 + ".txt"  # 260 bytes: more than a file system allows in one name
    r = c.post(reverse("upload", args=[board.slug]), {"files": [SimpleUploadedFile(name, GOOD)]})
    assert r.status_code == 302
    paper = StoredPaper.objects.get()
    assert paper.filename == name  # the full name is kept to show
    stored = paper.file.name.rsplit("/", 1)[-1]
    assert len(stored.encode()) <= 130 and stored.endswith(".txt")
    assert paper.file.open("rb").read() == GOOD


@pytest.fixture
def queued_tasks(settings):
    """The production queue (django-tasks-db) instead of running tasks as they are enqueued."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend"}
    }  # django-tasks resets on change


def test_an_upload_returns_at_once_and_the_page_follows_the_job(
    officer, board, settings, tmp_path, queued_tasks
):
    from boardwork.papers import jobs
    from boardwork.papers.models import ReadJob, StoredPaper

    settings.MEDIA_ROOT = tmp_path
    c = Client()
    c.force_login(officer)
    r = c.post(reverse("upload", args=[board.slug]), {"files": [SimpleUploadedFile("eoy.txt", GOOD)]})
    assert r.status_code == 302 and "/papers/upload/jobs/?job=" in r["Location"]
    assert not StoredPaper.objects.exists()  # nothing read yet: the request did not wait
    waiting = c.get(r["Location"])
    assert waiting.status_code == 200
    page = waiting.content.decode()
    assert "Reading your papers" in page and "Waiting" in page and "1 file: 1 still to read." in page
    # Asked for in place (htmx) or by a link, never by a whole-page refresh (axe "meta-refresh").
    assert 'http-equiv="refresh"' not in page and 'hx-trigger="every 2s"' in page
    assert "Check if they are ready" in page
    # The worker runs the job; the same page now shows the result and stops asking.
    job = ReadJob.objects.get()
    assert jobs.run(job.pk) == "done"
    done = c.get(r["Location"]).content.decode()
    assert "hx-trigger" not in done and "Check if they are ready" not in done
    assert "Imported" in done and "1 file: 1 imported." in done
    assert ReadJob.objects.get().data == b""  # the upload is not kept
    # Nobody else is shown the job: signed out, the sign-in page; another officer, the papers list.
    assert "next=" in Client().get(r["Location"])["Location"]


def test_the_api_answers_202_with_the_job_while_it_waits(officer, board, queued_tasks):
    from boardwork.boards.models import ApiToken
    from boardwork.papers import jobs
    from boardwork.papers.models import ReadJob

    _, key = ApiToken.issue(officer, "t")
    c = Client(headers={"Authorization": f"Bearer {key}"})
    r = c.post("/api/papers/parse", {"file": SimpleUploadedFile("a.txt", GOOD)})
    assert r.status_code == 202
    body = r.json()
    assert body["status"] == "queued" and body["result"] is None
    jobs.run(ReadJob.objects.get().pk)
    done = c.get(body["url"]).json()
    assert done["status"] == "done" and done["result"]["blocks"]


def test_only_one_extraction_of_a_paper_at_a_time(officer, board, settings, tmp_path, queued_tasks):
    from boardwork.boards.models import ApiToken
    from boardwork.papers.models import StoredPaper

    paper = StoredPaper.objects.create(board=board, title="A paper", structure={"blocks": []})
    _, key = ApiToken.issue(officer, "t")
    c = Client(headers={"Authorization": f"Bearer {key}"})
    first = c.post(f"/api/papers/{paper.uid}/extract")
    assert first.status_code == 202
    again = c.post(f"/api/papers/{paper.uid}/extract")
    assert again.status_code == 409


def test_client_address_trusts_only_our_own_proxy(settings):
    rf = RequestFactory()
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 192.0.2.1")
    settings.SECURE_PROXY_SSL_HEADER = None
    assert throttle.client_address(request) == "10.0.0.1"
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    assert throttle.client_address(request) == "192.0.2.1"
