"""Board papers as stored files plus their parsed structure (`boardwork.paper/1`)."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from boardwork.boards.models import Board, Cycle, Meeting, UidModel

from .document import Paper as PaperDocument

# File systems limit one name to 255 *bytes*; a name of 128 accented letters is 256. Stored names
# are cut well below that (the storage may add "_abc1234" to make a name unique); the paper keeps
# the full name in `Paper.filename`.
STORED_NAME_BYTES = 120


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


def paper_upload_to(instance, filename):
    return f"papers/{instance.board.slug}/{instance.sha256[:16]}/{stored_name(filename)}"


class Paper(UidModel):
    class Kind(models.TextChoices):
        END_OF_YEAR = "end_of_year", "End of year report"
        WORK_PLAN = "work_plan", "Work plan"
        PERFORMANCE = "performance", "Performance report"
        MINUTES = "minutes", "Minutes"
        OTHER = "other", "Other"

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

    class Meta:
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

    def publish(self) -> None:
        self.published = True
        self.published_at = self.published_at or timezone.now()
        self.save(update_fields=["published", "published_at"])

    def unpublish(self) -> None:
        self.published = False
        self.save(update_fields=["published"])


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
    paper = models.ForeignKey(Paper, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
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
