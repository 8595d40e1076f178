"""Every file of the hostile corpus (tests/data/hostile/make_hostile.py) through the three doors an
outside file comes in by — `boardwork parse`, the web upload and the API upload: each is refused
(or, where that is fair, read) within the limits, with one clear line, and a refused file leaves
nothing stored. The limits are lowered here so the whole corpus takes seconds, not minutes."""

from __future__ import annotations

import io
import re
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

sys.path.insert(0, str(Path(__file__).resolve().parent / "data" / "hostile"))
import make_hostile  # noqa: E402

SECONDS = 0.3  # the parse limit while the corpus runs
# What a refusal may take beyond the limit on a loaded machine: starting the worker, killing it.
# The suite runs on two workers beside browser journeys (Chromium), and a request has once taken
# 12.8 s there against a 0.3 s parse limit (cause not found yet; alone the whole corpus takes ~8 s).
# The grace still fails a reader that runs on unchecked (they ran for minutes before the sandbox);
# the limits themselves are timed tightly in papers/tests/test_sandbox.py.
GRACE = 20.0
HOSTILE = [h for h in make_hostile.corpus() if h.expect != "read"]
CONTROLS = [h for h in make_hostile.corpus() if h.expect == "read"]


def one_line(message: str) -> bool:
    return (
        bool(message.strip())
        and "\n" not in message.strip()
        and len(message) < 400
        and "Traceback" not in message
    )


@pytest.fixture
def limits(settings, tmp_path, monkeypatch):
    from boardwork.web import throttle

    settings.MAX_PARSE_SECONDS = SECONDS
    settings.MAX_PARSE_MB = 400
    settings.MAX_UPLOAD_MB = 1
    settings.MEDIA_ROOT = tmp_path / "media"
    monkeypatch.setattr(throttle, "READS_PER_HOUR", 10_000)
    # Start the sandbox's fork server before timing anything (it starts once per process).
    from boardwork.papers import sandbox

    sandbox.read_untrusted(b"warm up", "warm.txt")
    return settings


def stored_files(settings) -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_the_corpus_is_big_and_varied():
    assert len(make_hostile.corpus()) >= 80
    kinds = {h.kind for h in make_hostile.corpus()}
    for kind in ("zip bomb", "XML bomb", "PDF bomb", "slow PDF", "truncated", "lying name", "encrypted",
                 "huge name", "deep nesting", "giant text"):  # fmt: skip
        assert kind in kinds


def _parse(path: Path) -> tuple[int, str, float]:
    err = io.StringIO()
    started = time.monotonic()
    code = 0
    try:
        call_command("parse", str(path), stdout=io.StringIO(), stderr=err)
    except SystemExit as e:
        code = e.code
    return code, err.getvalue(), time.monotonic() - started


def test_cli_parse_refuses_each_hostile_file_within_the_limit(limits, tmp_path):
    folder = tmp_path / "in"
    paths = make_hostile.write(folder)
    by_path = dict(zip(paths, make_hostile.corpus(), strict=True))
    todo = [p for p in paths if by_path[p].expect != "read"]
    # The command reads each file in its own worker process: several at once.
    with ThreadPoolExecutor(3) as pool:
        outcomes = list(pool.map(_parse, todo))
    problems = []
    for path, (code, err, took) in zip(todo, outcomes, strict=True):
        h = by_path[path]
        if took > SECONDS + GRACE:
            problems.append(f"{h.name}: took {took:.1f} s")
        if code == 0 and h.expect == "refused":
            problems.append(f"{h.name}: read, but should have been refused")
        if code not in (0, 2):
            problems.append(f"{h.name}: exit status {code}")
        if code == 2 and not (one_line(err) and err.startswith(f"boardwork parse: {path}: ")):
            problems.append(f"{h.name}: not one clear line: {err!r}")
    assert problems == [], "\n".join(problems)


def test_web_upload_refuses_each_hostile_file_and_stores_nothing(limits, board, officer):
    from boardwork.papers.models import ReadJob, StoredPaper

    client = Client()
    client.force_login(officer)
    url = reverse("upload", args=[board.slug])
    problems = []
    for h in HOSTILE:
        papers, files = StoredPaper.objects.count(), stored_files(limits)
        started = time.monotonic()
        r = client.post(url, {"files": [SimpleUploadedFile(h.name, h.data)]})
        took = time.monotonic() - started
        if took > SECONDS + GRACE:
            problems.append(f"{h.name}: took {took:.1f} s")
        if r.status_code == 302:  # read and imported: allowed for "either"
            if h.expect == "refused":
                problems.append(f"{h.name}: imported, but should have been refused")
            StoredPaper.objects.all().delete()  # the next file starts from nothing stored
            continue
        if r.status_code not in (400, 413):
            problems.append(f"{h.name}: status {r.status_code}")
            continue
        job = ReadJob.objects.filter(filename=h.name[:300]).order_by("-pk").first()
        page = r.content.decode()
        if job is not None:
            if job.status != ReadJob.Status.REFUSED or not one_line(job.message):
                problems.append(f"{h.name}: job {job.status} {job.message!r}")
            elif escape(job.message[1:60]) not in page:  # the page capitalises the first letter
                problems.append(f"{h.name}: the reason is not on the page")
            if job.data:
                problems.append(f"{h.name}: the upload is kept in the job after it ran")
        # (No job found: the name was one Django's upload rewrites, e.g. "../../etc/passwd.txt".)
        elif not re.search(r"limit is|accepts at most|empty|cannot be read|longer than the|more than", page):
            problems.append(f"{h.name}: refused without a reason on the page")
        if StoredPaper.objects.count() != papers or stored_files(limits) != files:
            problems.append(f"{h.name}: refused, but something was stored")
    assert problems == [], "\n".join(problems)


def test_api_upload_refuses_each_hostile_file_and_stores_nothing(limits, board, officer):
    from boardwork.boards.models import ApiToken
    from boardwork.papers.models import StoredPaper

    _, key = ApiToken.issue(officer, "hostile")
    client = Client(headers={"Authorization": f"Bearer {key}"})
    url = f"/api/boards/{board.slug}/papers"
    problems = []
    for h in HOSTILE:
        papers, files = StoredPaper.objects.count(), stored_files(limits)
        started = time.monotonic()
        r = client.post(url, {"file": SimpleUploadedFile(h.name, h.data)})
        took = time.monotonic() - started
        if took > SECONDS + GRACE:
            problems.append(f"{h.name}: took {took:.1f} s")
        if r.status_code in (200, 201):
            if h.expect == "refused":
                problems.append(f"{h.name}: imported, but should have been refused")
            StoredPaper.objects.all().delete()
            continue
        if r.status_code not in (413, 422):
            problems.append(f"{h.name}: status {r.status_code} {r.content[:200]!r}")
            continue
        detail = r.json()["detail"]
        message = detail if isinstance(detail, str) else detail[0]["msg"]
        if not one_line(message):
            problems.append(f"{h.name}: not one clear line: {message!r}")
        if StoredPaper.objects.count() != papers or stored_files(limits) != files:
            problems.append(f"{h.name}: refused, but something was stored")
    assert problems == [], "\n".join(problems)


def test_good_files_in_every_format_still_get_through(settings, tmp_path, board, officer):
    settings.MEDIA_ROOT = tmp_path / "media"
    client = Client()
    client.force_login(officer)
    for h in CONTROLS:
        r = client.post(reverse("upload", args=[board.slug]), {"files": [SimpleUploadedFile(h.name, h.data)]})
        assert r.status_code == 302, (h.name, r.content[:500])
