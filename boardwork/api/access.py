"""What the caller may read and change, asked of the one policy (boards/permissions.py): the
caller's role on a board, the refusals (401, 404 as for a missing record, 403), finding a board or
record the caller may read, and applying an edit's fields."""

from __future__ import annotations

from typing import NoReturn

from ninja.errors import HttpError

from boardwork.api.auth import user_of
from boardwork.boards import permissions
from boardwork.boards.models import Board
from boardwork.web.access import board_and_role

# -- permissions ---------------------------------------------------------------------------------


def role(request, board: Board) -> str | None:
    """The caller's role on `board` (permissions.role_on), looked up once a request."""
    cache = request.__dict__.setdefault("_bw_roles", {})
    if board.pk not in cache:
        cache[board.pk] = permissions.role_on(user_of(request), board)
    return cache[board.pk]


# What each `need` of check() asks of the policy.
NEEDS = {
    "view": permissions.can_view_board,
    "edit": permissions.can_edit_board,
    "compose": permissions.can_compose,
    "feedback": permissions.can_give_feedback,
}


# What a member is told when their role does not allow `need` (edit: refuse's default).
REFUSED = {"compose": "Only the board's officers can compose its reports and extract its papers."}


def refuse(request, board_role: str | None, what: str, message: str | None = None) -> NoReturn:
    """Raise the API's answer to a refused request (permissions.refusal): 401 to an anonymous
    caller, 404 ("There is no <what>") when the caller cannot read it — the same words as for one
    that does not exist — and 403 when they can read it but not do this."""
    kind = permissions.refusal(user_of(request), board_role)
    if kind is permissions.Refusal.SIGN_IN:
        raise HttpError(401, f"Sign in (or send an API token) to see {what}.")
    if kind is permissions.Refusal.NOT_FOUND:
        raise HttpError(404, f"There is no {what}.")
    raise HttpError(403, message or "Only the board's officers can change its records.")


def check(request, board: Board, need: str = "view", what: str = "such board") -> str:
    """The caller's role on `board`, or a refusal when it does not allow `need` (see NEEDS)."""
    r = role(request, board)
    if r is None or not permissions.can_view_board(r):
        refuse(request, None, what)
    if not NEEDS[need](r):
        refuse(request, r, what, REFUSED.get(need))
    return r


def get_board(request, slug: str, need: str = "view") -> Board:
    """The board `slug` names, if the caller may `need` it; a board they cannot read is answered
    as a missing one."""
    what = f"board {slug!r}"
    board, board_role = board_and_role(request, slug, user_of(request))
    if board is None:
        refuse(request, None, what)
    request.__dict__.setdefault("_bw_roles", {})[board.pk] = board_role
    check(request, board, need, what)
    return board


def get_or_404(qs, what: str, **kw):
    obj = qs.filter(**kw).first()
    if obj is None:
        raise HttpError(404, f"There is no such {what}.")
    return obj


def get_record(request, qs, what: str, board_of, need: str = "view", **kw):
    """The record `qs` finds with `kw` if the caller may `need` its board and see its review
    state; else the answer for a record that does not exist (see refuse)."""
    obj = qs.filter(**kw).first()
    if obj is None:
        refuse(request, None, f"such {what}")
    r = check(request, board_of(obj), need, f"such {what}")
    if hasattr(obj, "review") and not permissions.can_view_record(r, obj.review):
        refuse(request, None, f"such {what}")
    return obj


def need_shared(request, edit: bool = False) -> None:
    """Organisations and policies: readable by anyone on some board, changed by officers of any
    board (permissions.can_view_shared / can_edit_shared)."""
    user = user_of(request)
    if user is None:
        raise HttpError(401, "Sign in (or send an API token) to see organisations and policies.")
    if not permissions.can_view_shared(user):
        raise HttpError(403, "You do not have access to organisations and policies.")
    if edit and not permissions.can_edit_shared(user):
        raise HttpError(403, "Only officers can change organisations and policies.")


def visible_boards(request):
    """The boards the caller may read (permissions.visible_boards)."""
    return permissions.visible_boards(user_of(request))


def edit_fields(obj, payload, fields) -> dict:
    """Apply the fields the client sent; return the 'before' snapshot for the history."""
    sent = payload.model_dump(exclude_unset=True)
    changed = [f for f in fields if f in sent]
    before = obj.snapshot(changed)
    for f in changed:
        setattr(obj, f, sent[f])
    return before
