"""Writing papers to files in the background: the board's reports (DOCX, PDF, HTML, Markdown)
and stored papers that have no original file (a composed draft, downloaded as DOCX).

A face (web page, API) asks `request()` for a rendering. It gets one of three things:
- a finished `RenderJob`, when the same paper was written before from the same records (the same
  `spec_key` — board, what was asked, today's date — at the same data version): served again
  without writing it anew;
- the job already writing that paper, when someone asked a moment ago;
- a new job on the django-tasks queue (`papers.tasks.run_render_job`), which the page or API
  follows until it is done. With TASKS_IMMEDIATE (tests, development) it has run by the time
  `request()` returns.

The job composes the paper from the records in the worker, then writes it in a limited worker
process (`sandbox.write_limited`) with the same hard limits as reading a file (wall time, CPU,
memory): a paper too big to write stops that process, never the server, and the job records one
line saying why. Finished files are kept in the database (`RenderJob.content`); writing a newer
version of the same request deletes the older ones.

The data version is the one every page cache uses (web.DataVersion, raised after any committed
change to a record); it is the face's to read and pass in, as records never import the faces.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from typing import Any

from django.conf import settings
from django.utils import timezone

from boardwork.boards import permissions
from boardwork.boards.models import Board, Cycle

from ..models import RenderJob, StoredPaper
from .reports import REPORT_KINDS, ReportError, house_style, prepare_report, stored_filename

log = logging.getLogger(__name__)

FORMATS = ("docx", "pdf", "html", "md")
# How long a file replaced by a newer version of the same request is kept.
KEEP_REPLACED = dt.timedelta(minutes=10)
DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def report_spec(
    kind: str,
    cycle: Cycle,
    fmt: str,
    quarter: int | None = None,
    with_sources: bool = False,
    base_url: str | None = None,
) -> dict[str, Any]:
    """What a report download asks for, as the job stores it (plain data)."""
    kind = kind.replace("_", "-")
    if kind not in REPORT_KINDS:
        raise ReportError(f"unknown report {kind!r}; Boardwork composes {', '.join(REPORT_KINDS)}")
    fmt = (fmt or "").lower().lstrip(".")
    if fmt not in FORMATS:
        raise ReportError(f"unknown format {fmt!r}; Boardwork writes {', '.join(FORMATS)}")
    return {
        "report": kind,
        "cycle": str(cycle.uid),
        "quarter": quarter if kind == "performance" else None,
        "fmt": fmt,
        "with_sources": bool(with_sources),
        "base_url": (base_url or "") if with_sources else "",
    }


def _spec_key(board: Board, spec: dict[str, Any], paper: StoredPaper | None) -> str:
    # Today's date is in the key: a report may say "as at" today, and yesterday's file must not
    # be served for it.
    what = {
        "board": board.pk,
        "paper": paper.pk if paper else None,
        "day": dt.date.today().isoformat(),
        **spec,
    }
    return hashlib.sha256(json.dumps(what, sort_keys=True).encode()).hexdigest()


def _stale_after() -> dt.timedelta:
    # A job still queued or running this long after it was made has lost its worker (killed, or
    # the queue was lost): ask again rather than wait for it for ever.
    return dt.timedelta(seconds=2 * int(settings.MAX_PARSE_SECONDS) + 60)


def request(
    board: Board,
    spec: dict[str, Any] | None = None,
    *,
    paper: StoredPaper | None = None,
    user=None,
    version: int | None = None,
) -> RenderJob:
    """The rendering of a report (`spec`, from `report_spec`) or of a stored `paper` on `board`,
    as the records stand at data `version`: the file written before, the job writing it, or a new
    job put on the queue. The caller has checked that the user may have it."""
    from ..tasks import run_render_job

    if paper is not None:
        spec = {"paper": str(paper.uid), "fmt": "docx"}
    if not spec:
        raise ReportError("nothing to render")
    key = _spec_key(board, spec, paper)
    if version is not None:
        recent = timezone.now() - _stale_after()
        for job in (
            RenderJob.objects.filter(spec_key=key, version=version)
            .exclude(status=RenderJob.Status.FAILED)
            .defer("content")
            .order_by("-pk")
        ):
            if job.status == RenderJob.Status.DONE or job.created >= recent:
                return job
    job = RenderJob.objects.create(
        board=board,
        paper=paper,
        user=user if getattr(user, "is_authenticated", False) else None,
        spec=spec,
        spec_key=key,
        version=version,
    )
    # With the database queue the task row is written in the same transaction as the job; with
    # TASKS_IMMEDIATE the job runs here and now.
    run_render_job.enqueue(job.pk)
    return RenderJob.objects.defer("content").get(pk=job.pk)


def may_fetch(job: RenderJob, role: str | None) -> bool:
    """Whether someone with `role` on the job's board may follow it and have its file: whoever
    may see the paper (a stored paper), whoever may compose the board's reports (a report)."""
    if job.paper_id is not None:
        return job.paper is not None and permissions.can_view_paper(role, job.paper.published)
    return permissions.can_compose(role)


def content(job: RenderJob) -> bytes:
    """The finished job's file."""
    return bytes(RenderJob.objects.values_list("content", flat=True).get(pk=job.pk) or b"")


def run(job_id: int) -> str:
    """Do one job (called by the task). Never raises: a failure is recorded on the job in one line."""
    from .. import untrusted
    from ..sandbox import WriteFailed, write_limited

    # Claim the job: only a queued job is run, so a job enqueued twice runs once.
    if not RenderJob.objects.filter(pk=job_id, status=RenderJob.Status.QUEUED).update(
        status=RenderJob.Status.RUNNING
    ):
        return "skipped"
    job = RenderJob.objects.select_related("board", "paper", "paper__board").defer("content").get(pk=job_id)
    try:
        doc, fmt, opts, filename, media_type = _prepare(job)
        data = write_limited(doc, fmt, house_style(job.board).to_dict(), untrusted.limits(), **opts)
    except (ReportError, WriteFailed, Cycle.DoesNotExist) as e:
        message = str(e) if not isinstance(e, Cycle.DoesNotExist) else "that cycle no longer exists"
        _finish(job, RenderJob.Status.FAILED, message=message)
    except Exception as e:  # a bug: the job must not stay "writing" for ever
        log.exception("render job %s failed", job_id)
        _finish(
            job,
            RenderJob.Status.FAILED,
            message=f"Boardwork failed while writing this paper ({type(e).__name__})",
        )
    else:
        finished = _finish(job, RenderJob.Status.DONE, filename=filename, media_type=media_type, content=data)
        # Older versions of the same request are never asked for again (a few minutes' grace for
        # someone following one of them to a download link).
        RenderJob.objects.filter(
            spec_key=job.spec_key, version__lt=job.version or 0, created__lt=finished - KEEP_REPLACED
        ).delete()
    return job.status


def _prepare(job: RenderJob) -> tuple[Any, str, dict[str, Any], str, str]:
    """(the paper, its format, the writer's options, file name, media type) for a job."""
    spec = job.spec
    if job.paper is not None:
        return job.paper.document(), "docx", {}, stored_filename(job.paper), DOCX_MEDIA_TYPE
    cycle = Cycle.objects.get(board=job.board, uid=spec["cycle"])
    doc, module, opts, filename = prepare_report(
        job.board,
        spec["report"],
        cycle,
        spec["fmt"],
        quarter=spec.get("quarter"),
        with_sources=spec.get("with_sources", False),
        base_url=spec.get("base_url") or None,
    )
    return doc, module.FORMAT, opts, filename, module.MEDIA_TYPE


def _finish(job: RenderJob, status: str, *, message: str = "", filename: str = "", media_type: str = "",
            content: bytes = b"") -> dt.datetime:  # fmt: skip
    """Record the job's end on it and in the database; returns when it ended."""
    job.status = status
    job.message = (message or "")[:500]
    job.filename = filename[:300]
    job.media_type = media_type
    job.finished = finished = timezone.now()
    RenderJob.objects.filter(pk=job.pk).update(
        status=status,
        message=job.message,
        filename=job.filename,
        media_type=media_type,
        content=content,
        finished=job.finished,
    )
    return finished
