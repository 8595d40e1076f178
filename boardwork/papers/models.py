"""Board papers as stored files plus their parsed structure (`boardwork.paper/1`)."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils import timezone

from boardwork.boards.models import Board, Cycle, Meeting, UidModel

from .document import Paper as PaperDocument


def paper_upload_to(instance, filename):
    return f"papers/{instance.board.slug}/{instance.sha256[:16]}/{filename}"


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
