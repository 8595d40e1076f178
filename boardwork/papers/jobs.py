"""Background reading: uploads, API parses and re-extractions run as django-tasks jobs.

A request calls `start()`, which records a `ReadJob` (with the uploaded bytes) and enqueues
`tasks.run_read_job`; the request returns at once and the page or API shows the job until it is
done. With `TASKS_IMMEDIATE` (development, tests) the job has run by the time `start()` returns,
so callers simply look at its status. The work itself happens in `run()`, which reads in the
limited worker process (`untrusted`) like every other reading of an outside file.
"""

from __future__ import annotations

import logging

from django.utils import timezone

from .models import ReadJob, StoredPaper
from .readers import ReadError

log = logging.getLogger(__name__)


def start(kind: str, *, user=None, board=None, cycle=None, filename: str = "", data: bytes = b"",
          paper: StoredPaper | None = None) -> ReadJob:  # fmt: skip
    """Record a job and put it on the queue; returns it as it stands after enqueueing (already
    finished when tasks run immediately)."""
    from .tasks import run_read_job

    job = ReadJob.objects.create(
        kind=kind,
        user=user if getattr(user, "is_authenticated", False) else None,
        board=board,
        cycle=cycle,
        filename=(filename or "")[:300],
        data=data,
        paper=paper,
    )
    # With the database queue the task row is written in the same transaction as the job (a worker
    # never sees one without the other); with TASKS_IMMEDIATE the job runs here and now.
    run_read_job.enqueue(job.pk)
    job.refresh_from_db()
    return job


def _finish(job: ReadJob, status: str, message: str = "", result: dict | None = None, paper=None) -> None:
    job.status = status
    job.message = (message or "")[:500]
    job.result = result or {}
    if paper is not None:
        job.paper = paper
    job.data = b""  # the upload is not kept once read
    job.finished = timezone.now()
    job.save(update_fields=["status", "message", "result", "paper", "data", "finished"])


def run(job_id: int) -> str:
    """Do one job (called by the task). Never raises for a bad file: the job says why."""
    from . import services, untrusted

    # Claim the job: only a queued job is run, so a job enqueued twice runs once.
    if not ReadJob.objects.filter(pk=job_id, status=ReadJob.Status.QUEUED).update(
        status=ReadJob.Status.RUNNING
    ):
        return "skipped"
    job = ReadJob.objects.select_related("board", "cycle", "paper", "user").get(pk=job_id)
    data = bytes(job.data or b"")
    try:
        if job.kind == ReadJob.Kind.IMPORT:
            if job.board is None:
                raise ReadError("the job names no board to import into")
            r = services.import_paper(data, job.filename, job.board, user=job.user, cycle=job.cycle)
            status = ReadJob.Status.REFUSED if r.status == services.REFUSED else ReadJob.Status.DONE
            _finish(job, status, r.reason, r.summary(), paper=r.paper)
        elif job.kind == ReadJob.Kind.PARSE:
            paper, _ = untrusted.read(data, job.filename)
            _finish(job, ReadJob.Status.DONE, result=paper.to_dict())
        elif job.kind == ReadJob.Kind.EXTRACT:
            if job.paper is None:  # the paper was deleted while the job waited (SET_NULL)
                raise ReadError("the paper was deleted before it could be read")
            _finish(job, ReadJob.Status.DONE, result=services.extract_stored(job.paper))
        else:
            _finish(job, ReadJob.Status.REFUSED, f"unknown kind of job {job.kind!r}")
    except ReadError as e:
        _finish(job, ReadJob.Status.REFUSED, str(e))
    except Exception as e:  # a bug: the job must not stay "reading" for ever
        log.exception("read job %s failed", job_id)
        _finish(job, ReadJob.Status.REFUSED, f"Boardwork failed while reading this file ({type(e).__name__})")
    return job.status


def running_extraction(paper: StoredPaper) -> ReadJob | None:
    """The queued or running extraction of `paper`, if any: one at a time per paper."""
    return (
        ReadJob.objects.filter(
            kind=ReadJob.Kind.EXTRACT, paper=paper, status__in=[ReadJob.Status.QUEUED, ReadJob.Status.RUNNING]
        )
        .order_by("-pk")
        .first()
    )
