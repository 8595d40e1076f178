# ruff: noqa: F811  (the fixtures are imported from test_journeys and used as parameters)
"""Browser journey for a paper written in the background (docs/adr/0012): the compose page's
Download, with the job left on the queue as in production, leads to the page that follows the job;
it refreshes itself without JavaScript, and once the worker has written the paper it offers the
file. Then a paper that could not be written. Same rules as test_journeys.py: Debian's chromium,
axe on every page (no serious or critical violation), no console errors; screenshots of the
waiting, done and failed pages."""

from __future__ import annotations

import re
from pathlib import Path

from django.test import override_settings

from boardwork.papers.models import RenderJob
from boardwork.papers.services import rendering

from .test_journeys import browser, demo, pytestmark, requests_held, session, shots_dir  # noqa: F401

# Jobs stay on the queue until the test runs them, as when the worker has not got to them yet.
QUEUED = override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}})


def test_a_download_waits_for_its_job_then_offers_the_file(session):
    s = session("render")
    p = s.page
    s.sign_in("officer", "boardwork-officer")
    p.goto("/boards/sscb/papers/compose/")
    p.get_by_label("End of year report").check()
    p.get_by_label("Cycle").select_option(label="2020/21")
    p.get_by_label("Word (.docx)").check()
    with QUEUED:
        with p.expect_navigation():
            p.get_by_role("button", name="Download").click()
        assert re.search(r"/papers/renders/[0-9a-f-]{36}/$", p.url), p.url
        job = RenderJob.objects.get()
        assert job.status == RenderJob.Status.QUEUED
        main = p.inner_text("main")
        assert "Writing your paper" in main and "Download" not in main
        # No whole-page refresh (axe's meta-refresh: it restarts a screen reader); the status is
        # asked for in place, and a link asks without JavaScript.
        assert p.locator('meta[http-equiv="refresh"]').count() == 0
        assert p.get_by_role("link", name="Check if it is ready").count() == 1
        s.check("render-waiting")

        with requests_held(p, re.compile(r"/papers/renders/")):
            rendering.run(job.pk)  # the worker writes it
        # The page asks again every 2 s and shows the file in place, in a live region.
        p.wait_for_selector("text=Your paper is ready", timeout=15_000)
    assert p.locator("[aria-live=polite] >> text=Your paper is ready").count() == 1
    assert p.title().startswith("Your paper is ready")
    s.check("render-done")
    link = p.get_by_role("link", name=re.compile(r"^Download .+\.docx$"))
    with p.expect_download() as dl:
        link.click()
    assert dl.value.suggested_filename.endswith(".docx")
    path = dl.value.path()
    assert path and Path(path).read_bytes()[:2] == b"PK"
    # Back leads to where the paper was asked for.
    with p.expect_navigation():
        p.get_by_role("link", name=re.compile("^Back")).click()
    assert p.url.endswith("/boards/sscb/papers/compose/")

    # A paper that could not be written says why in one line, and how to try again.
    failed = RenderJob.objects.create(
        board=job.board,
        spec=job.spec,
        spec_key="failed-in-the-journey",
        status=RenderJob.Status.FAILED,
        message="writing needed more than 1024 MB of memory",
    )
    p.goto(f"/papers/renders/{failed.uid}/")
    main = p.inner_text("main")
    assert "could not be written" in main and "Writing needed more than 1024 MB of memory." in main
    s.check("render-failed")
