"""Who may find what: the one place search decides visibility.

Each document carries audience tags (`audience_tags`), and each user gets a `Scope` naming the
tags they may see; the engine only ever matches one against the other, so results and counts
(facets included) follow the same rule on both databases.

- Anyone, signed in or not: papers (and their paragraphs) that are published.
- Members of a board: its papers, and its accepted records (activities, commitments with their
  updates, feedback); organisations, policies and people (shared by all boards) once they are on
  any board — as the organisation pages allow.
- Officers of a board (and admins, on every board): also its records still to review, which
  results mark as such. Rejected records are found by nobody.

Who is on which board comes from `boardwork.web.access` today. `scope_for` is the only function
that asks, so moving to `boardwork.boards.permissions` is one edit here.
"""

from __future__ import annotations

from dataclasses import dataclass

PUBLIC = "zvpublic"  # a published paper or paragraph
ALL = "zvall"  # anything an admin may find (all but rejected records)
SHARED = "zvshared"  # organisations, policies, people: for anyone on a board

PAPER_KINDS = ("paper", "paragraph")
SHARED_KINDS = ("organisation", "policy", "person")


def read_tag(board_id: int) -> str:
    return f"zvr{board_id}"


def edit_tag(board_id: int) -> str:
    return f"zve{board_id}"


def audience_tags(*, kind: str, board_id: int | None, review: str, published: bool) -> list[str]:
    """The audience tags of one document (see the module docstring for the rule)."""
    if review == "rejected":
        return []
    tags = [ALL]
    if kind in PAPER_KINDS:
        if published:
            tags.append(PUBLIC)
        if board_id is not None:
            tags.append(read_tag(board_id))
    elif kind in SHARED_KINDS or board_id is None:
        tags.append(SHARED)
    elif review == "to_review":
        tags.append(edit_tag(board_id))
    else:
        tags.append(read_tag(board_id))
    return tags


@dataclass(frozen=True)
class Scope:
    """What one user may find: `tags()` is the audience tags, any of which a hit must carry."""

    admin: bool = False
    read: frozenset[int] = frozenset()  # boards whose papers and accepted records they see
    edit: frozenset[int] = frozenset()  # boards whose to-review records they also see

    def tags(self) -> list[str]:
        if self.admin:
            return [ALL]
        tags = [PUBLIC]
        if self.read or self.edit:
            tags.append(SHARED)
        tags += [read_tag(b) for b in sorted(self.read | self.edit)]
        tags += [edit_tag(b) for b in sorted(self.edit)]
        return tags

    def boards(self) -> frozenset[int] | None:
        """The boards whose private material is in scope (None: all of them)."""
        return None if self.admin else self.read | self.edit

    def can_review(self, board_id: int | None) -> bool:
        return self.admin or (board_id is not None and board_id in self.edit)


PUBLIC_SCOPE = Scope()


def scope_for(user) -> Scope:
    """The search scope of `user` (None or anonymous: published papers only)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return PUBLIC_SCOPE
    if user.is_superuser:
        return Scope(admin=True)
    from boardwork.boards.models import Membership
    from boardwork.web.access import visible_boards

    read = frozenset(visible_boards(user).values_list("pk", flat=True))
    edit = frozenset(
        Membership.objects.current()
        .filter(person__user=user, role=Membership.Role.OFFICER, board__in=read)
        .values_list("board", flat=True)
    )
    return Scope(read=read, edit=edit)
