"""Boards, the people on them, their yearly cycles and meetings; plus the record history.

Every record that leaves Boardwork in an export carries a `uid` (a UUID): exports refer to
records by uid (Django's natural keys), so export → load → export gives the same JSON and loading
the same file twice updates rather than doubles.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import uuid
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import reverse
from django.utils.text import slugify


class StaleEdit(Exception):
    """A save based on a version of a record that is no longer the latest."""


class UidManager(models.Manager):
    def get_by_natural_key(self, uid):
        return self.get(uid=uid)


class UidModel(models.Model):
    """Base for exported records: a stable uid and an edit version for stale-save checks."""

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # Bumped on every edit through the app; a form carrying an older version is refused.
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = UidManager()

    class Meta:
        abstract = True

    def natural_key(self):
        return (str(self.uid),)

    def snapshot(self, fields) -> dict:
        """The given fields' values as JSON-able text, for history before/after."""
        out = {}
        for name in fields:
            value = getattr(self, name)
            out[name] = (
                [str(v) for v in value.all()]
                if hasattr(value, "all")
                else (None if value is None else str(value))
            )
        return out

    def save_edit(self, *, user, base_version: int, before: dict, action: str = "edit") -> None:
        """Save an edit made on `base_version` of this record, and log it.

        Refuses with StaleEdit when somebody else saved the record since that version was read:
        the later, stale save never overwrites the earlier one.
        """
        with transaction.atomic():
            bumped = (
                # The base manager: a default manager may hide rows (withdrawn activities).
                type(self)
                ._base_manager.filter(pk=self.pk, version=base_version)
                .update(version=base_version + 1)
            )
            if not bumped:
                raise StaleEdit(
                    f"This {self._meta.verbose_name} was changed by someone else while you were editing it. "
                    "Your changes have not been saved: reload the page to see the latest version."
                )
            self.version = base_version + 1
            self.save()
            after = self.snapshot(before.keys())
            diff = {k: [before[k], after[k]] for k in before if before[k] != after[k]}
            Change.record(self, user=user, action=action, changes=diff)

    @property
    def ref(self) -> str:
        """The id composed papers use to point at this record: '<model>:<uid>'."""
        return f"{self._meta.model_name}:{self.uid}"


class Board(UidModel):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True)
    remit = models.TextField(blank=True)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="committees",
        help_text="The board this one is a sub-committee of.",
    )
    organisation = models.CharField(
        max_length=200,
        default="Local Government Association",
        help_text="The body whose board this is (it writes the papers; not listed on its own activities).",
    )
    organisation_acronym = models.CharField(max_length=20, blank=True, default="LGA")
    house_style = models.JSONField(
        default=dict, blank=True, help_text="Overrides of the default house style for this board's papers."
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:80]
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("board", args=[self.slug])

    def clean(self):
        # The house style is edited as JSON (e.g. in the admin): check it when it is saved,
        # not when a report is next written.
        from boardwork.papers.style import HouseStyle, HouseStyleError

        try:
            HouseStyle.default().with_overrides(self.house_style or {})
        except HouseStyleError as e:
            raise ValidationError({"house_style": str(e)}) from None
        node, seen = self.parent, {self.pk}
        while node is not None:
            if node.pk in seen:
                raise ValidationError(
                    {"parent": "A board cannot be its own parent, directly or through others."}
                )
            seen.add(node.pk)
            node = node.parent

    def current_cycle(self, today: dt.date | None = None, cycles: list | None = None):
        """`cycles`: the board's cycles when the caller has read them already (no query)."""
        today = today or dt.date.today()
        cycles = list(self.cycles.all()) if cycles is None else cycles
        for c in cycles:
            if c.start <= today <= c.end:
                return c
        past = [c for c in cycles if c.start <= today]
        return max(past, key=lambda c: c.start) if past else (cycles[0] if cycles else None)

    # Who may do what on a board is decided in boards/permissions.py (role_on, can_…).


class Person(UidModel):
    class Kind(models.TextChoices):
        COUNCILLOR = "councillor", "Councillor"
        OFFICER = "officer", "Officer"
        EXTERNAL = "external", "External"

    name = models.CharField(max_length=200, help_text="As written, without honorific: 'Nesil Caliskan'.")
    honorific = models.CharField(max_length=40, blank=True, help_text="Cllr, Lord, Baroness, Sir, Dame, Dr …")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.EXTERNAL)
    role = models.CharField(max_length=200, blank=True, help_text="Job title or post.")
    party = models.CharField(max_length=100, blank=True)
    council = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="person"
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.display_name

    @property
    def display_name(self) -> str:
        return f"{self.honorific} {self.name}".strip()


class MembershipQuerySet(models.QuerySet):
    def current(self, on: dt.date | None = None):
        on = on or dt.date.today()
        return self.filter(models.Q(start__isnull=True) | models.Q(start__lte=on)).filter(
            models.Q(end__isnull=True) | models.Q(end__gte=on)
        )


class Membership(UidModel):
    class Role(models.TextChoices):
        CHAIR = "chair", "Chair"
        VICE_CHAIR = "vice_chair", "Vice-chair"
        LEAD_MEMBER = "lead_member", "Lead member"
        MEMBER = "member", "Member"
        OFFICER = "officer", "Supporting officer"

    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.MEMBER)
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)

    objects = UidManager.from_queryset(MembershipQuerySet)()  # type: ignore[misc]  # the plugin reads it as an instance variable

    class Meta:
        ordering = ["board", "role", "person__name"]

    def __str__(self):
        return f"{self.person} — {self.get_role_display()}, {self.board}"

    def clean(self):
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": "A membership cannot end before it starts."})


class Cycle(UidModel):
    """A board year, e.g. '2020/21', from its first meeting season to the next."""

    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="cycles")
    label = models.CharField(max_length=20, help_text="As papers write it: '2020/21'.")
    start = models.DateField()
    end = models.DateField()

    class Meta:
        ordering = ["board", "start"]
        constraints = [
            models.UniqueConstraint(fields=["board", "label"], name="cycle_label_unique_per_board")
        ]

    def __str__(self):
        return f"{self.board.name} {self.label}"

    def clean(self):
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": "A cycle must end after it starts."})

    def previous(self):
        return Cycle.objects.filter(board=self.board_id, start__lt=self.start).order_by("-start").first()

    def next(self):
        return Cycle.objects.filter(board=self.board_id, start__gt=self.start).order_by("start").first()

    def resolve_month(self, month: int) -> int:
        """The calendar year a bare month ('In December') falls in within this cycle."""
        candidate = dt.date(self.start.year, month, 1)
        if candidate < self.start.replace(day=1):
            return self.start.year + 1
        return self.start.year

    def quarter_of(self, day: dt.date) -> int:
        """1–4: the quarter of the cycle a date falls in (cycles start on their start month)."""
        months = (day.year - self.start.year) * 12 + day.month - self.start.month
        return max(1, min(4, months // 3 + 1))

    def quarter_dates(self, q: int) -> tuple[dt.date, dt.date]:
        m0 = self.start.month - 1 + 3 * (q - 1)
        first = dt.date(self.start.year + m0 // 12, m0 % 12 + 1, 1)
        m1 = m0 + 3
        last = dt.date(self.start.year + m1 // 12, m1 % 12 + 1, 1) - dt.timedelta(days=1)
        return first, last


class Meeting(UidModel):
    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="meetings")
    cycle = models.ForeignKey(
        Cycle, null=True, blank=True, on_delete=models.SET_NULL, related_name="meetings"
    )
    date = models.DateField()
    start_time = models.TimeField(null=True, blank=True)
    place = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=200, blank=True)
    # Attendance as the minutes record it: who was there, who sent apologies.
    attendees = models.ManyToManyField(Person, blank=True, related_name="meetings_attended")
    apologies = models.ManyToManyField(Person, blank=True, related_name="meetings_apologised")

    class Meta:
        ordering = ["board", "date"]

    def __str__(self):
        return f"{self.board.name}, {self.date:%-d %B %Y}"

    def get_absolute_url(self):
        return reverse("meeting", args=[self.board.slug, self.uid])


class AgendaItem(UidModel):
    class ReportKind(models.TextChoices):
        # The papers Boardwork composes from the records (papers.StoredPaper.Kind values).
        END_OF_YEAR = "end_of_year", "End of year report"
        WORK_PLAN = "work_plan", "Work plan"
        PERFORMANCE = "performance", "Performance report"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda")
    number = models.CharField(max_length=10)
    title = models.CharField(max_length=300)
    order = models.PositiveIntegerField(default=0)
    purpose = models.CharField(max_length=60, blank=True, help_text="As the agenda gives it: For decision …")
    minute = models.TextField(blank=True, help_text="What the minutes record for this item.")
    paper = models.ForeignKey(
        "papers.StoredPaper", null=True, blank=True, on_delete=models.SET_NULL, related_name="agenda_items"
    )
    # An item whose paper is composed from the records rather than stored: which report.
    report_kind = models.CharField(max_length=20, choices=ReportKind.choices, blank=True)

    class Meta:
        ordering = ["meeting", "order", "id"]

    def __str__(self):
        return f"Item {self.number}: {self.title}"


class ActionQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=Action.Status.OPEN)

    def overdue(self, today: dt.date | None = None):
        """Open actions past their due date."""
        return self.open().filter(due__lt=today or dt.date.today())


class Action(UidModel):
    """An action from a meeting's minutes."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        DONE = "done", "Done"
        DROPPED = "dropped", "Dropped"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="actions")
    text = models.TextField()
    owner = models.CharField(max_length=200, blank=True)
    due = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    closed_on = models.DateField(null=True, blank=True)
    closed_by = models.ForeignKey(
        Meeting,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="closed_actions",
        help_text="The later meeting that closed it (matters arising).",
    )
    note = models.TextField(blank=True)  # how it was done, or why it was dropped

    objects = UidManager.from_queryset(ActionQuerySet)()  # type: ignore[misc]  # the plugin reads it as an instance variable

    class Meta:
        ordering = ["meeting", "id"]

    def __str__(self):
        return self.text[:80]

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN

    def is_overdue(self, today: dt.date | None = None) -> bool:
        return self.is_open and self.due is not None and self.due < (today or dt.date.today())

    def clean(self):
        if self.is_open and (self.closed_on or self.closed_by_id):
            raise ValidationError({"status": "An open action cannot have a closing date or meeting."})
        if (closer := self.closed_by) is not None:
            if closer.board_id != self.meeting.board_id:
                raise ValidationError({"closed_by": "Choose a meeting of the same board."})
            if closer.date < self.meeting.date:
                raise ValidationError({"closed_by": "Only a later meeting can close an action."})
        if self.closed_on and self.closed_on < self.meeting.date:
            raise ValidationError({"closed_on": "An action cannot be closed before the meeting that set it."})

    def close(self, *, status: str = Status.DONE, on: dt.date | None = None, by=None, note: str = "") -> None:
        """Mark done or dropped (not saved): closed today unless `on`, by meeting `by` if given."""
        if status == self.Status.OPEN:
            raise ValidationError({"status": "Choose done or dropped to close an action."})
        self.status = status
        self.closed_by = by
        self.closed_on = on or (by.date if by is not None else dt.date.today())
        if note:
            self.note = note


# Each kind of record the board's change log covers, with the path from its rows to their board.
# Shared records (organisations, policies, people) belong to no one board: their history is on
# their own pages.
CHANGE_KINDS = {
    "activity": ("activities.Activity", "board"),
    "appointment": ("activities.Appointment", "board"),
    "theme": ("plans.Theme", "cycle__board"),
    "commitment": ("plans.Commitment", "theme__cycle__board"),
    "progress update": ("plans.ProgressUpdate", "commitment__theme__cycle__board"),
    "feedback": ("plans.Feedback", "cycle__board"),
    "cycle": ("boards.Cycle", "board"),
    "meeting": ("boards.Meeting", "board"),
    "agenda item": ("boards.AgendaItem", "meeting__board"),
    "action": ("boards.Action", "meeting__board"),
    "membership": ("boards.Membership", "board"),
    "paper": ("papers.StoredPaper", "board"),
    "board": ("boards.Board", "pk"),
}
_BOARD_PATHS = {label.lower(): path for label, path in CHANGE_KINDS.values()}


def board_id_of(obj) -> int | None:
    """The id of the board `obj` belongs to (CHANGE_KINDS), or None for a shared record. Follows
    the relations already loaded and asks the database for the rest (one query at most), so it
    also works for a record just deleted (its foreign keys are still on the instance)."""
    path = _BOARD_PATHS.get(obj._meta.label_lower)
    if path is None:
        return None
    if path == "pk":
        return obj.pk
    parts = path.split("__")
    for i, name in enumerate(parts):
        field = obj._meta.get_field(name)
        fk = getattr(obj, field.attname)
        if i == len(parts) - 1 or fk is None:
            return fk
        if not field.is_cached(obj):
            rest = "__".join(parts[i + 1 :])
            return field.related_model._base_manager.filter(pk=fk).values_list(rest, flat=True).first()
        obj = getattr(obj, name)
    return None


def board_ids_of(objs) -> dict[int, int | None]:
    """`board_id_of` for many records at once, keyed by `id(obj)`: one query per model for the
    records whose board is not on the instance (an import accepts hundreds at a time), falling back
    to `board_id_of` for any the database no longer holds (just deleted)."""
    found: dict[int, int | None] = {}
    pending: dict[type[models.Model], list[Any]] = {}
    for obj in objs:
        path = _BOARD_PATHS.get(obj._meta.label_lower)
        if path is None or path == "pk":
            found[id(obj)] = board_id_of(obj)
            continue
        first = obj._meta.get_field(path.split("__")[0])
        if "__" not in path and first.attname not in obj.get_deferred_fields():
            found[id(obj)] = getattr(obj, first.attname)
            continue
        pending.setdefault(type(obj), []).append(obj)
    for model, group in pending.items():
        path = _BOARD_PATHS[model._meta.label_lower]
        boards = dict(model._base_manager.filter(pk__in=[o.pk for o in group]).values_list("pk", path))
        for obj in group:
            found[id(obj)] = boards[obj.pk] if obj.pk in boards else board_id_of(obj)
    return found


def _board_path(model) -> str | None:
    """The path from `model`'s rows to their board: its own (CHANGE_KINDS), or through a foreign
    key to a model that has one (an activity's organisation link: activity__board)."""
    own = _BOARD_PATHS.get(model._meta.label_lower)
    if own is not None:
        return own
    for f in model._meta.concrete_fields:
        target = _BOARD_PATHS.get(f.related_model._meta.label_lower) if f.many_to_one else None
        if target is not None:
            return f.name if target == "pk" else f"{f.name}__{target}"
    return None


def boards_using(record) -> set[int]:
    """The ids of the boards whose records link to `record` (a shared organisation, policy or
    person): every relation pointing at it, followed to its board; one query in all.
    Withdrawn activities count: they are kept, and a merge moves their links too."""
    parts = []
    for rel in type(record)._meta.related_objects:
        if rel.many_to_many and not rel.through._meta.auto_created:
            continue  # a through model of ours (ActivityOrganisation): its own foreign key is here too
        path = _board_path(rel.related_model)
        if path is not None:
            rows = rel.related_model._base_manager.filter(**{rel.field.name: record.pk})
            parts.append(rows.order_by().values_list(path, flat=True))
    if not parts:
        return set()
    # One query for every relation (UNION drops the repeats).
    return {b for b in parts[0].union(*parts[1:]) if b is not None}


def fill_change_boards(change_model, get_model, content_type_model) -> int:
    """Set the board of the history entries that have none, from where their records are now
    (one UPDATE per kind of record). Entries of records deleted since stay without a board. Takes
    the models as arguments so that the migration adding the column can call it too."""
    from django.db.models import OuterRef, Subquery

    n = 0
    for label, path in CHANGE_KINDS.values():
        model = get_model(label)
        app_label, name = label.lower().split(".")
        ct = content_type_model.objects.filter(app_label=app_label, model=name).first()
        if ct is None:
            continue
        board = model._base_manager.filter(uid=OuterRef("object_uid")).values(path)[:1]
        n += change_model.objects.filter(content_type=ct, board__isnull=True).update(board=Subquery(board))
    return n


class Change(models.Model):
    """One saved change to a record: who, when, and the fields before → after; and the board the
    record belongs to (none for shared records), so that a board's change log is one indexed
    query and keeps the entries of records merged away or deleted since."""

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_uid = models.UUIDField(db_index=True)
    board = models.ForeignKey(
        "Board", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", db_index=False
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    at = models.DateTimeField(auto_now_add=True)
    action = models.CharField(max_length=20, default="edit")  # created, edit, accepted, rejected, merged…
    changes = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [
            models.Index(fields=["content_type", "object_uid", "-at"]),
            models.Index(fields=["board", "-at", "-id"], name="boards_change_board_at"),
        ]

    def __str__(self):
        return f"{self.action} by {self.user or 'system'} at {self.at:%Y-%m-%d %H:%M}"

    @classmethod
    def record(cls, obj, user=None, action="edit", changes=None):
        """The one way to write history. Call it inside the `transaction.atomic()` that saves `obj`,
        never after commit: a process killed between the two must leave both or neither."""
        from django.contrib.contenttypes.models import ContentType

        return cls.objects.create(
            content_type=ContentType.objects.get_for_model(obj),
            object_uid=obj.uid,
            board_id=board_id_of(obj),
            user=user if user is not None and user.is_authenticated else None,
            action=action,
            changes=changes or {},
        )

    @classmethod
    def record_many(cls, objs, user=None, action="created", changes=None) -> list[Change]:
        """`record` for many saved objects in one query (an import's records). Like `record`, call it
        inside the transaction that writes the objects: history and change commit together."""
        from django.contrib.contenttypes.models import ContentType

        user = user if user is not None and user.is_authenticated else None
        objs = list(objs)
        boards = board_ids_of(objs)
        return Change.objects.bulk_create(
            [
                Change(
                    content_type=ContentType.objects.get_for_model(obj),
                    object_uid=obj.uid,
                    board_id=boards[id(obj)],
                    user=user,
                    action=action,
                    changes=changes or {},
                )
                for obj in objs
            ]
        )

    @classmethod
    def note_on_boards(cls, entry: Change, boards) -> None:
        """Copies of `entry` (about a shared record) for the change logs of `boards`: a merge of
        organisations, policies or people changed those boards' records, and each board's log
        says so even after the merged record is gone. The record's own history reads the one
        entry without a board (`history`), so it shows each change once."""
        Change.objects.bulk_create(
            Change(content_type_id=entry.content_type_id, object_uid=entry.object_uid, board_id=b,
                user_id=entry.user_id, action=entry.action, changes=entry.changes)
            for b in sorted(boards)
        )  # fmt: skip

    @classmethod
    def history(cls, obj):
        from django.contrib.contenttypes.models import ContentType

        qs = cls.objects.filter(content_type=ContentType.objects.get_for_model(obj), object_uid=obj.uid)
        if obj._meta.label_lower not in _BOARD_PATHS:
            qs = qs.filter(board__isnull=True)  # a shared record: not the boards' copies (note_on_boards)
        return qs.select_related("user")


class ApiToken(models.Model):
    """A personal token for the REST API. Only its SHA-256 is stored; the key is shown once."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100, help_text="What the token is for, e.g. 'reporting script'.")
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(
        max_length=8, editable=False, help_text="First characters, to tell tokens apart."
    )
    created = models.DateTimeField(auto_now_add=True)
    last_used = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @staticmethod
    def _hash(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()

    @classmethod
    def issue(cls, user, name: str) -> tuple[ApiToken, str]:
        """Create a token; returns it and the key, which is not stored and cannot be shown again."""
        key = "bw_" + secrets.token_urlsafe(32)
        return cls.objects.create(user=user, name=name, key_hash=cls._hash(key), prefix=key[:8]), key

    @classmethod
    def user_for(cls, key: str):
        """The active user a key belongs to, or None."""
        if not key:
            return None
        token = cls.objects.select_related("user").filter(key_hash=cls._hash(key)).first()
        if token is None or not token.user.is_active:
            return None
        from django.utils import timezone

        now = timezone.now()
        # Record use at most every few minutes: not a database write on every API request.
        if token.last_used is None or now - token.last_used > dt.timedelta(minutes=5):
            cls.objects.filter(pk=token.pk).update(last_used=now)
        return token.user
