"""Downloads: the activity log and commitments as CSV/XLSX, a board's meetings as an iCalendar
feed, and its people, organisations and memberships as Popolo JSON.

Each format is a plain function over querysets (testable without HTTP) plus a thin view. The views
accept the browser session, an `Authorization: Bearer <API token>` header, and — for the calendar
only — a signed per-user, per-board `?token=` that calendar apps can subscribe with.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404, HttpResponse, JsonResponse, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import resolve_url
from django.urls import NoReverseMatch
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.text import slugify

from boardwork.activities.filters import LOG_ORDER, FilterError, filter_activities
from boardwork.activities.models import NATIONS, Activity, ActivityOrganisation, Organisation
from boardwork.boards import permissions
from boardwork.boards.models import ApiToken, Board, Meeting, Membership, Person
from boardwork.plans.models import Commitment, ProgressUpdate, Theme

# -- spreadsheet safety --------------------------------------------------------------------------

# A spreadsheet treats a cell starting with one of these as a formula (CSV/formula injection);
# tab and carriage return are included because some spreadsheet apps strip them before parsing.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> object:
    """A value fit for a spreadsheet cell: text that could be read as a formula gets a leading quote."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


# -- rows ----------------------------------------------------------------------------------------

ACTIVITY_HEADER = [
    "Date",
    "Date precision",
    "Title",
    "Text",
    "Kinds",
    "Themes",
    "Commitment",
    "Organisations",
    "Policies",
    "People",
    "Nations",
    "Outcome",
    "Reach",
    "Cycle",
    "Review",
    "Source paper",
    "Source paragraph",
    "ID",
]


def export_activity_qs(qs: QuerySet) -> QuerySet:
    """`qs` with what the export rows read, fetched in a fixed number of queries per chunk."""
    # The source paper's title only: its parsed structure can be megabytes.
    qs = qs.select_related("cycle", "commitment", "source_paper").defer("source_paper__structure")
    return qs.prefetch_related(
        Prefetch("themes", queryset=Theme.objects.only("id", "title")),
        "policies",
        "people",
        Prefetch("organisation_links", queryset=ActivityOrganisation.objects.select_related("organisation")),
    )


def activity_rows(qs: QuerySet) -> Iterator[list]:
    """The header, then one row per activity (dates as ISO text, lists joined with '; ')."""
    yield ACTIVITY_HEADER
    for a in export_activity_qs(qs).iterator(chunk_size=2000):
        yield [
            a.date_iso or "",
            a.date_precision,
            a.title,
            a.text,
            "; ".join(a.kind_labels),
            "; ".join(t.title for t in a.themes.all()),
            a.commitment.title if a.commitment_id else "",
            "; ".join(
                f"{link.organisation.name} ({link.get_role_display().lower()})"
                if link.role != ActivityOrganisation.Role.NAMED
                else link.organisation.name
                for link in a.organisation_links.all()
            ),
            "; ".join(p.title for p in a.policies.all()),
            "; ".join(p.display_name for p in a.people.all()),
            "; ".join(NATIONS.get(n, n) for n in a.nation_list),
            a.outcome,
            a.reach,
            a.cycle.label if a.cycle_id else "",
            a.get_review_display(),
            a.source_paper.title if a.source_paper_id else "",
            a.source_paragraph,
            str(a.uid),
        ]


COMMITMENT_HEADER = [
    "Cycle",
    "Theme",
    "Order",
    "Commitment",
    "Owner",
    "Due",
    "State",
    "Latest RAG",
    "Latest quarter",
    "Latest commentary",
    "Carried forward from",
    "Delay reason",
    "Review",
    "ID",
]


def filter_commitments(qs: QuerySet, params: Mapping) -> QuerySet:
    """The activity-log parameters that make sense for commitments: theme, cycle, person (owner),
    q (words in the title), date_from/date_to (on the due date) and state."""
    from boardwork.activities.filters import _date, _uids, _values

    if theme := _uids(params, "theme"):
        qs = qs.filter(theme__uid__in=theme)
    if cycle := _uids(params, "cycle"):
        qs = qs.filter(theme__cycle__uid__in=cycle)
    if person := _uids(params, "person"):
        qs = qs.filter(owner__uid__in=person)
    if state := _values(params, "state"):
        bad = [s for s in state if s not in Commitment.State.values]
        if bad:
            raise FilterError("state", f"{bad[0]!r} is not one of {', '.join(Commitment.State.values)}")
        qs = qs.filter(state__in=state)
    if date_from := _date(params, "date_from"):
        qs = qs.filter(due__gte=date_from)
    if date_to := _date(params, "date_to"):
        qs = qs.filter(due__lte=date_to)
    for q in _values(params, "q"):
        for word in q.split()[:10]:
            qs = qs.filter(Q(title__icontains=word) | Q(delay_reason__icontains=word))
    return qs


def commitment_rows(qs: QuerySet) -> Iterator[list]:
    yield COMMITMENT_HEADER
    qs = qs.select_related("theme__cycle", "owner", "carried_from__theme__cycle").prefetch_related(
        Prefetch("updates", queryset=ProgressUpdate.objects.order_by("quarter", "created"))
    )
    for c in qs.iterator(chunk_size=2000):
        updates = list(c.updates.all())
        latest = updates[-1] if updates else None
        yield [
            c.theme.cycle.label,
            c.theme.title,
            c.order,
            c.title,
            c.owner_display,
            c.due.isoformat() if c.due else "",
            c.get_state_display(),
            latest.get_rag_display() if latest else "",
            f"Q{latest.quarter}" if latest else "",
            latest.commentary if latest else "",
            f"{c.carried_from.theme.cycle.label}: {c.carried_from.title}" if c.carried_from_id else "",
            c.delay_reason,
            c.get_review_display(),
            str(c.uid),
        ]


# -- CSV and XLSX --------------------------------------------------------------------------------


class _Echo:
    def write(self, value):
        return value


def csv_lines(rows: Iterable[list]) -> Iterator[str]:
    """CSV text, one line at a time (for streaming), every cell made formula-safe."""
    writer = csv.writer(_Echo())
    yield "\ufeff"  # a BOM, so Excel opens UTF-8 as UTF-8
    for row in rows:
        yield writer.writerow([safe_cell(v) for v in row])


def to_csv(rows: Iterable[list]) -> str:
    return "".join(csv_lines(rows))


def to_xlsx(rows: Iterable[list], title: str = "Export") -> bytes:
    """An XLSX workbook (one sheet; header row bold and frozen), built in write-only mode."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=re.sub(r"[\[\]:*?/\\]", " ", title)[:31] or "Export")
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    for i, row in enumerate(rows):
        cells = []
        for value in row:
            # openpyxl refuses control characters that XML cannot hold; they carry no meaning here.
            v = safe_cell(value)
            if isinstance(v, str):
                v = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", v)
            cell = WriteOnlyCell(ws, value=v)
            if isinstance(v, str):
                cell.data_type = "s"  # never let openpyxl read text as a formula
            if i == 0:
                cell.font = bold
            cells.append(cell)
        ws.append(cells)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _download(rows: Iterable[list], fmt: str, name: str, title: str) -> HttpResponseBase:
    response: HttpResponseBase
    if fmt == "csv":
        response = StreamingHttpResponse(csv_lines(rows), content_type="text/csv; charset=utf-8")
    else:
        response = HttpResponse(to_xlsx(rows, title), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


# -- iCalendar (RFC 5545) ------------------------------------------------------------------------


def ics_escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n")
    )


def ics_fold(line: str) -> str:
    """Fold a content line to at most 75 octets per physical line (RFC 5545 §3.1), never splitting
    a UTF-8 character; continuation lines start with one space."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        limit = 75 if not out else 74  # a continuation's leading space counts
        if size + n > limit:
            out.append("".join(current))
            current, size = [], 0
        current.append(ch)
        size += n
    out.append("".join(current))
    return "\r\n ".join(out)


def _utc(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def meetings_ics(board: Board, meetings: Iterable[Meeting], now: dt.datetime | None = None) -> str:
    """The board's meetings as an iCalendar (VCALENDAR) text with CRLF line ends.

    A meeting with a start time is a timed event (the time is the board's local time, written in
    UTC so no VTIMEZONE is needed); without one it is an all-day event. No end is invented."""
    stamp = _utc(now or timezone.now())
    tz = ZoneInfo(settings.TIME_ZONE)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Boardwork//Board meetings//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{ics_escape(board.name)}",
    ]
    for m in meetings:
        lines += ["BEGIN:VEVENT", f"UID:{m.uid}@boardwork", f"DTSTAMP:{stamp}"]
        if m.start_time:
            start = dt.datetime.combine(m.date, m.start_time, tzinfo=tz)
            lines.append(f"DTSTART:{_utc(start)}")
        else:
            lines.append(f"DTSTART;VALUE=DATE:{m.date:%Y%m%d}")
            lines.append(f"DTEND;VALUE=DATE:{m.date + dt.timedelta(days=1):%Y%m%d}")
        lines.append(f"SUMMARY:{ics_escape(m.title or f'{board.name} meeting')}")
        if m.place:
            lines.append(f"LOCATION:{ics_escape(m.place)}")
        agenda = [f"{item.number}. {item.title}" for item in m.agenda.all()]
        if agenda:
            lines.append("DESCRIPTION:" + ics_escape("Agenda:\n" + "\n".join(agenda)))
        lines.append(f"SEQUENCE:{max(0, m.version - 1)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(ics_fold(line) + "\r\n" for line in lines)


def feed_token(user, board: Board) -> str:
    """A calendar subscription token for `user` on `board`. It is tied to the user's password hash,
    so changing the password revokes it, and access is re-checked on every fetch."""
    mac = salted_hmac("boardwork.ics", f"{user.pk}:{board.pk}:{user.password}").hexdigest()[:32]
    return f"{user.pk}.{mac}"


def user_for_feed_token(token: str, board: Board):
    uid, _, mac = (token or "").partition(".")
    if not uid.isdigit() or not mac:
        return None
    user = get_user_model().objects.filter(pk=int(uid), is_active=True).first()
    if user is None or not constant_time_compare(feed_token(user, board), token):
        return None
    return user


# -- Popolo --------------------------------------------------------------------------------------

ROLE_LABELS = dict(Membership.Role.choices)


def popolo(board: Board) -> dict:
    """People, organisations and memberships of `board` in Popolo's JSON shape
    (https://www.popoloproject.com/specs/): the board (and its parents and host body), the
    parties its councillors belong to, and the organisations named in its activities."""
    memberships = list(Membership.objects.filter(board=board).select_related("person"))
    people = {m.person.pk: m.person for m in memberships}
    for p in Person.objects.filter(commitments__theme__cycle__board=board).distinct():
        people.setdefault(p.pk, p)

    host_id = f"organization:{slugify(board.organisation) or 'host'}"
    organizations: list[dict[str, Any]] = [
        {"id": host_id, "name": board.organisation, "classification": "body"}
    ]
    if board.organisation_acronym:
        organizations[0]["other_names"] = [{"name": board.organisation_acronym, "note": "acronym"}]
    node: Board | None = board
    chain: list[Board] = []
    while node is not None and node.pk not in {b.pk for b in chain}:
        chain.append(node)
        node = node.parent
    for b in chain:
        organizations.append(
            {
                "id": f"board:{b.uid}",
                "name": b.name,
                "classification": "committee" if b.parent_id else "board",
                "parent_id": f"board:{b.parent.uid}" if b.parent is not None else host_id,
                **({"description": b.remit} if b.remit else {}),
            }
        )

    persons: list[dict[str, Any]] = []
    out_memberships: list[dict[str, str]] = []
    parties: dict[str, dict[str, str]] = {}
    for p in sorted(people.values(), key=lambda p: p.name):
        person: dict[str, Any] = {"id": f"person:{p.uid}", "name": p.name}
        if p.honorific:
            person["honorific_prefix"] = p.honorific
        if p.email:
            person["email"] = p.email
        if p.phone:
            person["contact_details"] = [{"type": "voice", "value": p.phone}]
        if p.council:
            person["extras"] = {"council": p.council}
        if p.role:
            person["summary"] = p.role
        persons.append(person)
        if p.party:
            party_id = f"party:{slugify(p.party)}"
            parties.setdefault(party_id, {"id": party_id, "name": p.party, "classification": "party"})
            out_memberships.append(
                {
                    "id": f"party-membership:{p.uid}",
                    "person_id": person["id"],
                    "organization_id": party_id,
                    "role": "member",
                }  # fmt: skip
            )
    for m in memberships:
        item = {
            "id": f"membership:{m.uid}",
            "person_id": f"person:{m.person.uid}",
            "organization_id": f"board:{board.uid}",
            "role": ROLE_LABELS.get(m.role, m.role),
        }
        if m.start:
            item["start_date"] = m.start.isoformat()
        if m.end:
            item["end_date"] = m.end.isoformat()
        out_memberships.append(item)
    organizations += sorted(parties.values(), key=lambda o: o["name"])

    named = Organisation.objects.filter(activity_links__activity__board=board).distinct().order_by("name")
    for o in named:
        org: dict[str, Any] = {
            "id": f"organisation:{o.uid}",
            "name": o.name,
            "classification": o.get_kind_display(),
        }
        other = [{"name": o.acronym, "note": "acronym"}] if o.acronym else []
        other += [{"name": a} for a in o.aliases or []]
        if other:
            org["other_names"] = other
        if o.website:
            org["links"] = [{"url": o.website, "note": "website"}]
        organizations.append(org)
    return {"persons": persons, "organizations": organizations, "memberships": out_memberships}


# -- views ---------------------------------------------------------------------------------------


def _request_user(request):
    header = request.headers.get("Authorization", "")
    if header:
        scheme, _, key = header.partition(" ")
        user = ApiToken.user_for(key.strip()) if scheme.lower() == "bearer" else None
        if user is None:
            response = HttpResponse("The API token is not valid.\n", status=401, content_type="text/plain")
            response["WWW-Authenticate"] = 'Bearer realm="boardwork"'
            return None, response
        return user, None
    return (request.user if request.user.is_authenticated else None), None


def _board_for(request, slug: str, user):
    """The board and `user`'s role on it; 404 for a board they cannot read, as for a missing one."""
    board, role = permissions.board_and_role(slug, user)
    if board is None or not permissions.can_view_board(role):
        raise Http404("There is no such board.")
    return board, role


def _guard(request, slug: str):
    """(board, role, None) when the caller may read the board, else (None, None, response)."""
    user, failed = _request_user(request)
    if failed:
        return None, None, failed
    if user is None:
        try:
            resolve_url(settings.LOGIN_URL)
        except NoReverseMatch:
            return (
                None,
                None,
                HttpResponse("Sign in to download this.\n", status=401, content_type="text/plain"),
            )
        return None, None, redirect_to_login(request.get_full_path())
    board, role = _board_for(request, slug, user)
    return board, role, None


def _filter_error(err: FilterError) -> HttpResponse:
    return HttpResponse(f"{err.field}: {err.message}\n", status=400, content_type="text/plain")


def export_activities(request, slug: str, fmt: str):
    """The activity log as CSV or XLSX, filtered by the log's query parameters."""
    board, role, failed = _guard(request, slug)
    if failed:
        return failed
    qs = permissions.filter_records(Activity.objects.filter(board=board), role)
    try:
        qs = filter_activities(qs, request.GET)
    except FilterError as e:
        return _filter_error(e)
    stamp = dt.date.today().isoformat()
    return _download(
        activity_rows(qs.order_by(*LOG_ORDER)), fmt, f"{board.slug}-activities-{stamp}", "Activities"
    )


def export_commitments(request, slug: str, fmt: str):
    board, role, failed = _guard(request, slug)
    if failed:
        return failed
    qs = permissions.filter_records(Commitment.objects.filter(theme__cycle__board=board), role)
    try:
        qs = filter_commitments(qs, request.GET)
    except FilterError as e:
        return _filter_error(e)
    stamp = dt.date.today().isoformat()
    return _download(commitment_rows(qs), fmt, f"{board.slug}-commitments-{stamp}", "Commitments")


def export_meetings_ics(request, slug: str):
    """The board's meetings as a calendar feed: `?token=` (from the API's /calendar) or a session."""
    token = request.GET.get("token")
    if token:
        board = Board.objects.filter(slug=slug).first()
        user = user_for_feed_token(token, board) if board else None
        if board is None or user is None or not permissions.can_view_board(permissions.role_on(user, board)):
            # One answer for every failure: a feed URL reveals nothing about what exists.
            return HttpResponse(
                "This calendar address is not valid.\n", status=404, content_type="text/plain"
            )
    else:
        board, _role, failed = _guard(request, slug)
        if failed:
            return failed
    meetings = Meeting.objects.filter(board=board).prefetch_related("agenda").order_by("date", "start_time")
    response = HttpResponse(meetings_ics(board, meetings), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{board.slug}-meetings.ics"'
    return response


def export_popolo(request, slug: str):
    board, _role, failed = _guard(request, slug)
    if failed:
        return failed
    return JsonResponse(popolo(board), json_dumps_params={"ensure_ascii": False, "indent": 2})
