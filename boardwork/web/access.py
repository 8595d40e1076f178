"""The web pages' door to the authorisation policy (boards/permissions.py): plain functions every
view calls (no mixins, no decorators with hidden rules). The rules live in the policy; this module
only looks roles up once a request (remembered with the cached pages) and turns a refusal into the
web's answer.

Anonymous visitors are sent to sign in (views use `login_required`); signed-in people who cannot
read a board get 404, exactly as for a board that does not exist; people of the board who try
something their role does not allow get 403. Published papers are the only public pages.
"""

from __future__ import annotations

from typing import NoReturn

from django.core.exceptions import PermissionDenied
from django.http import Http404

from boardwork.boards import permissions
from boardwork.boards.models import Board

from . import pagecache

# For views and templates that ask "may this role change the board?" (kept for the activity code).
EDIT_ROLES = permissions.EDIT_ROLES


# What people of the board are told when their role does not allow the action (edit: the default).
REFUSED = {
    permissions.can_compose: "Only the board's officers can compose its reports.",
    permissions.can_publish: "Only the board's officers can publish its papers.",
}


def refuse(request, role, message: str = "Only the board's officers can change its records.") -> NoReturn:
    """Raise the web's answer to a refused request (see permissions.refusal)."""
    kind = permissions.refusal(request.user, role)
    # Board pages send anonymous visitors to sign in before they get here (login_required); one
    # that arrives anyway is told nothing, the answer that discloses least.
    if kind in (permissions.Refusal.SIGN_IN, permissions.Refusal.NOT_FOUND):
        raise Http404("No such board")
    raise PermissionDenied(message)


def get_board(request, slug: str, *, edit: bool = False, need=None) -> Board:
    """The board `slug` if the user may read it and, with edit=True (or `need`, a predicate of
    the policy such as permissions.can_compose), do that too.

    Sets `request.board`, `request.role` and `request.can` (permissions.Abilities) for templates.
    404 for boards the user cannot read, whether they exist or not; 403 for a refused action."""
    board, role = board_and_role(request, slug, request.user)
    if board is None or not permissions.can_view_board(role):
        refuse(request, None)
    if need is None and edit:
        need = permissions.can_edit_board
    if need is not None and not need(role):
        refuse(request, role, *([REFUSED[need]] if need in REFUSED else []))
    enter_board(request, board, role)
    return board


def enter_board(request, board: Board, role: str | None) -> None:
    """Set `request.board`, `request.role` and `request.can` for templates (the board's
    navigation shows what the role may do): for a page of `board` its view has checked."""
    request.board, request.role, request.can = board, role, permissions.abilities(role)


def board_and_role(request, slug: str, user) -> tuple[Board | None, str | None]:
    """permissions.board_and_role, remembered until the records change (memberships are records;
    is_superuser is not, so it is in the name)."""
    pk = user.pk if permissions.signed_in(user) else None
    admin = int(permissions.is_admin(user))
    return pagecache.remembered(
        request, f"board:{slug}:{pk}:{admin}", lambda: permissions.board_and_role(slug, user), people=True
    )


def require_edit(request) -> None:
    """For a view that read a board with get_board and then meets an edit (a POST)."""
    role = getattr(request, "role", None)
    if not permissions.can_edit_board(role):
        refuse(request, role)


def require_admin(request) -> None:
    if not permissions.is_admin(request.user):
        raise PermissionDenied("Only an administrator can do this.")


def require_merge(request, *records) -> None:
    """For merging shared records: refused (403, saying who can) unless the policy lets this user
    merge `records` (permissions.may_merge_shared): the duplicate when the form is shown, both
    once the record kept is chosen."""
    if not permissions.may_merge_shared(request.user, *records):
        if not permissions.can_edit_shared(request.user):
            raise PermissionDenied("Only the boards' officers and administrators can merge records.")
        raise PermissionDenied(permissions.MERGE_REFUSED)


def visible_boards(user):
    """The boards `user` may read (permissions.visible_boards)."""
    return permissions.visible_boards(user)


def _roles(request) -> dict[int, str]:
    """permissions.roles_of for the signed-in user, remembered until the records change."""
    user = request.user
    return pagecache.remembered(request, f"roles:{user.pk}", lambda: permissions.roles_of(user), people=True)


def roles_of(request) -> dict[int, str]:
    """permissions.roles_of for the signed-in user, remembered until the records change."""
    return _roles(request)


def sees_key(request) -> str:
    """permissions.sees_key for the signed-in user (what they can see, role per board)."""
    user = request.user
    if permissions.is_admin(user):
        return permissions.sees_key(user)
    return permissions.sees_key(user, roles=_roles(request))


def require_any_board(request) -> list[int]:
    """For pages not about one board (organisations): the user must be able to read shared
    records (permissions.can_view_shared). Returns the ids of the boards they can see
    (remembered with the cached pages)."""
    user = request.user
    if permissions.is_admin(user):
        ids = pagecache.remembered(
            request, "visible-boards:admin", lambda: permissions.visible_board_ids(user), people=True
        )
    else:
        ids = permissions.visible_board_ids(user, roles=_roles(request))
    if not permissions.can_view_shared(user, visible_board_ids=ids):
        raise Http404("Nothing to show")
    return ids
