"""Who may see and do what: Boardwork's one authorisation policy.

The web pages (web/access.py), the REST API (api.py), the downloads (web/exports.py), the page
cache (web/pagecache.py) and the command line all ask here; none of them keeps a rule of its own.
A rule changed here changes everywhere, and tests/test_permissions.py and
web/tests/test_routes_policy.py hold every route to it.

Roles, per board and per day (memberships have start and end dates):

- **admin** (a superuser): everything, on every board.
- **officer** (a current membership with role "officer"): edits the boards they support
  (records, reviews of imported records, papers, publishing, composing reports, rollover), sees
  records waiting for review and rejected ones, and reads every member's feedback with names.
- **member** (any other current membership: chair, vice-chair, lead member, member): reads the
  board's *accepted* records only, gives feedback, and sees their own feedback only.
- **public** (no role: anonymous, or signed in and on no board, or on another board — an
  "outsider"): published papers only. A board the caller cannot read is answered exactly as a
  board that does not exist (404, or "sign in" to an anonymous caller for both), so its existence
  is not disclosed.

Decisions (issue #12 point 4, where the web and the API used to disagree):

- *Others' feedback*: a member sees none of it, with or without names. Feedback is addressed to
  the board's officers (the web says so when it is sent), and on a board of a dozen people an
  anonymised comment is rarely anonymous: its subject and voice name its writer.
- *Records by review state*: a member sees accepted records only, on every page and endpoint; a
  to-review or rejected record is answered as missing (404), like a record of another board.
- *Composing reports* (and extracting a stored paper's records) is officers' work: a composed
  paper is a board paper in the making, and the compose page shows members' feedback with names.
- *Organisations and policies* are shared by all boards: anyone with a role on some board reads
  them; an officer of any board (or an admin) maintains them. Merging two of them (or two
  people) rewrites the links of every board that uses them, so an officer may merge them when
  every such board is one they are an officer of; otherwise an administrator does
  (`can_merge_shared`, `may_merge_shared`, and the refusal `MERGE_REFUSED` every door shows).

- *Draft papers and sign-off* (issue #11): officers save, edit and recompose drafts
  (`can_edit_draft`) and publish (`can_publish`); the board's people may take part in sign-off
  (`can_approve`), and which step each may approve is `can_approve_step`: the board's chain names
  membership roles (default: an officer, then the chair if the board has one); the officer step
  needs an officer other than the paper's author; an admin may act at any step.

Two layers: `role_on` / `roles_of` / `visible_boards` look roles up (the only queries here), and
the predicates (`can_view_board(role)`, `can_edit_board(role)`, …) and queryset filters decide
from a role already looked up, so a page that checks several things costs one lookup. `can(user,
action, obj)` combines both for callers holding a user and a record. `refusal()` says how a
refusal is answered (sign in / not found / forbidden) so every door answers alike.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass

from django.db.models import Q, QuerySet

ADMIN, OFFICER, MEMBER = "admin", "officer", "member"
ROLES = (ADMIN, OFFICER, MEMBER)
EDIT_ROLES = frozenset({ADMIN, OFFICER})
READ_ROLES = frozenset(ROLES)


# -- looking roles up ----------------------------------------------------------------------------


def signed_in(user) -> bool:
    """True for a real, signed-in account (not None, not anonymous)."""
    return bool(user is not None and getattr(user, "is_authenticated", False))


def is_admin(user) -> bool:
    """An administrator: a signed-in, active superuser. Sees and changes everything."""
    return signed_in(user) and bool(user.is_superuser) and bool(getattr(user, "is_active", True))


def admins() -> Q:
    """`is_admin` as a query on user accounts: `User.objects.filter(admins())`. Pages that list
    people (who changed what) use it, so an inactive superuser is no administrator there either."""
    return Q(is_superuser=True, is_active=True)


def _memberships(user):
    from boardwork.boards.models import Membership

    return Membership.objects.current().filter(person__user=user)


def _strongest(roles) -> str | None:
    from boardwork.boards.models import Membership

    roles = set(roles)
    if not roles:
        return None
    return OFFICER if Membership.Role.OFFICER in roles else MEMBER


def role_on(user, board) -> str | None:
    """'admin', 'officer', 'member' or None: `user`'s role on `board` today.

    Officer wins over any other membership of the same person on the same board."""
    if not signed_in(user) or board is None:
        return None
    if is_admin(user):
        return ADMIN
    return _strongest(_memberships(user).filter(board=board).values_list("role", flat=True))


def roles_of(user) -> dict[int, str]:
    """{board id: role} for every board `user` has a current role on (one query). Empty for
    anonymous callers; admins have every board, so ask `is_admin` first when it matters."""
    if not signed_in(user):
        return {}
    by_board: dict[int, set[str]] = {}
    for board_id, role in _memberships(user).values_list("board_id", "role"):
        by_board.setdefault(board_id, set()).add(role)
    # Every set here holds a role, so each board has its strongest.
    return {board_id: strongest for board_id, roles in by_board.items() if (strongest := _strongest(roles))}


def visible_boards(user) -> QuerySet:
    """The boards `user` may read, as a queryset (all of them for an admin, none for the public).

    For other apps (search, reports) to narrow their own querysets: `board__in=visible_boards(u)`."""
    from boardwork.boards.models import Board

    if is_admin(user):
        return Board.objects.all()
    if not signed_in(user):
        return Board.objects.none()
    return Board.objects.filter(pk__in=_memberships(user).values("board"))


def visible_board_ids(user, roles: dict[int, str] | None = None) -> list[int]:
    """The ids of `visible_boards(user)`, sorted; from `roles` (roles_of(user)) when the caller
    has them already."""
    if is_admin(user):
        return list(visible_boards(user).order_by("pk").values_list("pk", flat=True))
    return sorted(roles_of(user) if roles is None else roles)


def board_and_role(slug: str, user):
    """(the board `slug` names or None, `user`'s role on it or None): one look-up for a request."""
    from boardwork.boards.models import Board

    board = Board.objects.filter(slug=slug).first()
    return board, role_on(user, board)


def sees_key(user, roles: dict[int, str] | None = None) -> str:
    """A short text that is equal for two users exactly when they can see the same things across
    boards: 'public', 'admin', or a digest of their role on each board (`roles`, if the caller has
    roles_of(user) already). Pages about more than one board (home, organisations) are cached
    under it (web/pagecache.py)."""
    if is_admin(user):
        return ADMIN
    roles = roles_of(user) if roles is None else roles
    if not roles:
        return "public"
    text = ",".join(f"{b}={r}" for b, r in sorted(roles.items()))
    return "roles:" + hashlib.sha256(text.encode()).hexdigest()[:24]


# -- deciding from a role ------------------------------------------------------------------------


def can_view_board(role: str | None) -> bool:
    """Read the board: its overview, themes, commitments, activity log, meetings, papers, exports."""
    return role in READ_ROLES


def can_edit_board(role: str | None) -> bool:
    """Change the board's records: activities, themes, commitments, progress updates, imports and
    their review, cycle rollover."""
    return role in EDIT_ROLES


def can_compose(role: str | None) -> bool:
    """Compose a report from the records (and extract records from a stored paper)."""
    return role in EDIT_ROLES


def can_publish(role: str | None) -> bool:
    """Publish or unpublish one of the board's papers."""
    return role in EDIT_ROLES


def can_edit_draft(role: str | None) -> bool:
    """Save a composed paper as a draft, edit its blocks' text, recompose it."""
    return role in EDIT_ROLES


def can_approve(role: str | None) -> bool:
    """Take part in signing off the board's papers at all; which step a person may approve is
    `can_approve_step` (the sign-off chain names membership roles, e.g. officer then chair)."""
    return role in READ_ROLES


def can_approve_step(user, board_roles: set[str], step_role: str, author_id: int | None) -> bool:
    """May `user`, holding the membership roles `board_roles` on the board today
    (`membership_roles`), approve or return a paper at a sign-off step that needs `step_role`?

    Decisions (issue #11): an admin may act at any step. The "officer" step needs an officer
    *other than the paper's author* (a second pair of eyes: nobody signs off their own paper).
    Any other step ("chair", "vice_chair", …) needs a current membership with that role."""
    if is_admin(user):
        return True
    if step_role not in board_roles:
        return False
    return not (step_role == OFFICER and author_id is not None and author_id == user.pk)


def membership_roles(user, board) -> set[str]:
    """The membership roles ("officer", "chair", "member"…) `user` holds on `board` today (one
    query; empty for anonymous callers). For sign-off steps, which name these roles."""
    if not signed_in(user) or board is None:
        return set()
    return set(_memberships(user).filter(board=board).values_list("role", flat=True))


def can_view_changes(role: str | None) -> bool:
    """Read the board-wide change log (who changed what, when): officers' work, since it shows
    records members do not see (to review, rejected, withdrawn)."""
    return role in EDIT_ROLES


def can_edit_signoff_chain(role: str | None) -> bool:
    """Set which roles must approve the board's papers, in order: the board's officers (each change
    is in the board's history; the officer step still needs someone other than the author)."""
    return role in EDIT_ROLES


def can_give_feedback(role: str | None) -> bool:
    """Comment on a cycle's priorities."""
    return role in READ_ROLES


def can_view_all_feedback(role: str | None) -> bool:
    """Read everyone's feedback, with names (else only one's own; see the module's decisions)."""
    return role in EDIT_ROLES


def can_manage_members(role: str | None) -> bool:
    """Add, end or change memberships (who has which role): administrators only."""
    return role == ADMIN


def visible_reviews(role: str | None) -> tuple[str, ...]:
    """The review states of the records `role` may see: all three for editors, accepted for
    members, none for the public."""
    from boardwork.plans.models import Review

    if role in EDIT_ROLES:
        return tuple(Review.values)
    if role in READ_ROLES:
        return (Review.ACCEPTED,)
    return ()


def can_view_record(role: str | None, review: str) -> bool:
    """Read one record (activity, commitment) in review state `review`."""
    return review in visible_reviews(role)


def can_view_paper(role: str | None, published: bool) -> bool:
    """Read a paper of the board: any paper for its people, a published one for anybody."""
    return bool(published) or can_view_board(role)


@dataclass(frozen=True)
class Abilities:
    """What a role may do on one board, for templates: `{% if request.can.edit_board %}`."""

    role: str | None
    view_board: bool
    edit_board: bool
    compose: bool
    publish: bool
    give_feedback: bool
    view_all_feedback: bool
    manage_members: bool
    view_records_to_review: bool
    edit_draft: bool
    approve: bool


def abilities(role: str | None) -> Abilities:
    """Every predicate above answered for `role`."""
    return Abilities(
        role=role,
        view_board=can_view_board(role),
        edit_board=can_edit_board(role),
        compose=can_compose(role),
        publish=can_publish(role),
        give_feedback=can_give_feedback(role),
        view_all_feedback=can_view_all_feedback(role),
        manage_members=can_manage_members(role),
        view_records_to_review=can_view_record(role, "to_review"),
        edit_draft=can_edit_draft(role),
        approve=can_approve(role),
    )


# -- shared reference data (organisations, policies) ---------------------------------------------


def can_view_shared(user, visible_board_ids=None) -> bool:
    """Read organisations and policies: anyone with a role on some board (pass the ids of
    `visible_boards(user)` when the caller has them, to save the query)."""
    if is_admin(user):
        return True
    return bool(roles_of(user) if visible_board_ids is None else visible_board_ids)


def can_edit_shared(user, roles: dict[int, str] | None = None) -> bool:
    """Create and change organisations and policies: an officer of any board, or an admin (pass
    `roles`, roles_of(user), when the caller has them, to save the query)."""
    return is_admin(user) or OFFICER in (roles_of(user) if roles is None else roles).values()


# What every door says when an officer may not merge two shared records.
MERGE_REFUSED = (
    "These records are also used by boards you are not an officer of, so merging them would change "
    "those boards' records: ask an administrator to merge them."
)


def can_merge_shared(user, used_by: set[int] | None = None, roles: dict[int, str] | None = None) -> bool:
    """Merge shared records (organisations, policies, people), which rewrites the links of every
    board using them: an admin; or an officer of every board in `used_by` (the boards using the
    records, boards.models.boards_using). Records no board uses yet: any board's officer. Without
    `used_by`, admins only (nothing is known of the records)."""
    if is_admin(user):
        return True
    if used_by is None:
        return False
    roles = roles_of(user) if roles is None else roles
    officer_of = {board_id for board_id, role in roles.items() if role == OFFICER}
    return bool(officer_of) and set(used_by) <= officer_of


def may_merge_shared(user, *records, roles: dict[int, str] | None = None) -> bool:
    """can_merge_shared for these records (looks up the boards that use them)."""
    if is_admin(user):
        return True
    if not signed_in(user):
        return False
    from boardwork.boards.models import boards_using

    return can_merge_shared(user, set().union(*(boards_using(r) for r in records)), roles=roles)


# -- filtering querysets -------------------------------------------------------------------------


def filter_records(qs: QuerySet, role: str | None, field: str = "review") -> QuerySet:
    """`qs` (activities, commitments, or rows reached through them via `field`, e.g.
    'activity__review') narrowed to the review states `role` may see."""
    reviews = visible_reviews(role)
    if len(reviews) == len(_all_reviews()):
        return qs
    return qs.filter(**{f"{field}__in": reviews})


def _all_reviews():
    from boardwork.plans.models import Review

    return Review.values


def filter_feedback(qs: QuerySet, role: str | None, user) -> QuerySet:
    """`qs` (Feedback) narrowed to what `user`, with `role` on the board, may read: all of it for
    editors, their own for members, nothing for anyone else. Their own is what they wrote signed
    in, or what is recorded as their person's (feedback loaded from a backup or the demo has a
    person but no account)."""
    if can_view_all_feedback(role):
        return qs
    if can_give_feedback(role) and signed_in(user):
        return qs.filter(Q(author=user) | Q(person__user=user))
    return qs.none()


def filter_papers(qs: QuerySet, role: str | None) -> QuerySet:
    """`qs` (one board's Papers) narrowed to what `role` may read."""
    return qs if can_view_board(role) else qs.filter(published=True)


def filter_visible(qs: QuerySet, user, board_field: str = "board") -> QuerySet:
    """Any board-scoped queryset narrowed to the boards `user` can read and, for records with a
    review state, to the states their role there allows. For cross-board lists (search):
    `filter_visible(Activity.objects.all(), user)`."""
    if is_admin(user):
        return qs
    roles = roles_of(user)
    if not roles:
        return qs.none()
    model = qs.model
    has_review = any(f.name == "review" for f in model._meta.get_fields())
    if not has_review:
        return qs.filter(**{f"{board_field}__in": list(roles)})
    cond = Q()
    for board_id, role in roles.items():
        cond |= Q(**{board_field: board_id, "review__in": visible_reviews(role)})
    return qs.filter(cond)


# -- one call for callers holding a user and an object -------------------------------------------


ACTIONS = {
    "view_board": can_view_board,
    "edit_board": can_edit_board,
    "compose": can_compose,
    "publish": can_publish,
    "edit_draft": can_edit_draft,
    "approve": can_approve,
    "give_feedback": can_give_feedback,
    "view_changes": can_view_changes,
    "edit_signoff_chain": can_edit_signoff_chain,
    "view_all_feedback": can_view_all_feedback,
    "manage_members": can_manage_members,
}


def board_of(obj):
    """The board a record belongs to (Board, Cycle, Theme, Commitment, Activity, Paper, Meeting,
    Feedback…), or None for shared records."""
    from boardwork.boards.models import Board

    if obj is None or isinstance(obj, Board):
        return obj
    for path in ("board", "cycle", "theme", "commitment"):
        if hasattr(obj, path) and getattr(obj, f"{path}_id", None) is not None:
            return board_of(getattr(obj, path))
    return None


def can(user, action: str, obj=None) -> bool:
    """May `user` do `action` ('view', 'edit_board', 'compose', 'publish', 'give_feedback',
    'view_all_feedback', 'manage_members', 'view_shared', 'edit_shared', 'merge_shared',
    'admin') on `obj` (a board or one of its records; nothing for shared and admin actions)?

    'view' on a record also checks its review state (and a paper's publication)."""
    if action == "admin":
        return is_admin(user)
    if action == "merge_shared":
        return may_merge_shared(user, obj) if obj is not None else can_merge_shared(user)
    if action in ("view_shared", "edit_shared"):
        return {"view_shared": can_view_shared, "edit_shared": can_edit_shared}[action](user)
    role = role_on(user, board_of(obj))
    if action == "view":
        if hasattr(obj, "published"):
            return can_view_paper(role, obj.published)
        if hasattr(obj, "review"):
            return can_view_record(role, obj.review)
        return can_view_board(role)
    try:
        return ACTIONS[action](role)
    except KeyError:
        raise ValueError(f"unknown action {action!r}") from None


# -- how a refusal is answered -------------------------------------------------------------------


class Refusal(enum.Enum):
    """How to say no. Web: redirect to sign in / 404 / 403; API: 401 / 404 / 403."""

    SIGN_IN = "sign in"
    NOT_FOUND = "not found"
    FORBIDDEN = "forbidden"


def refusal(user, role: str | None) -> Refusal:
    """The answer to a refused request by `user` holding `role` on the board concerned: anonymous
    callers are asked to sign in; callers who cannot read the board (or the record) are told it
    is not there, exactly as for one that is not; people of the board who may read but not do
    this are told it is forbidden."""
    if not signed_in(user):
        return Refusal.SIGN_IN
    if not can_view_board(role):
        return Refusal.NOT_FOUND
    return Refusal.FORBIDDEN
