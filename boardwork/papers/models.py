"""Board papers as stored files plus their parsed structure (`boardwork.paper/1`)."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from boardwork.boards.models import Board, Cycle, Meeting, UidModel
from boardwork.lib.dates import iso_date

from .document import Paper as PaperDocument

# File systems limit one name to 255 *bytes*; a name of 128 accented letters is 256. Stored names
# are cut well below that (the storage may add "_abc1234" to make a name unique); the paper keeps
# the full name in `StoredPaper.filename`.
STORED_NAME_BYTES = 120

# What the import and the review page say of a paper the extractor judged to report no work (its
# structure's `notes`, `Paper.notes`): the reason it found, and what to do when it is wrong.
NOTHING_PROPOSED = "Nothing proposed: "


def stored_name(filename: str, max_bytes: int = STORED_NAME_BYTES) -> str:
    """`filename` cut to at most `max_bytes` bytes of UTF-8, keeping its extension and never
    splitting a character."""
    name = (filename or "paper").replace("/", "_").replace("\\", "_").replace("\x00", "")
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext.encode()) > 16:
        stem, ext = name, ""
    suffix = f".{ext}" if ext else ""
    room = max_bytes - len(suffix.encode())
    cut = stem.encode()[:room].decode("utf-8", "ignore").strip() or "paper"
    return cut + suffix


class NotSignedOff(ValueError):
    """Publishing a draft paper that has not been signed off."""


def paper_upload_to(instance, filename):
    return f"papers/{instance.board.slug}/{instance.sha256[:16]}/{stored_name(filename)}"


class StoredPaper(UidModel):
    class Kind(models.TextChoices):
        END_OF_YEAR = "end_of_year", "End of year report"
        WORK_PLAN = "work_plan", "Work plan"
        PERFORMANCE = "performance", "Performance report"
        MINUTES = "minutes", "Minutes"
        OTHER = "other", "Other"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SIGNED_OFF = "signed_off", "Signed off"

    class Origin(models.TextChoices):
        IMPORTED = "imported", "Imported"
        GENERATED = "generated", "Generated"

    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="papers")
    cycle = models.ForeignKey(Cycle, null=True, blank=True, on_delete=models.SET_NULL, related_name="papers")
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="papers"
    )
    item = models.CharField(max_length=10, blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.IMPORTED)
    title = models.CharField(max_length=400)
    file = models.FileField(upload_to=paper_upload_to, blank=True, max_length=400)
    filename = models.CharField(max_length=300, blank=True)
    format = models.CharField(max_length=10, blank=True)
    sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    pages = models.PositiveIntegerField(null=True, blank=True)
    structure = models.JSONField(default=dict, blank=True, help_text="The parsed paper (boardwork.paper/1).")
    contact_name = models.CharField(max_length=200, blank=True)
    contact_role = models.CharField(max_length=200, blank=True)
    contact_phone = models.CharField(max_length=40, blank=True)
    contact_email = models.EmailField(blank=True)
    published = models.BooleanField(default=False)
    published_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    # The drafting workflow (papers/drafts.py): a composed paper saved as a draft has versions, an
    # officer's block edits and a sign-off trail. Stored (imported) papers have status "".
    status = models.CharField(max_length=12, choices=Status.choices, blank=True, default="")
    quarter = models.PositiveSmallIntegerField(null=True, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # {block key: the officer's text}, laid over every recompose (papers/revise.py).
    edits = models.JSONField(default=dict, blank=True)
    # Sign-off starts again (round + 1) after an edit, a recompose or a return.
    signoff_round = models.PositiveIntegerField(default=1)

    class Meta:
        # Named apart from the document `Paper` (papers/document.py); the table, and the word
        # people read, stay "paper".
        db_table = "papers_paper"
        verbose_name = "paper"
        ordering = ["-created"]
        constraints = [
            # The same file imported twice for a board is one paper ("already imported").
            models.UniqueConstraint(
                fields=["board", "sha256"], condition=~models.Q(sha256=""), name="paper_file_once_per_board"
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("paper", args=[self.board.slug, self.uid])

    def document(self) -> PaperDocument:
        return PaperDocument.from_dict(self.structure or {"blocks": []})

    @property
    def no_work_note(self) -> str | None:
        """Why the import proposed nothing from this paper, as one sentence an officer reads
        ("Nothing proposed: this reads as a strategy — it states aims and duties, not work done. If
        it does report work, add the activities by hand."), or None: the paper was not judged to
        report no work, or was imported before the judgement was kept."""
        notes = (self.structure or {}).get("notes") if isinstance(self.structure, dict) else None
        reason = notes.get("no_work") if isinstance(notes, dict) else None
        if not isinstance(reason, str) or not reason.strip():
            return None
        return f"{NOTHING_PROPOSED}{reason.strip()}. If it does report work, add the activities by hand."

    @property
    def stated_meeting(self) -> str:
        """The meeting the paper says it is for, as its cover states it ("West Devon Overview and
        Scrutiny Committee, 26 February 2019"): the body and the meeting's date of its reading, either
        alone, or "" when it states neither. An imported paper of another body is seldom linked to a
        meeting of the board, and the reviewer needs to see whose meeting it was."""
        body, when = self._stated_body_and_day()
        return ", ".join(x for x in (body, when) if x)

    @property
    def stated_meeting_label(self) -> str:
        """What the stated meeting is, as the page labels it: "Body" when the paper names only its
        body (a news page or an annual report names the council it is of: no meeting), "Date" when it
        states only a day (a news page's date line is as much a paper's day as a meeting's), else
        "Meeting"."""
        body, when = self._stated_body_and_day()
        if self.item:
            return "Meeting"
        if body and not when:
            return "Body"
        if when and not body:
            return "Date"
        return "Meeting"

    def _stated_body_and_day(self) -> tuple[str, str]:
        meta = (self.structure or {}).get("meta") if isinstance(self.structure, dict) else None
        if not isinstance(meta, dict):
            return "", ""
        body = meta["body"] if isinstance(meta.get("body"), str) else ""
        day = iso_date(meta["meeting_date"]) if isinstance(meta.get("meeting_date"), str) else None
        return body.strip(), f"{day:%-d %B %Y}" if day else ""

    @property
    def is_draft_paper(self) -> bool:
        """In the drafting workflow (saved from compose), whatever its stage."""
        return bool(self.status)

    def publish_blocker(self) -> str | None:
        """Why this paper cannot be published now, or None. A paper in the drafting workflow must
        be signed off first; a stored (imported) paper was published by its board already."""
        if self.status == self.Status.DRAFT:
            return "This paper has not been signed off yet: only a signed-off paper can be published."
        return None

    def publish(self) -> None:
        if self.publish_blocker():
            raise NotSignedOff(self.publish_blocker())
        self.published = True
        self.published_at = self.published_at or timezone.now()
        self.save(update_fields=["published", "published_at"])

    def unpublish(self) -> None:
        self.published = False
        self.save(update_fields=["published"])


class _ByPaperManager(models.Manager):
    """Natural keys for a paper's versions and sign-off steps (backups refer to records by uid)."""

    def get_by_natural_key(self, paper_uid, *rest):
        fields = {"paperversion": ["number"], "approval": ["round", "step"]}[str(self.model._meta.model_name)]
        return self.get(paper__uid=paper_uid, **dict(zip(fields, rest, strict=True)))


class PaperVersion(models.Model):
    """One version of a draft paper: as composed (`composed`, with the block `keys`) and as shown
    (`structure`: the officer's edits laid over it). Every save, edit and recompose adds one;
    none is ever changed."""

    class Reason(models.TextChoices):
        SAVED = "saved", "Saved from compose"
        RECOMPOSED = "recomposed", "Recomposed from the records"
        EDITED = "edited", "Block edited"

    paper = models.ForeignKey(StoredPaper, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    reason = models.CharField(max_length=12, choices=Reason.choices)
    structure = models.JSONField()
    composed = models.JSONField()
    keys = models.JSONField(default=list)
    edits = models.JSONField(default=dict, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    at = models.DateTimeField(auto_now_add=True)

    objects = _ByPaperManager()

    class Meta:
        ordering = ["paper", "-number"]
        constraints = [models.UniqueConstraint(fields=["paper", "number"], name="paper_version_once")]

    def __str__(self):
        return f"{self.paper} v{self.number}"

    def natural_key(self):
        return (str(self.paper.uid), self.number)

    natural_key.dependencies = ["papers.storedpaper"]  # type: ignore[attr-defined]

    def document(self) -> PaperDocument:
        return PaperDocument.from_dict(self.structure)


class _ChainManager(models.Manager):
    def get_by_natural_key(self, board_uid):
        return self.get(board__uid=board_uid)


class SignoffChain(models.Model):
    """The roles that must approve a board's papers, in order (membership roles: "officer",
    "chair", "vice_chair", "lead_member", "member"). A board without one uses
    `drafts.default_chain(board)`."""

    board = models.OneToOneField(Board, on_delete=models.CASCADE, related_name="signoff_chain")
    roles = models.JSONField(default=list)

    objects = _ChainManager()

    def __str__(self):
        return f"{self.board}: {' → '.join(self.roles)}"

    def natural_key(self):
        return (str(self.board.uid),)

    natural_key.dependencies = ["boards.board"]  # type: ignore[attr-defined]


class Approval(models.Model):
    """One step of a paper's sign-off trail: approved or returned, by whom, with what comment."""

    class Decision(models.TextChoices):
        APPROVED = "approved", "Approved"
        RETURNED = "returned", "Returned"

    paper = models.ForeignKey(StoredPaper, on_delete=models.CASCADE, related_name="approvals")
    round = models.PositiveIntegerField()
    step = models.PositiveSmallIntegerField()
    role = models.CharField(max_length=20)
    decision = models.CharField(max_length=10, choices=Decision.choices)
    comment = models.TextField(blank=True)
    version = models.PositiveIntegerField(help_text="The paper version approved or returned.")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    at = models.DateTimeField(auto_now_add=True)

    # One decision per step and round: an approval moves to the next step, a return to a new round.
    objects = _ByPaperManager()

    class Meta:
        ordering = ["paper", "at", "id"]

    def __str__(self):
        return f"{self.paper}: {self.decision} ({self.role}) by {self.user}"

    def natural_key(self):
        return (str(self.paper.uid), self.round, self.step)

    natural_key.dependencies = ["papers.storedpaper"]  # type: ignore[attr-defined]


class ReadJob(models.Model):
    """A file to read (and import) in the background: a web upload, an API parse or import, a
    re-extraction. The request that makes one returns at once; `papers.tasks.run_read_job` does
    the work (on the django-tasks queue) and records the outcome here for the page or API to show.
    The uploaded bytes are kept only until the job has run."""

    class Kind(models.TextChoices):
        IMPORT = "import", "Import"
        PARSE = "parse", "Parse"
        EXTRACT = "extract", "Extract"

    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting"
        RUNNING = "running", "Reading"
        DONE = "done", "Done"
        REFUSED = "refused", "Refused"

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    board = models.ForeignKey(Board, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    cycle = models.ForeignKey(Cycle, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    filename = models.CharField(max_length=300, blank=True)
    data = models.BinaryField(blank=True, default=b"")
    paper = models.ForeignKey(StoredPaper, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    # The outcome: import counts and warnings, a parse's structure, an extraction; or the reason.
    result = models.JSONField(default=dict, blank=True)
    message = models.CharField(max_length=500, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    finished = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.filename}: {self.get_status_display()}"

    @property
    def finished_ok(self) -> bool:
        return self.status == self.Status.DONE

    @property
    def pending(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)


class RenderJob(models.Model):
    """A paper to write to a file in the background: a composed report (DOCX, PDF, HTML, Markdown)
    or a stored paper that has no original file. The request that asks for one returns at once;
    `papers.tasks.run_render_job` composes and writes it (the writing in a limited worker process)
    and keeps the file here, so the same request on the same records (`spec_key`, `version`) is
    served again without writing it anew (papers/services/rendering.py)."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting"
        RUNNING = "running", "Writing"
        DONE = "done", "Ready"
        FAILED = "failed", "Failed"

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="+")
    # A stored paper to write (else a report composed from the board's records, per `spec`).
    paper = models.ForeignKey(StoredPaper, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    # What was asked (report kind, cycle, quarter, format, sources, base URL) and a hash of it.
    spec = models.JSONField(default=dict)
    spec_key = models.CharField(max_length=64)
    # The records' data version the request saw (None: unknown, never reused).
    version = models.BigIntegerField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    message = models.CharField(max_length=500, blank=True)
    filename = models.CharField(max_length=300, blank=True)
    media_type = models.CharField(max_length=120, blank=True)
    content = models.BinaryField(blank=True, default=b"")
    created = models.DateTimeField(auto_now_add=True)
    finished = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created", "pk"]
        indexes = [models.Index(fields=["spec_key", "version"], name="papers_render_spec_version")]

    def __str__(self):
        return f"{self.filename or self.spec_key[:12]}: {self.get_status_display()}"

    @property
    def pending(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)
