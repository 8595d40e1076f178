"""Papers: list, read, download; parse, import and extract files as background jobs; compose a
board's reports."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Literal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpResponse
from django.urls import reverse
from ninja import File, Form, Query, Router, Schema, Status
from ninja.errors import HttpError
from ninja.files import UploadedFile
from pydantic import Field

from boardwork.api.access import (
    check,
    get_board,
    get_or_404,
    refuse,
    role,
)
from boardwork.api.auth import user_of
from boardwork.api.errors import Unprocessable, invalid
from boardwork.api.schemas import (
    PaperDetail,
    PaperOut,
    paper_out,
)
from boardwork.api.themes import get_cycle
from boardwork.boards import permissions
from boardwork.boards.models import Board, Cycle
from boardwork.papers.models import StoredPaper
from boardwork.papers.services import ImportResult
from boardwork.web import pagecache
from boardwork.web.access import board_and_role

# -- papers --------------------------------------------------------------------------------------

papers = Router(tags=["papers"])


def visible_papers(request, board: Board):
    qs = StoredPaper.objects.filter(board=board).select_related("board", "cycle").defer("structure")
    return permissions.filter_papers(qs, role(request, board))


def get_paper(request, uid) -> StoredPaper:
    """A paper the caller may read: published ones for anybody, others for the board's people.
    An unpublished paper is not acknowledged to anyone else (answered as a missing one)."""
    p = StoredPaper.objects.select_related("board", "cycle").filter(uid=uid).first()
    if p is None or not permissions.can_view_paper(role(request, p.board), p.published):
        refuse(request, None, "such paper")
    return p


def _read_upload(file: UploadedFile) -> bytes:
    limit = settings.MAX_UPLOAD_MB * 1024 * 1024
    if file.size is not None and file.size > limit:
        raise invalid("file", f"The file is larger than the {settings.MAX_UPLOAD_MB} MB limit.")
    data = file.read()
    if not data:
        raise invalid("file", "The file is empty.")
    return data


def _jsonable(value, depth: int = 0):
    """Service results (dataclasses holding model instances) as JSON: records become refs."""
    if depth > 6:
        return str(value)
    if hasattr(value, "_meta") and hasattr(value, "pk"):
        out = {"model": value._meta.model_name, "id": value.pk, "name": str(value)}
        if hasattr(value, "uid"):
            out["uid"] = str(value.uid)
        return out
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return _jsonable(value.to_dict(), depth + 1)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name), depth + 1) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _jsonable(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v, depth + 1) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, dt.date | dt.datetime | dt.time | uuid.UUID):
        return str(value)
    return str(value)


@papers.get("/boards/{slug}/papers", response=list[PaperOut])
def list_papers(request, slug: str):
    """The board's papers: all of them for its members and officers, published ones for everyone else."""
    board, board_role = board_and_role(request, slug, user_of(request))
    if board is not None:
        request.__dict__.setdefault("_bw_roles", {})[board.pk] = board_role
    papers = list(visible_papers(request, board)) if board is not None else []
    # A board with published papers is public knowledge; one without is not disclosed to those who
    # cannot read it (answered as a missing board).
    if board is None or (not papers and not permissions.can_view_board(board_role)):
        refuse(request, None, f"board {slug!r}")
    return [paper_out(p) for p in papers]


@papers.get("/papers/{uuid:uid}", response=PaperDetail)
def paper_detail(request, uid: uuid.UUID):
    """A paper with its parsed structure (boardwork.paper/1)."""
    return paper_out(get_paper(request, uid), detail=True)


def _throttle_reads(request, files: int = 1) -> None:
    """429 once this person or address has read its hour's allowance of files (web/throttle.py)."""
    from boardwork.web import throttle

    user = user_of(request)
    if not throttle.reads_allowed(user.pk if user else None, throttle.client_address(request), files):
        raise HttpError(429, "Too many files read in the last hour: wait a while and try again.")


class JobOut(Schema):
    job: uuid.UUID
    kind: str = Field(description="'import', 'parse', 'extract' or 'render'")
    status: str = Field(description="'queued', 'running', 'done', 'refused' or (a render) 'failed'")
    message: str = Field(description="why the file was refused, when it was")
    url: str = Field(description="where to ask again (GET) for the outcome")
    result: dict | None = Field(
        None,
        description="the outcome once done: the paper, extraction or import counts; for a render, "
        "the file's url, name and media type",
    )


def job_out(request, job) -> dict:
    return {
        "job": job.uid,
        "kind": job.kind,
        "status": job.status,
        "message": job.message,
        "url": reverse("api:read_job", args=[job.uid]),
        "result": None if job.pending else job.result,
    }


@papers.get("/papers/{uuid:uid}/file", response={200: None, 202: JobOut})
def paper_file(request, uid: uuid.UUID):
    """The paper's original file; a composed paper (no original) written as DOCX by a background
    job: 200 with the file when ready, else 202 with the job to ask about."""
    p = get_paper(request, uid)
    if not p.file and p.structure:
        from boardwork.papers.services import rendering

        job = rendering.request(p.board, paper=p, user=user_of(request), version=pagecache.data_version())
        return _rendered(request, job)
    if not p.file:
        raise HttpError(404, "This paper has no stored file.")
    try:
        handle = p.file.open("rb")
    except (FileNotFoundError, OSError):
        raise HttpError(404, "The stored file is missing.") from None
    return FileResponse(
        handle, as_attachment=True, filename=p.filename or (p.file.name or "").rsplit("/", 1)[-1]
    )


def _refused(job):
    return invalid("file", f"{job.filename}: {job.message}")


@papers.post("/papers/parse", response={200: dict, 202: JobOut})
def parse_paper(request, file: File[UploadedFile]):
    """Read a file and return its structure (boardwork.paper/1) without storing anything. The file
    is read by a background job in a worker process with hard time and memory limits: 200 with
    the structure when it is done within the request, else 202 with the job to ask about;
    422 names what went wrong."""
    if user_of(request) is None:
        raise HttpError(401, "Sign in (or send an API token) to parse papers.")
    from boardwork.papers import jobs

    _throttle_reads(request)
    data = _read_upload(file)
    job = jobs.start("parse", user=user_of(request), filename=file.name or "", data=data)
    if job.pending:
        return Status(202, job_out(request, job))
    if job.status != job.Status.DONE:
        raise _refused(job)
    return job.result


@papers.get("/jobs/{uuid:uid}", response=JobOut, url_name="read_job")
def read_job(request, uid: uuid.UUID):
    """A background job: reading a file (parse, import, extract) started by the caller, or
    writing a paper (render) the caller may have."""
    from boardwork.papers.models import ReadJob

    rendering = render_job_of(request, uid)  # a paper being written: whoever may have it
    if rendering is not None:
        return render_job_out(rendering)
    user = user_of(request)
    if user is None:
        raise HttpError(401, "Sign in (or send an API token) to see your jobs.")
    job = get_or_404(ReadJob.objects, "job", uid=uid, user=user)
    return job_out(request, job)


class ImportOut(Schema):
    filename: str
    status: str = Field(description="'imported' or 'already imported'")
    paper: uuid.UUID | None
    themes: int
    activities: int
    commitments: int
    organisations_new: int
    policies_new: int
    people_new: int
    warnings: list[str]


@papers.post("/boards/{slug}/papers", response={200: ImportOut, 201: ImportOut, 202: JobOut})
def import_paper_endpoint(request, slug: str, file: File[UploadedFile], cycle: Form[uuid.UUID | None] = None):
    """Upload a paper to the board (officers): it is stored and read, and what it records is
    extracted for review. 201 when imported, 200 when this file was imported before, 422 (naming
    the reason) when it is refused, 202 with the job to ask about while it is still being read."""
    from boardwork.papers import jobs

    board = get_board(request, slug, "edit")
    cycle_obj = get_cycle(request, board, cycle) if cycle else None
    _throttle_reads(request)
    data = _read_upload(file)
    job = jobs.start(
        "import", user=user_of(request), board=board, cycle=cycle_obj, filename=file.name or "", data=data
    )
    if job.pending:
        return Status(202, job_out(request, job))
    if job.status != job.Status.DONE:
        raise _refused(job)
    result = job.result
    out = {
        "filename": result["filename"],
        "status": result["status"],
        "paper": job.paper.uid if job.paper else None,
        "warnings": list(result.get("warnings") or []),
        **{k: result.get(k, 0) for k in ImportResult.COUNTS},
    }
    return Status(201 if result["status"] == "imported" else 200, out)


@papers.post("/papers/{uuid:uid}/extract", response={200: dict, 202: JobOut})
def extract_paper(request, uid: uuid.UUID):
    """What Boardwork finds in a stored paper (themes, activities, plan), without saving it.
    Officers only (the policy's "compose"); one extraction of a paper at a time (409 while one is
    queued or running); 202 with the job to ask about when it has not finished within the request."""
    from boardwork.papers import jobs
    from boardwork.web import throttle

    p = get_paper(request, uid)
    check(request, p.board, "compose", "such paper")
    _throttle_reads(request)
    # The lock covers the check and the start (and, with immediate tasks, the whole run).
    if not throttle.start_exclusive("extract", p.pk, seconds=int(settings.MAX_PARSE_SECONDS) + 30):
        raise HttpError(409, "This paper is being extracted already: try again when that has finished.")
    try:
        if jobs.running_extraction(p) is not None:
            raise HttpError(409, "This paper is being extracted already: try again when that has finished.")
        job = jobs.start(
            "extract", user=user_of(request), board=p.board, paper=p, filename=p.filename or p.title
        )
    finally:
        throttle.finish_exclusive("extract", p.pk)
    if job.pending:
        return Status(202, job_out(request, job))
    if job.status != job.Status.DONE:
        raise invalid("paper", f"{job.filename}: {job.message}")
    return _jsonable(job.result)


ReportKind = Literal["end_of_year", "work_plan", "performance"]
ReportFormat = Literal["docx", "pdf", "html", "md"]


@papers.get("/boards/{slug}/report", response={200: None, 202: JobOut})
def compose_report(
    request,
    slug: str,
    kind: ReportKind,
    fmt: ReportFormat = "docx",
    cycle: uuid.UUID | None = None,
    quarter: int | None = Query(None, ge=1, le=4),
    with_sources: bool = False,
):
    """Compose a report from the board's records and download it (DOCX, PDF, HTML or Markdown):
    officers and admins (permissions.can_compose). The paper is written by a background job: 200
    with the file when it is ready within the request (or was written before from the same
    records), else 202 with the job to ask about (`/api/jobs/{uid}`, then its `file`); 422 names
    what went wrong."""
    from boardwork.papers.services import ReportError, rendering

    board = get_board(request, slug, "compose")
    cycle_obj = (
        (Cycle.objects.filter(board=board, uid=cycle).first() if cycle else board.current_cycle())
        if board
        else None
    )
    if cycle_obj is None:
        raise Unprocessable(
            [{"loc": ["query", "cycle"], "msg": "No such cycle on this board.", "type": "value_error"}]
        )
    try:
        spec = rendering.report_spec(kind, cycle_obj, fmt, quarter=quarter, with_sources=with_sources)
    except (ReportError, ValidationError) as e:
        raise Unprocessable([{"loc": ["query"], "msg": str(e), "type": "value_error"}]) from None
    job = rendering.request(board, spec, user=user_of(request), version=pagecache.data_version())
    return _rendered(request, job)


def _rendered(request, job):
    """A render job's file when it is written, 202 with the job while it is not, 422 when it failed."""
    if job.status == job.Status.DONE:
        return _job_file(job)
    if job.status == job.Status.FAILED:
        raise Unprocessable([{"loc": ["query"], "msg": job.message, "type": "value_error"}])
    return Status(202, render_job_out(job))


def _job_file(job) -> HttpResponse:
    from boardwork.papers.services import rendering

    response = HttpResponse(rendering.content(job), content_type=job.media_type)
    response["Content-Disposition"] = f'attachment; filename="{job.filename}"'
    return response


def render_job_out(job) -> dict:
    done = job.status == job.Status.DONE
    return {
        "job": job.uid,
        "kind": "render",
        "status": job.status,
        "message": job.message,
        "url": reverse("api:read_job", args=[job.uid]),
        "result": {
            "file": reverse("api:job_file", args=[job.uid]),
            "filename": job.filename,
            "media_type": job.media_type,
        }
        if done
        else None,
    }


def render_job_of(request, uid: uuid.UUID):
    """The render job `uid` if the caller may have its paper, else None."""
    from boardwork.papers.models import RenderJob
    from boardwork.papers.services import rendering

    job = RenderJob.objects.select_related("board", "paper").defer("content").filter(uid=uid).first()
    if job is None or not rendering.may_fetch(job, role(request, job.board)):
        return None
    return job


@papers.get("/jobs/{uuid:uid}/file", response={200: None}, url_name="job_file")
def job_file(request, uid: uuid.UUID):
    """The file a render job wrote (a report, a composed paper): for whoever may have that paper.
    409 while it is still being written, 422 when it could not be."""
    job = render_job_of(request, uid)
    if job is None:
        refuse(request, None, "such job")
    if job.pending:
        raise HttpError(409, "The paper is still being written: ask the job's url again in a moment.")
    if job.status == job.Status.FAILED:
        raise invalid("job", job.message)
    return _job_file(job)
