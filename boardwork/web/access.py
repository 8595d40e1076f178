"""Who may see and change what: plain functions every view calls (no mixins, no decorators with
hidden rules).

Boards are private to their people: a board's pages are for its members, its supporting officers
and admins. Anonymous visitors are sent to sign in (views use `login_required`); signed-in
outsiders get 404, so a board's existence is not disclosed. Members who try to change something
get 403. Published papers are the only public pages.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404

from boardwork.boards.models import Board, Membership

from . import pagecache

EDIT_ROLES = ("admin", "officer")


def get_board(request, slug: str, *, edit: bool = False) -> Board:
    """The board `slug` if the user may see it (and change it, with edit=True).

    Sets `request.board` and `request.role` for templates. 404 for boards the user is not on;
    403 when a member asks to edit."""
    board, role = board_and_role(request, slug, request.user)
    if board is None or role is None:
        raise Http404("No such board")
    if edit and role not in EDIT_ROLES:
        raise PermissionDenied("Only the board's officers can change its records.")
    request.board, request.role = board, role
    return board


def board_and_role(request, slug: str, user) -> tuple[Board | None, str | None]:
    """The board `slug` names (or None) and `user`'s role on it (None for none or anonymous).

    Both change only with the records (memberships are records), so they are remembered with the
    cached pages; is_superuser is in the name because it is not a record."""

    def look_up():
        board = Board.objects.filter(slug=slug).first()
        return board, board.role_for(user) if board else None

    pk = user.pk if user is not None else None
    superuser = int(bool(user is not None and user.is_superuser))
    return pagecache.remembered(request, f"board:{slug}:{pk}:{superuser}", look_up)


def require_edit(request) -> None:
    if getattr(request, "role", None) not in EDIT_ROLES:
        raise PermissionDenied("Only the board's officers can change its records.")


def require_admin(request) -> None:
    if not (request.user.is_authenticated and request.user.is_superuser):
        raise PermissionDenied("Only an administrator can do this.")


def visible_boards(user):
    """The boards `user` may read (all of them for admins)."""
    if not user.is_authenticated:
        return Board.objects.none()
    if user.is_superuser:
        return Board.objects.all()
    ids = Membership.objects.current().filter(person__user=user).values("board")
    return Board.objects.filter(Q(pk__in=ids))


def require_any_board(request) -> list[int]:
    """For pages not about one board (organisations): the user must be on at least one board.
    Returns the ids of the boards they can see (remembered with the cached pages)."""
    user = request.user
    ids = pagecache.remembered(
        request,
        f"visible-boards:{user.pk}:{int(user.is_superuser)}",
        lambda: list(visible_boards(user).order_by("pk").values_list("pk", flat=True)),
    )
    if not user.is_superuser and not ids:
        raise Http404("Nothing to show")
    return ids
