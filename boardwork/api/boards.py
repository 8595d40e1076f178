"""The caller (`/me`), the boards they can read, their cycles, meetings and calendar address."""

from __future__ import annotations

from django.urls import reverse
from ninja import Router

from boardwork.api.access import (
    get_board,
    refuse,
    role,
    visible_boards,
)
from boardwork.api.auth import user_of
from boardwork.api.schemas import (
    BoardOut,
    CalendarOut,
    CycleOut,
    MeetingOut,
    MeOut,
    board_out,
)
from boardwork.boards import permissions

# -- me, boards, cycles, meetings ----------------------------------------------------------------

account = Router(tags=["account"])
boards = Router(tags=["boards"])


@account.get("/me", response=MeOut)
def me(request):
    """Who the API thinks you are, and your role on each board you can see."""
    user = user_of(request)
    return {
        "username": user.get_username() if user else None,
        "authenticated": user is not None,
        "admin": permissions.is_admin(user),
        "boards": [{"slug": b.slug, "role": role(request, b)} for b in visible_boards(request)],
    }


@boards.get("/boards", response=list[BoardOut])
def list_boards(request):
    """The boards you can read (all of them for an admin)."""
    if user_of(request) is None:
        refuse(request, None, "boards")
    return [board_out(request, b) for b in visible_boards(request).select_related("parent")]


@boards.get("/boards/{slug}", response=BoardOut)
def board_detail(request, slug: str):
    return board_out(request, get_board(request, slug))


@boards.get("/boards/{slug}/cycles", response=list[CycleOut])
def list_cycles(request, slug: str):
    board = get_board(request, slug)
    cycles = list(board.cycles.all())
    current = board.current_cycle()
    return [
        {"uid": c.uid, "board": board.slug, "label": c.label, "start": c.start, "end": c.end,
         "current": current is not None and c.pk == current.pk}
        for c in cycles
    ]  # fmt: skip


@boards.get("/boards/{slug}/meetings", response=list[MeetingOut])
def list_meetings(request, slug: str):
    board = get_board(request, slug)
    return [
        {"uid": m.uid, "date": m.date, "start_time": m.start_time, "place": m.place, "title": m.title,
         "cycle": m.cycle.uid if m.cycle is not None else None}
        for m in board.meetings.select_related("cycle")
    ]  # fmt: skip


@boards.get("/boards/{slug}/calendar", response=CalendarOut, tags=["exports"])
def calendar_url(request, slug: str):
    """A private subscription address for the board's meetings (iCalendar), for calendar apps.

    The address carries a signed token for you and this board; it stops working when you leave
    the board. Treat it like a password."""
    from boardwork.web.exports import feed_token

    board = get_board(request, slug)
    user = user_of(request)
    path = reverse("board-meetings-ics", args=[board.slug]) + f"?token={feed_token(user, board)}"
    url = request.build_absolute_uri(path)
    return {"url": url, "webcal": "webcal://" + url.split("://", 1)[1]}
