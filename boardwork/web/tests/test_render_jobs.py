"""Papers written in the background (papers/services/rendering.py): the web page that follows the
job without JavaScript, the API's 202 and job URL, the file kept and served again for the same
records, a failure in one line, and who may follow a job and have its file."""

from __future__ import annotations

import re

import pytest
from django.test import Client, override_settings

from boardwork.activities.models import Activity
from boardwork.boards.models import ApiToken
from boardwork.papers.models import RenderJob
from boardwork.papers.services import rendering

from .web_fixtures import client_for

# Jobs stay on the queue (nobody runs them) until the test runs them: as in production, where the
# request returns before the worker has written the paper.
QUEUED = override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}})
PERSONAS = ["admin", "officer", "member", "outsider", "anonymous"]
COMPOSERS = {"admin", "officer"}


def compose_url(w, fmt="md", **more):
    query = {
        "kind": "work_plan",
        "cycle": w.cycle.uid,
        "fmt": fmt,
        "quarter": "",
        "action": "download",
        **more,
    }
    return f"/boards/{w.board.slug}/papers/compose/?" + "&".join(f"{k}={v}" for k, v in query.items())


def api_client(w, persona) -> Client:
    if persona == "anonymous":
        return Client()
    return Client(headers={"Authorization": f"Bearer {ApiToken.issue(w.users[persona], 'test')[1]}"})


def run_queued() -> None:
    for job in RenderJob.objects.filter(status=RenderJob.Status.QUEUED):
        rendering.run(job.pk)


def test_the_web_page_follows_the_job_then_offers_the_file(world):
    officer = client_for(world, "officer")
    with QUEUED:
        asked = officer.get(compose_url(world))
        assert asked.status_code == 302 and "/papers/renders/" in asked["Location"]
        waiting = officer.get(asked["Location"])
        page = waiting.content.decode()
        # While the paper is being written the page asks for its status in place every 2 s (htmx),
        # never reloading itself whole (axe: meta-refresh), and without JavaScript a link asks.
        assert waiting.status_code == 200 and 'http-equiv="refresh"' not in page
        assert 'hx-trigger="every 2s"' in page and "Check if it is ready" in page
        assert "Writing your paper" in page and "Work plan 2021/22, Markdown" in page
        file_url = asked["Location"] + "file/"
        assert officer.get(file_url)["Location"] == asked["Location"]  # not written yet: its page
        run_queued()
        ready = officer.get(asked["Location"]).content.decode()
        assert "hx-trigger" not in ready and "Your paper is ready" in ready
        assert file_url in ready
        got = officer.get(file_url)
    assert got.status_code == 200 and got["Content-Disposition"].startswith("attachment;")
    assert "no-store" in got["Cache-Control"]  # a private paper: kept by no cache on the way
    assert got["Content-Disposition"].endswith('.md"') and b"work plan for 2021/22" in got.content


def test_the_same_request_on_the_same_records_is_written_once(world):
    officer = client_for(world, "officer")
    first = officer.get(compose_url(world))  # jobs run at once in the tests
    assert first.status_code == 200
    again = officer.get(compose_url(world))
    assert again.status_code == 200 and again.content == first.content
    assert RenderJob.objects.count() == 1
    # Another format, or a change to the records, is another file.
    assert officer.get(compose_url(world, fmt="html")).status_code == 200
    assert RenderJob.objects.count() == 2
    Activity.objects.create(board=world.board, cycle=world.cycle, text="Met the minister", kinds="lobbying")
    assert officer.get(compose_url(world)).status_code == 200
    assert RenderJob.objects.filter(spec__fmt="md").count() == 2


def test_someone_asking_while_it_is_written_follows_the_same_job(world):
    with QUEUED:
        one = client_for(world, "officer").get(compose_url(world))
        two = client_for(world, "admin").get(compose_url(world))
    assert one["Location"] == two["Location"] and RenderJob.objects.count() == 1


def test_the_api_answers_202_with_the_job_then_the_file(world):
    api = api_client(world, "officer")
    url = f"/api/boards/{world.board.slug}/report?kind=work_plan&fmt=docx&cycle={world.cycle.uid}"
    with QUEUED:
        asked = api.get(url)
        assert asked.status_code == 202
        job = asked.json()
        assert job["kind"] == "render" and job["status"] == "queued" and job["result"] is None
        assert api.get(job["url"]).json()["status"] == "queued"
        assert api.get(job["url"] + "/file").status_code == 409
        run_queued()
        done = api.get(job["url"]).json()
    assert done["status"] == "done" and done["result"]["filename"].endswith(".docx")
    got = api.get(done["result"]["file"])
    assert got.status_code == 200 and got.content[:2] == b"PK"
    assert api.get(url).content == got.content  # the same records: served again, not written again
    assert RenderJob.objects.count() == 1


def test_a_paper_that_cannot_be_written_fails_with_one_line(world, settings):
    # A memory limit far below what a writer needs: the limit stops the writing process, and the
    # page and the API say so in one line.
    settings.MAX_PARSE_MB = 1
    page = client_for(world, "officer").get(compose_url(world, fmt="docx"))
    assert page.status_code == 400
    assert "writing needed more than 1 MB of memory" in page.content.decode()
    api = api_client(world, "officer").get(f"/api/boards/{world.board.slug}/report?kind=work_plan&fmt=pdf")
    assert api.status_code == 422
    assert api.json()["detail"][0]["msg"] == "writing needed more than 1 MB of memory"
    job = RenderJob.objects.filter(status=RenderJob.Status.FAILED).first()
    assert job is not None and "\n" not in job.message
    # A failure is not kept as the answer: with the limit back, the same request is written.
    settings.MAX_PARSE_MB = 1024
    assert client_for(world, "officer").get(compose_url(world, fmt="docx")).status_code == 200


@pytest.mark.parametrize("persona", PERSONAS)
def test_only_those_who_may_compose_follow_a_report_or_have_its_file(world, persona):
    job = rendering.request(world.board, rendering.report_spec("work_plan", world.cycle, "md"))
    allowed = persona in COMPOSERS
    web = client_for(world, persona)
    for url in (f"/papers/renders/{job.uid}/", f"/papers/renders/{job.uid}/file/"):
        assert web.get(url).status_code == (200 if allowed else 404), url
    api = api_client(world, persona)
    refused = 401 if persona == "anonymous" else 404
    for url in (f"/api/jobs/{job.uid}", f"/api/jobs/{job.uid}/file"):
        assert api.get(url).status_code == (200 if allowed else refused), url


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_composed_papers_file_is_for_those_who_may_see_the_paper(world, persona):
    unpublished = rendering.request(world.board, paper=world.paper)
    published = rendering.request(world.board, paper=world.published)
    sees_unpublished = persona in {"admin", "officer", "member"}
    web = client_for(world, persona)
    assert web.get(f"/papers/renders/{unpublished.uid}/file/").status_code == (
        200 if sees_unpublished else 404
    )
    got = web.get(f"/papers/renders/{published.uid}/file/")  # published: anyone
    assert got.status_code == 200 and got.content[:2] == b"PK"


def test_the_download_of_a_composed_paper_is_written_by_a_job(world):
    with QUEUED:
        asked = client_for(world, "anonymous").get(f"/papers/public/{world.published.uid}/download/")
        assert asked.status_code == 302
        page = client_for(world, "anonymous").get(asked["Location"]).content.decode()
    assert "Writing your paper" in page
    assert re.search(r"/papers/renders/[0-9a-f-]+/", asked["Location"])


def test_the_job_page_keeps_the_boards_navigation_with_compose_current(world):
    # The page an officer waits on belongs to the compose page they asked from: the board's tabs
    # show what their role may do, Compose marked as the current one.
    officer = client_for(world, "officer")
    with QUEUED:
        asked = officer.get(compose_url(world))
        page = officer.get(asked["Location"]).content.decode()
    compose_tab = re.search(
        r'<a class="govuk-service-navigation__link" href="[^"]*/compose/"([^>]*)>Compose</a>', page
    )
    assert compose_tab is not None and 'aria-current="page"' in compose_tab.group(1)
