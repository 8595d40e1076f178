"""What a board means to do in a cycle: themes (with lineage across years), commitments (carried
forward from year to year), their quarterly progress updates, and members' feedback."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from boardwork.boards.models import Cycle, Person, UidModel


class Review(models.TextChoices):
    """Imported records wait for an officer; only accepted ones reach reports."""

    TO_REVIEW = "to_review", "To review"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"


class Theme(UidModel):
    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="themes")
    title = models.CharField(max_length=300)
    order = models.PositiveIntegerField(default=0)
    description = models.TextField(blank=True)
    continues = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="continued_by",
        help_text="The theme of an earlier cycle that this one carries on.",
    )
    agreed_at = models.ForeignKey(
        "boards.Meeting",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="themes_agreed",
        help_text="The meeting at which the board agreed this theme.",
    )
    # A retired theme stays in the records (its activities and history) but takes no new work.
    retired_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["cycle__start", "order", "id"]

    def __str__(self):
        return f"{self.title} ({self.cycle.label})"

    def get_absolute_url(self):
        return reverse("theme", args=[self.cycle.board.slug, self.uid])

    def clean(self):
        if (meeting := self.agreed_at) is not None and meeting.board_id != self.cycle.board_id:
            raise ValidationError({"agreed_at": "Choose a meeting of the same board."})
        if (continued := self.continues) is not None:
            earlier = continued.cycle
            if earlier.board_id != self.cycle.board_id:
                raise ValidationError({"continues": "A theme can only continue a theme of the same board."})
            if earlier.start >= self.cycle.start:
                raise ValidationError(
                    {"continues": "A theme can only continue a theme from an earlier cycle."}
                )

    def lineage(self) -> list[Theme]:
        """This theme and the ones it carries on from, newest first."""
        chain: list[Theme] = []
        node: Theme | None = self
        seen: set[int] = set()
        while node is not None and node.pk not in seen:
            chain.append(node)
            seen.add(node.pk)
            node = node.continues
        return chain


class Commitment(UidModel):
    """A proposed activity / workstream / business-plan commitment under a theme."""

    class State(models.TextChoices):
        PLANNED = "planned", "Planned"
        ON_TRACK = "on_track", "On track"
        AT_RISK = "at_risk", "At risk"
        OFF_TRACK = "off_track", "Off track"
        COMPLETE = "complete", "Complete"
        DEFERRED = "deferred", "Deferred"
        DROPPED = "dropped", "Dropped"

    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="commitments")
    title = models.TextField()
    order = models.PositiveIntegerField(default=0)
    owner = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="commitments"
    )
    owner_name = models.CharField(
        max_length=200, blank=True, help_text="When the owner is a team, not a person."
    )
    lead_officer = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="led_commitments"
    )
    due = models.DateField(null=True, blank=True)
    state = models.CharField(max_length=12, choices=State.choices, default=State.PLANNED)
    carried_from = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="carried_to",
        help_text="The commitment of an earlier cycle this one carries forward.",
    )
    delay_reason = models.TextField(
        blank=True, help_text="Why it was delayed, e.g. diverted to Covid-19 work."
    )
    review = models.CharField(max_length=12, choices=Review.choices, default=Review.ACCEPTED)
    agreed_at = models.ForeignKey(
        "boards.Meeting",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="commitments_agreed",
        help_text="The meeting at which the board agreed this commitment.",
    )
    # Members' feedback this commitment answers ("You said / We propose" in the work plan).
    answers_feedback = models.ManyToManyField(
        "plans.Feedback", blank=True, related_name="answered_by", help_text="Members' feedback it answers."
    )
    source_paper = models.ForeignKey(
        "papers.StoredPaper", null=True, blank=True, on_delete=models.SET_NULL, related_name="commitments"
    )
    source_ref = models.CharField(max_length=40, blank=True, help_text="Where in the paper: table row/line.")

    class Meta:
        ordering = ["theme__cycle__start", "theme__order", "order", "id"]

    def __str__(self):
        return self.title[:100]

    def get_absolute_url(self):
        return reverse("commitment", args=[self.theme.cycle.board.slug, self.uid])

    def clean(self):
        if (carried := self.carried_from) is not None:
            src = carried.theme.cycle
            here = self.theme.cycle
            if src.board_id != here.board_id or src.start >= here.start:
                raise ValidationError(
                    {
                        "carried_from": "A commitment can only carry forward one from an earlier cycle of the board."
                    }
                )
        if self.pk:
            problem = self.state_conflict(self.latest_update())
            if problem:
                raise ValidationError({"state": problem})

    # -- the state and the RAG rating: one rule --------------------------------------------------
    # The latest quarterly rating says where the work stands; the state follows it, except for
    # decisions a rating does not make (deferring or dropping the work).
    RAG_STATE = {
        "green": State.ON_TRACK,
        "amber": State.AT_RISK,
        "red": State.OFF_TRACK,
        "complete": State.COMPLETE,
    }
    HELD_STATES = (State.DEFERRED, State.DROPPED)

    @classmethod
    def state_for_rag(cls, rag: str) -> str:
        """The state a RAG rating means: green → on track, amber → at risk, red → off track,
        complete → complete."""
        return cls.RAG_STATE[rag]

    def state_conflict(self, update: ProgressUpdate | None) -> str | None:
        """Why this commitment's state contradicts `update` (its latest rating), or None."""
        if update is None or self.state in self.HELD_STATES:
            return None
        meant = self.state_for_rag(update.rag)
        if self.state == meant:
            return None
        return (
            f"The latest rating (Q{update.quarter}: {update.get_rag_display()}) means "
            f"{self.State(meant).label}: choose {self.State(meant).label}, Deferred or Dropped, "
            "or record a new rating for the quarter"
        )

    def follow_rating(self, update: ProgressUpdate) -> bool:
        """Set the state the rating `update` means (unless the work is deferred or dropped);
        True if it changed. The caller saves."""
        if self.state in self.HELD_STATES or self.state == self.state_for_rag(update.rag):
            return False
        self.state = self.state_for_rag(update.rag)
        return True

    @property
    def owner_display(self) -> str:
        return str(self.owner) if self.owner else self.owner_name

    @property
    def is_carried_forward(self) -> bool:
        return self.carried_from_id is not None

    @property
    def is_delayed(self) -> bool:
        return bool(self.delay_reason) or self.state == self.State.DEFERRED

    def chain(self) -> list[Commitment]:
        """This commitment and those it carries forward, newest first."""
        out: list[Commitment] = []
        node: Commitment | None = self
        seen: set[int] = set()
        while node is not None and node.pk not in seen:
            out.append(node)
            seen.add(node.pk)
            node = node.carried_from
        return out

    def carry_forward(self, theme: Theme, reason: str = "") -> Commitment:
        """Create this commitment again under a later cycle's theme, linked back to this one."""
        if theme.cycle.start <= self.theme.cycle.start:
            raise ValidationError("Work can only be carried forward into a later cycle.")
        if self.state not in (self.State.COMPLETE, self.State.DROPPED):
            self.state = self.State.DEFERRED
            if reason and not self.delay_reason:
                self.delay_reason = reason
            self.save(update_fields=["state", "delay_reason"])
        return Commitment.objects.create(
            theme=theme,
            title=self.title,
            owner=self.owner,
            owner_name=self.owner_name,
            carried_from=self,
            delay_reason=reason,
            order=theme.commitments.count(),
        )

    def latest_update(self, quarter: int | None = None):
        qs = self.updates.all()
        if quarter is not None:
            qs = qs.filter(quarter__lte=quarter)
        return qs.order_by("-quarter", "-created").first()


class ProgressUpdate(UidModel):
    """A commitment's RAG rating and commentary for one quarter of its cycle: one per quarter.
    Entering the quarter again changes it (`plans.services.record_update`); earlier ratings are
    kept in its history."""

    class Rag(models.TextChoices):
        GREEN = "green", "Green"
        AMBER = "amber", "Amber"
        RED = "red", "Red"
        COMPLETE = "complete", "Complete"

    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE, related_name="updates")
    quarter = models.PositiveSmallIntegerField(choices=[(q, f"Q{q}") for q in (1, 2, 3, 4)])
    rag = models.CharField(max_length=10, choices=Rag.choices)
    commentary = models.TextField(blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    author_name = models.CharField(max_length=200, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["commitment", "quarter", "created"]
        constraints = [
            models.UniqueConstraint(
                fields=["commitment", "quarter"], name="one_update_per_commitment_quarter"
            )
        ]

    def __str__(self):
        return f"Q{self.quarter} {self.get_rag_display()}: {self.commitment}"

    def previous(self):
        """The update this one follows: the latest of an earlier quarter."""
        return (
            ProgressUpdate.objects.filter(commitment=self.commitment_id, quarter__lt=self.quarter)
            .order_by("-quarter", "-created")
            .first()
        )


class Feedback(UidModel):
    """A board member's comment on a cycle's priorities, on one theme or in general."""

    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="feedback")
    theme = models.ForeignKey(
        Theme, null=True, blank=True, on_delete=models.SET_NULL, related_name="feedback"
    )
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="feedback"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    text = models.TextField()
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["cycle", "-created"]
        verbose_name_plural = "feedback"

    def __str__(self):
        return self.text[:80]

    def giver_name(self, unnamed: str) -> str:
        """The member's name as papers print it, or `unnamed` for feedback given by nobody named."""
        return self.person.display_name if self.person is not None else unnamed
