"""Paper pages: upload → review (records beside their source paragraphs) → records; compose a
report, preview, download; publish; the public list of published papers."""

from __future__ import annotations

import re
import uuid

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from boardwork.activities.models import Activity
from boardwork.boards import permissions
from boardwork.boards.models import Change, StaleEdit
from boardwork.papers.models import NotSignedOff, StoredPaper
from boardwork.plans.models import Commitment, Feedback, Review

from . import pagecache, records
from .access import board_and_role, enter_board, get_board
from .forms import FORMATS, MAX_FILES, REPORT_KINDS, ComposeForm, UploadForm, check_upload
from .views import is_htmx

MB = 1024 * 1024


def _services():
    # Imported lazily: the papers services pull in the readers and extractors.
    from boardwork.papers import services

    return services


@login_required
@require_GET
def papers(request, slug):
    board = get_board(request, slug)
    qs = permissions.filter_papers(StoredPaper.objects.filter(board=board), request.role)
    qs = qs.select_related("cycle").order_by("-created")
    if permissions.can_edit_board(request.role):  # records to review are theirs to see
        qs = qs.annotate(n_review=Count("activities", filter=Q(activities__review=Review.TO_REVIEW)))
    page = records.paginate(request, qs, per_page=30)
    return render(
        request, "web/papers.html", {"board": board, "page": page, "page_links": records.page_links(page)}
    )


@login_required
@require_http_methods(["GET", "POST"])
def upload(request, slug):
    """Upload papers: each file becomes a background job (papers/jobs.py) that reads it in a
    limited worker and imports it; the request never waits for a parse. When the jobs have run by
    the time they are queued (TASKS_IMMEDIATE), the results show at once; otherwise the job page
    shows their progress."""
    from boardwork.papers import jobs

    from . import throttle

    board = get_board(request, slug, edit=True)
    if request.method == "GET":
        return render(
            request,
            "web/upload.html",
            {"board": board, "form": UploadForm(board=board), "max_mb": settings.MAX_UPLOAD_MB},
        )
    # The request's size was checked before its body was read (middleware.RequestSizeMiddleware).
    form = UploadForm(request.POST, request.FILES, board=board)
    if not form.is_valid():
        return render(
            request,
            "web/upload.html",
            {"board": board, "form": form, "max_mb": settings.MAX_UPLOAD_MB},
            status=400,
        )
    files = form.cleaned_data["files"]
    if not throttle.reads_allowed(request.user.pk, throttle.client_address(request), len(files)):
        form.add_error(None, "You have uploaded too many files in the last hour: wait a while and try again.")
        return render(
            request,
            "web/upload.html",
            {"board": board, "form": form, "max_mb": settings.MAX_UPLOAD_MB},
            status=429,
        )
    refused, started = [], []
    for f in files:
        reason = check_upload(f)
        if reason:
            refused.append({"filename": f.name, "status": "refused", "reason": reason})
            continue
        started.append(
            jobs.start(
                "import",
                user=request.user,
                board=board,
                cycle=form.cleaned_data["cycle"],
                filename=f.name,
                data=f.read(),
            )
        )
    if any(j.pending for j in started):
        query = "&".join(f"job={j.uid}" for j in started)
        return redirect(reverse("upload_jobs", args=[board.slug]) + "?" + query)
    return _upload_outcome(request, board, refused + [_job_result(j) for j in started])


def _job_result(job) -> dict:
    """What the results table shows for one finished (or pending) import job."""
    r = job.result or {}
    status = r.get("status") or ("refused" if job.status == job.Status.REFUSED else job.get_status_display())
    return {
        "filename": r.get("filename") or job.filename,
        "status": status if not job.pending else "pending",
        "state": job.get_status_display(),
        "reason": job.message,
        "paper": job.paper,
        "activities": r.get("activities", 0),
        "commitments": r.get("commitments", 0),
        "themes": r.get("themes", 0),
        "warnings": r.get("warnings", []),
    }


def _upload_outcome(request, board, results: list[dict]):
    ok = [r for r in results if r.get("paper")]
    if len(results) == 1 and ok:
        r = ok[0]
        if r["status"] == "imported":
            messages.success(
                request,
                f"{r['filename']} imported: {r['activities']} activities, {r['commitments']} commitments and "
                f"{r['themes']} themes to review.",
            )
        else:
            messages.info(request, f"{r['filename']} was already imported: here it is.")
        return redirect(r["paper"].get_absolute_url())
    status = 200 if ok else 400
    return render(request, "web/upload_results.html", _results_context(board, results), status=status)


def _results_context(board, results: list[dict], pending: bool = False) -> dict:
    """The upload results page's context: the rows, how many files are in each state, and where
    the upload stands in one line ("3 files: 1 still to read, 1 imported, 1 refused.")."""
    count = {"files": len(results)}
    for key in ("pending", "imported", "refused"):
        count[key] = sum(1 for r in results if r["status"] == key)
    count["already"] = count["files"] - count["pending"] - count["imported"] - count["refused"]
    states = [
        f"{count[key]} {words}"
        for key, words in (
            ("pending", "still to read"),
            ("imported", "imported"),
            ("already", "imported before"),
            ("refused", "refused"),
        )
        if count[key]
    ]
    files = f"{count['files']} file{'s' if count['files'] != 1 else ''}"
    where = f"{files}: {', '.join(states)}." if states else f"{files}."
    return {"board": board, "results": results, "pending": pending, "count": count, "where": where}


@login_required
@require_GET
def upload_jobs(request, slug):
    """Progress of the signed-in person's upload jobs (?job=uid, repeated); the page asks for it in
    place while any is waiting or being read (web/_job_page.html), then shows the results."""
    from boardwork.papers.models import ReadJob

    board = get_board(request, slug, edit=True)
    uids = []
    for value in request.GET.getlist("job")[:MAX_FILES]:
        try:
            uids.append(uuid.UUID(value))
        except ValueError:
            raise Http404("No such upload.") from None
    found = list(ReadJob.objects.filter(board=board, user=request.user, uid__in=uids).select_related("paper"))
    if not found:  # an old link, or someone else's: the board's papers are where to look
        messages.info(request, "Those uploads are not yours to follow; here are the board's papers.")
        return redirect("papers", board.slug)
    results = [_job_result(j) for j in found]
    pending = any(j.pending for j in found)
    return render(request, "web/upload_results.html", _results_context(board, results, pending))


def _paper(board, uid):
    return get_object_or_404(StoredPaper.objects.select_related("cycle", "meeting"), uid=uid, board=board)


def _block_text(block: dict) -> dict:
    """A source block reduced to what the review page shows (always rendered escaped)."""
    if not block:
        return {}
    if block.get("type") == "table":
        rows = ([block.get("header")] if block.get("header") else []) + list(block.get("rows") or [])
        return {"type": "table", "rows": rows[:30]}
    return {
        "type": block.get("type", "paragraph"),
        "number": block.get("number") or "",
        "text": block.get("text", ""),
        # The paper's outline, for the paper page: a heading's level (1 the title) and a list item's
        # depth. Schema values, but a stored structure is only as good as the reader that wrote it.
        "level": min(max(_int(block.get("level"), 2), 1), 3),
        "depth": min(max(_int(block.get("depth"), 1), 1), 4),
    }


def _int(value, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def review_items(paper, role):
    """The activities and commitments read from `paper` that `role` may see, each activity with
    the source block it came from."""
    blocks = (paper.structure or {}).get("blocks") or []
    acts = list(
        permissions.filter_records(Activity.objects.filter(source_paper=paper), role)
        .prefetch_related("themes", "organisations")
        .order_by("source_block", "id")
    )
    for a in acts:
        a.block = (
            _block_text(blocks[a.source_block])
            if a.source_block is not None and a.source_block < len(blocks)
            else {}
        )
    comms = list(
        permissions.filter_records(Commitment.objects.filter(source_paper=paper), role)
        .select_related("theme__cycle")
        .order_by("id")
    )
    return acts, comms


@login_required
@require_GET
def paper(request, slug, uid):
    board = get_board(request, slug)
    p = _paper(board, uid)
    acts, comms = review_items(p, request.role)
    n_review = sum(1 for x in acts + comms if x.review == Review.TO_REVIEW)
    # The paper's text, a block each with its anchor (#p-<index>): where search links a paragraph.
    text = [
        {**_block_text(b), "index": i}
        for i, b in enumerate((p.structure or {}).get("blocks") or [])
        if isinstance(b, dict)
    ]
    # Records the reader was unsure of, listed first so a reviewer starts with them; accepting in bulk
    # offers to leave them to be checked one by one.
    for i, a in enumerate(acts, 1):
        # (Where the paper numbers no paragraph, an unsure record is pointed to by its place among the
        # activities listed below, not by its place among the unsure ones.)
        a.position = i
    unsure = [a for a in acts if a.unsure and a.review == Review.TO_REVIEW]
    return render(
        request,
        "web/paper.html",
        {
            "board": board,
            "paper": p,
            "acts": acts,
            "comms": comms,
            "text": text,
            "n_review": n_review,
            "unsure": unsure,
            "n_sure": n_review - len(unsure),
            "can_edit": permissions.can_edit_board(request.role),
            "history": records.history_rows(Change.history(p)[:30]),
        },
    )


@login_required
@require_POST
def review_record(request, slug, uid, model, record_uid, action):
    board = get_board(request, slug, edit=True)
    p = _paper(board, uid)
    Model = {"activity": Activity, "commitment": Commitment}.get(model)
    if Model is None or action not in ("accept", "reject"):
        raise Http404
    obj = get_object_or_404(Model, uid=record_uid, source_paper=p)
    services = _services()
    try:
        version = int(request.POST.get("version") or obj.version)
    except ValueError:
        version = obj.version
    error = None
    if version != obj.version:
        error = (
            "Someone else changed this record while you were reviewing it; nothing was saved. Check it again."
        )
    else:
        try:
            (services.accept if action == "accept" else services.reject)(obj, request.user)
        except StaleEdit as e:
            error = str(e)
    if is_htmx(request):
        obj.refresh_from_db()
        template = "web/_review_activity.html" if model == "activity" else "web/_review_commitment.html"
        if isinstance(obj, Activity):
            blocks = (p.structure or {}).get("blocks") or []
            obj.block = (  # type: ignore[attr-defined]  # the source block, for _review_activity.html
                _block_text(blocks[obj.source_block])
                if obj.source_block is not None and obj.source_block < len(blocks)
                else {}
            )
        ctx = {"board": board, "paper": p, "can_edit": True, "error": error, "oob_count": True}
        ctx["a" if model == "activity" else "c"] = obj
        ctx["n_review"] = (
            Activity.objects.filter(source_paper=p, review=Review.TO_REVIEW).count()
            + Commitment.objects.filter(source_paper=p, review=Review.TO_REVIEW).count()
        )
        return render(request, template, ctx, status=409 if error else 200)
    if error:
        messages.error(request, error)
    else:
        messages.success(request, f"{str(Model._meta.verbose_name).capitalize()} {action}ed.")
    return redirect(p.get_absolute_url() + f"#r-{obj.uid}")


@login_required
@require_POST
def accept_all(request, slug, uid):
    board = get_board(request, slug, edit=True)
    p = _paper(board, uid)
    sure_only = request.POST.get("which") == "sure"
    n = _services().accept_all(p, request.user, sure_only=sure_only)
    done = f"{n} records accepted." if n != 1 else "1 record accepted."
    left = Activity.objects.filter(source_paper=p, review=Review.TO_REVIEW).exclude(unsure=[]).count()
    if sure_only and left:
        done += f" {left} that Boardwork was unsure of {'are' if left != 1 else 'is'} left for you to check."
    messages.success(request, done)
    return redirect(p.get_absolute_url())


@login_required
@require_GET
def paper_download(request, slug, uid):
    board = get_board(request, slug)
    p = _paper(board, uid)
    return _file_response(request, p)


def _file_response(request, p):
    if p.file:
        try:
            fh = p.file.open("rb")
        except OSError:
            raise Http404("The paper's file is missing") from None
        return FileResponse(fh, as_attachment=True, filename=p.filename or p.file.name.rsplit("/", 1)[-1])
    if p.structure:  # a composed paper: written as DOCX by a background job, kept for the next reader
        from boardwork.papers.services import rendering

        job = rendering.request(p.board, paper=p, user=request.user, version=pagecache.data_version())
        return _rendered(job)
    raise Http404("This paper has no file")


# -- papers written in the background (papers/services/rendering.py) --------------------------------


def _rendered(job):
    """The file when the job has written it (at once when it was written before, or when jobs run
    immediately), else the page that follows the job."""
    if job.status == job.Status.DONE:
        return _job_file(job)
    return redirect("render_job", job.uid)


def _job_file(job):
    from boardwork.papers.services import rendering

    resp = HttpResponse(rendering.content(job), content_type=job.media_type)
    resp["Content-Disposition"] = f'attachment; filename="{job.filename}"'
    return resp


def _render_job(request, uid):
    """The rendering job `uid` if the visitor may have its paper; 404 for anyone else."""
    from boardwork.papers.models import RenderJob
    from boardwork.papers.services import rendering

    job = RenderJob.objects.select_related("board", "paper").defer("content").filter(uid=uid).first()
    role = board_and_role(request, job.board.slug, request.user)[1] if job is not None else None
    if job is None or not rendering.may_fetch(job, role):
        raise Http404("No such paper.")
    return job, role


@require_GET
def render_job(request, uid):
    """A paper being written in the background: the page asks for its status in place while it is
    waiting or being written (web/_job_page.html), then links to the file, or says in one line
    why it could not be written."""
    job, role = _render_job(request, uid)
    board = job.board if permissions.can_view_board(role) else None
    if board is not None:
        enter_board(request, board, role)
    if job.paper is not None:
        back = job.paper.get_absolute_url() if board else reverse("public_paper", args=[job.paper.uid])
    else:
        back = reverse("compose", args=[job.board.slug])
    return render(
        request,
        "web/render_job.html",
        {"job": job, "pending": job.pending, "board": board, "back": back, "what": _render_what(job)},
    )


def _render_what(job) -> str:
    """What the job writes, as the clerk asked for it: 'End of year report 2020/21, Word (.docx)'
    (a page may wait for one of several downloads asked for in turn)."""
    from boardwork.boards.models import Cycle

    if job.paper is not None:
        return f"{job.paper.title}, Word (.docx)"
    spec = job.spec or {}
    kind = dict(REPORT_KINDS).get(str(spec.get("report", "")).replace("-", "_"), "Report")
    cycle = (
        Cycle.objects.filter(board=job.board, uid=spec["cycle"]).values_list("label", flat=True).first()
        if spec.get("cycle")
        else None
    )
    quarter = f"quarter {spec['quarter']}" if spec.get("quarter") else ""
    fmt = str(spec.get("fmt", ""))
    fmt = dict(FORMATS).get(fmt, fmt)
    return f"{' '.join(part for part in (kind, cycle, quarter) if part)}, {fmt}"


@require_GET
def render_file(request, uid):
    """The written file; while the job is not done, its page."""
    job, _ = _render_job(request, uid)
    if job.status != job.Status.DONE:
        return redirect("render_job", job.uid)
    return _job_file(job)


@login_required
@require_POST
def paper_publish(request, slug, uid):
    board = get_board(request, slug, need=permissions.can_publish)
    p = _paper(board, uid)
    from boardwork.papers import drafts

    back = reverse("draft", args=[slug, p.uid]) if p.is_draft_paper else p.get_absolute_url()
    if request.POST.get("publish") == "0":
        drafts.set_published(p, request.user, False)
        messages.success(request, "The paper is withdrawn: it is no longer public.")
    else:
        try:
            drafts.set_published(p, request.user, True)
        except NotSignedOff as e:
            messages.error(request, str(e))
            return redirect(back)
        messages.success(request, "The paper is published: anyone can now read and download it.")
    return redirect(back)


def _compose_initial(request, board) -> dict:
    """The compose form's starting choices named by the link (kind, cycle, quarter, format): the
    form itself validates them, and only the fields it accepts are taken."""
    probe = ComposeForm(request.GET, board=board)
    probe.is_valid()
    return {k: v for k, v in probe.cleaned_data.items() if k in request.GET and k not in probe.errors}


@login_required
@require_GET
def compose(request, slug):
    board = get_board(request, slug, need=permissions.can_compose)
    services = _services()
    action = request.GET.get("action")
    # A link without an action (a bookmark, "compose the work plan for 2022/23") preselects what
    # it names; only a valid choice is taken, the rest keep their defaults.
    form = ComposeForm(request.GET if action else None, board=board, initial=_compose_initial(request, board))
    ctx = {"board": board, "form": form}
    status = 200
    if action and form.is_valid():
        d = form.cleaned_data
        kind = d["kind"]
        quarter = d["quarter"] if kind == StoredPaper.Kind.PERFORMANCE else None
        try:
            if action == "download":
                # Written by a background job (papers/services/rendering.py); a failure is shown
                # on this form like any other error.
                from boardwork.papers.services import rendering

                spec = rendering.report_spec(
                    kind,
                    d["cycle"],
                    d["fmt"],
                    quarter=quarter,
                    with_sources=d["with_sources"],
                    base_url=request.build_absolute_uri("/"),  # links in the file work off the site
                )
                job = rendering.request(board, spec, user=request.user, version=pagecache.data_version())
                if job.status != job.Status.FAILED:
                    return _rendered(job)
                raise services.ReportError(job.message)
            doc = services.compose_report(board, kind, d["cycle"], quarter)
            if d["with_sources"]:
                opts = {
                    "with_sources": True,
                    "ref_labels": services.ref_labels(doc),
                    "ref_url": _ref_url(board),
                }
            else:
                opts = {}  # sources off: no numbers, no links, no list
            ctx["preview"] = fragment_html(doc, board, **opts)
            if permissions.can_edit_draft(request.role):
                from .draftviews import draft_form

                ctx["draft_form"] = draft_form(board, d, quarter)
        except services.ReportError as e:
            form.add_error(None, str(e))
            status = 400
    elif action:
        status = 400
    if action and form.is_valid():
        # What would make the paper wrong or thin, each with a link to fix it (papers/readiness.py).
        from boardwork.papers import readiness

        d = form.cleaned_data
        q = d["quarter"] if d["kind"] == StoredPaper.Kind.PERFORMANCE else None
        ctx["readiness"] = readiness.check(board, d["kind"], d["cycle"], q)
    kind_asked = (
        form.data.get("kind") if form.is_bound else form.initial.get("kind", StoredPaper.Kind.WORK_PLAN)
    )
    if kind_asked == StoredPaper.Kind.WORK_PLAN:
        if form.is_bound:
            cycle = form.cleaned_data.get("cycle") if form.is_valid() else board.current_cycle()
        else:
            cycle = form.initial.get("cycle") or board.current_cycle()
        ctx["feedback"] = list(
            Feedback.objects.filter(cycle=cycle)
            .select_related("theme", "person")
            .prefetch_related("answered_by")[:50]
            if cycle
            else []
        )
    return render(request, "web/compose.html", ctx, status=status)


# The HTML writer's fragment sets column widths with style attributes; the CSP blocks inline styles
# (and logs each one), so they are dropped. Text from records is escaped by the writer, so a
# literal ` style="` can only be the writer's own markup.
_STYLE_ATTR = re.compile(r'\sstyle="[^"]*"')


def fragment_html(doc, board, **opts) -> str:
    text = _services().html_fragment(doc, board, **opts)
    return mark_safe(_STYLE_ATTR.sub("", text))


def _ref_url(board):
    names = {"activity": "activity", "theme": "theme", "commitment": "commitment"}

    def url(ref: str):
        model, _, uid = ref.partition(":")
        if model in names and uid:
            return reverse(names[model], args=[board.slug, uid])
        return None

    return url


# -- public ---------------------------------------------------------------------------------------


@require_GET
def public_papers(request):
    qs = (
        permissions.filter_papers(StoredPaper.objects.all(), None)
        .select_related("board", "cycle")
        .order_by("-published_at", "-id")
    )
    page = records.paginate(request, qs, per_page=30)
    return render(request, "web/public_papers.html", {"page": page, "page_links": records.page_links(page)})


@require_GET
def public_paper(request, uid):
    p = get_object_or_404(
        permissions.filter_papers(StoredPaper.objects.select_related("board", "cycle"), None), uid=uid
    )
    body = None
    if p.structure and p.structure.get("blocks"):
        body = fragment_html(p.document(), p.board)
    return render(request, "web/public_paper.html", {"paper": p, "body": body})


@require_GET
def public_paper_download(request, uid):
    p = get_object_or_404(
        permissions.filter_papers(StoredPaper.objects.select_related("board"), None), uid=uid
    )
    return _file_response(request, p)
