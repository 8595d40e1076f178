"""Who may find what: search's side of the one authorisation policy (boards/permissions.py).

Each document carries audience tags (`audience_tags`), and each user gets a `Scope` naming the
tags they may see; the engine only ever matches one against the other, so results and counts
(facets included) follow the same rule on both databases. The rule itself is the policy's:

- papers (and their paragraphs): published ones for anyone; a board's others for whoever
  `permissions.can_view_board` lets read the board;
- records with a review state (activities, commitments with their updates): the states
  `permissions.visible_reviews(role)` allows on that board (members: accepted; officers and
  admins: also to review and rejected, which results mark as such);
- feedback: all of a board's for `permissions.can_view_all_feedback(role)`, otherwise only the
  member's own (written by them or recorded for their person), as `filter_feedback` says;
- organisations, policies, people (shared by all boards): `permissions.can_view_shared`.

`scope_for` is the only function that asks the policy who is on which board.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from boardwork.boards import permissions

ALL = "zvall"  # every document: admins find everything
PUBLIC = "zvpublic"  # a published paper or paragraph
SHARED = "zvshared"  # organisations, policies, people

PAPER_KINDS = ("paper", "paragraph")
SHARED_KINDS = ("organisation", "policy", "person")
REVIEWS = {"accepted": "a", "to_review": "t", "rejected": "r"}


def paper_tag(board_id: int) -> str:
    return f"zvp{board_id}"


def record_tag(board_id: int, review: str) -> str:
    return f"zv{REVIEWS.get(review, 'a')}{board_id}"


def feedback_tag(board_id: int) -> str:
    return f"zvf{board_id}"


def user_tag(user_id: int) -> str:
    return f"zvu{user_id}"


def audience_tags(
    *, kind: str, board_id: int | None, review: str, published: bool, owners: tuple[int, ...] = ()
) -> list[str]:
    """The audience tags of one document (see the module docstring for the rule). `owners`: the
    user ids whose own document it is (feedback)."""
    if kind in PAPER_KINDS:
        tags = [ALL] + ([PUBLIC] if published else [])
        return tags + ([paper_tag(board_id)] if board_id is not None else [])
    if kind in SHARED_KINDS or board_id is None:
        return [ALL, SHARED]
    if kind == "feedback":
        return [ALL, feedback_tag(board_id), *(user_tag(u) for u in sorted(set(owners)))]
    return [ALL, record_tag(board_id, review)]


@dataclass(frozen=True)
class Scope:
    """What one user may find: `tags()` is the audience tags, any of which a hit must carry."""

    admin: bool = False
    roles: dict[int, str] = field(default_factory=dict)  # board id → role (permissions.roles_of)
    user_id: int | None = None

    def __hash__(self):
        return hash((self.admin, tuple(sorted(self.roles.items())), self.user_id))

    def tags(self) -> list[str]:
        if self.admin:
            return [ALL]
        tags = [PUBLIC]
        if permissions.can_view_shared(None, list(self.roles)):
            tags.append(SHARED)
        for board_id, role in sorted(self.roles.items()):
            if permissions.can_view_board(role):
                tags.append(paper_tag(board_id))
            tags += [record_tag(board_id, r) for r in permissions.visible_reviews(role)]
            if permissions.can_view_all_feedback(role):
                tags.append(feedback_tag(board_id))
        if self.user_id is not None:
            tags.append(user_tag(self.user_id))
        return tags

    def boards(self) -> frozenset[int] | None:
        """The boards whose private material is in scope (None: all of them)."""
        return None if self.admin else frozenset(self.roles)


PUBLIC_SCOPE = Scope()


def scope_for(user) -> Scope:
    """The search scope of `user` (None or anonymous: published papers only)."""
    if permissions.is_admin(user):
        return Scope(admin=True, user_id=user.pk)
    if not permissions.signed_in(user):
        return PUBLIC_SCOPE
    return Scope(roles=permissions.roles_of(user), user_id=user.pk)
