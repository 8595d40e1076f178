# ruff: noqa: F811  (the fixtures are imported from test_journeys and used as parameters)
"""Browser journey for an upload read in the background (papers/jobs.py): with the job left on
the queue as in production, the upload leads to "Reading your papers", which names the file, says
how many files and what happens next, and asks for the job's status in place (htmx, in a live
region; a link without JavaScript; no whole-page refresh, axe's "meta-refresh"). Once the worker
has read the file, the same page shows it imported and links to its review screen. Then an upload
the worker refused says why and what to do. Same rules as test_journeys.py: Debian's chromium, axe
on every page, no console errors; screenshots of the waiting, done and refused pages."""

from __future__ import annotations

import re

from django.test import override_settings

from boardwork.papers import jobs
from boardwork.papers.models import ReadJob

from .test_journeys import CORPUS, browser, demo, pytestmark, requests_held, session, shots_dir  # noqa: F401

# Jobs stay on the queue until the test runs them, as when the worker has not got to them yet.
QUEUED = override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}})
PAPER = CORPUS / "lga-sscb-end-of-year-2020-21.txt"


def test_an_upload_waits_for_its_job_then_leads_to_the_review(session, tmp_path):
    s = session("upload")
    p = s.page
    s.sign_in("officer", "boardwork-officer")
    p.goto("/boards/sscb/papers/upload/")
    with QUEUED:
        p.set_input_files("input[type=file]", str(PAPER))
        with p.expect_navigation():
            p.get_by_role("button", name="Upload and read").click()
        assert "/papers/upload/jobs/?job=" in p.url, p.url
        job = ReadJob.objects.get()
        assert job.status == ReadJob.Status.QUEUED
        main = p.inner_text("main")
        # Which file, how many, what happens next; no link to a review that does not exist yet.
        assert "Reading your papers" in main and PAPER.name in main
        assert "1 file: 1 still to read." in main and "Waiting" in main
        assert "Nothing is added to the board" not in main
        assert p.get_by_role("link", name=re.compile("^Review")).count() == 0
        assert p.locator('meta[http-equiv="refresh"]').count() == 0
        assert p.get_by_role("link", name="Check if they are ready").count() == 1
        s.check("upload-waiting")

        with requests_held(p, re.compile(r"/papers/upload/jobs/")):
            assert jobs.run(job.pk) == "done"  # the worker reads it
        # The page asks again every 2 s and shows the result in place, in the live region.
        p.wait_for_selector("text=1 file: 1 imported.", timeout=15_000)
    assert p.locator("[aria-live=polite] .govuk-tag--green").inner_text() == "Imported"
    main = p.inner_text("main")
    assert "Nothing is added to the board's records until you accept it" in main
    assert p.get_by_role("link", name="Check if they are ready").count() == 0  # it stopped asking
    # The demo entered this paper's records by hand, so reading it gives a note per paragraph:
    # they are folded away, and the link to the review stays in the first screen.
    review = p.get_by_role("link", name=re.compile("^Review "))
    assert review.bounding_box()["y"] < 900
    s.check("upload-done")
    with p.expect_navigation():
        review.click()
    assert p.locator(".bw-review-item").count() > 0  # the paper's records, to accept or correct
    s.check("upload-review")

    # A file the worker refused says why, that nothing was stored, and what to do.
    refused = ReadJob.objects.create(
        kind=ReadJob.Kind.IMPORT,
        board=job.board,
        user=job.user,
        filename="minutes-scan.pdf",
        status=ReadJob.Status.REFUSED,
        message="the PDF has no text layer (a scan?)",
    )
    p.goto(f"/boards/sscb/papers/upload/jobs/?job={refused.uid}")
    main = p.inner_text("main")
    assert "1 file: 1 refused." in main and "The PDF has no text layer (a scan?)." in main
    assert "was not stored" in main and "upload it again" in main
    s.check("upload-refused")
