"""What the board did: activities, and the organisations and policies they involve."""

from __future__ import annotations

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import reverse

from boardwork.boards.models import Board, Change, Cycle, Person, UidManager, UidModel
from boardwork.lib.confidence import likely_right
from boardwork.lib.dates import PartialDate
from boardwork.plans.models import Commitment, Review, Theme

KINDS = {
    "consultation_response": "Consultation response",
    "evidence": "Evidence",
    "lobbying": "Lobbying",
    "event": "Event",
    "training": "Training",
    "publication": "Publication",
    "research": "Research",
    "partnership": "Partnership",
    # Help given to particular bodies or people: councils (the LGA's boards) or, in the papers of
    # partnerships, fire and police bodies, residents and victims; so the label names no recipient.
    "support": "Support",
    "media": "Media",
}
NATIONS = {
    "england": "England",
    "wales": "Wales",
    "scotland": "Scotland",
    "northern_ireland": "Northern Ireland",
}


def match_key(name: str) -> str:
    """An organisation name as matched: lower case, punctuation and curly quotes folded."""
    return re.sub(r"[^a-z0-9]+", " ", name.lower().replace("’", "'")).strip()


class Organisation(UidModel):
    class Kind(models.TextChoices):
        GOVERNMENT_DEPARTMENT = "government_department", "Government department"
        PARLIAMENTARY_COMMITTEE = "parliamentary_committee", "Parliamentary committee"
        REGULATOR = "regulator", "Regulator or inspectorate"
        SECTOR_BODY = "sector_body", "Sector body"
        COUNCIL = "council", "Council"
        CHARITY = "charity", "Charity"
        MEDIA = "media", "Media"
        OTHER = "other", "Other"

    name = models.CharField(max_length=300, unique=True)
    acronym = models.CharField(max_length=30, blank=True, db_index=True)
    aliases = models.JSONField(default=list, blank=True, help_text="Other names and spellings, one per item.")
    kind = models.CharField(max_length=30, choices=Kind.choices, default=Kind.OTHER)
    website = models.URLField(blank=True)
    # Lower-cased, punctuation-free name, acronym and aliases, for matching and search.
    match_keys = models.TextField(blank=True, editable=False)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("organisation", args=[self.uid])

    def save(self, *args, **kwargs):
        keys = {match_key(self.name), *(match_key(a) for a in self.aliases or [])}
        if self.acronym:
            keys.add(match_key(self.acronym))
        self.match_keys = "|" + "|".join(sorted(k for k in keys if k)) + "|"
        super().save(*args, **kwargs)

    @classmethod
    def find(cls, name: str) -> Organisation | None:
        """The organisation called `name` (canonical name, alias or acronym), if known."""
        key = match_key(name)
        if not key:
            return None
        exact = cls.objects.filter(acronym=name.strip()).first() if name.strip().isupper() else None
        return exact or cls.objects.filter(match_keys__contains=f"|{key}|").first()

    @transaction.atomic
    def merge_into(self, other: Organisation, user=None) -> Organisation:
        """Fold this duplicate into `other`: links move, names become aliases, this one goes."""
        if other.pk == self.pk:
            raise ValidationError("An organisation cannot be merged into itself.")
        for link in self.activity_links.all():
            if ActivityOrganisation.objects.filter(
                activity=link.activity_id, organisation=other, role=link.role
            ).exists():
                link.delete()
            else:
                link.organisation = other
                link.save(update_fields=["organisation"])
        names = [self.name, *(self.aliases or [])] + (
            [self.acronym] if self.acronym and not other.acronym else []
        )
        other.aliases = sorted({*(other.aliases or []), *(n for n in names if n and n != other.name)})
        if not other.acronym and self.acronym:
            other.acronym = self.acronym
        other.save()
        Change.record(other, user=user, action="merged", changes={"merged": [self.name, other.name]})
        self.delete()
        return other


class Policy(UidModel):
    """A Bill, Act, strategy, consultation, review, inquiry, report or guidance. A Bill that
    becomes an Act stays one record: its title becomes the Act's and the Bill's is kept as an alias."""

    class Kind(models.TextChoices):
        BILL = "bill", "Bill"
        ACT = "act", "Act"
        STRATEGY = "strategy", "Strategy"
        CONSULTATION = "consultation", "Consultation"
        REVIEW = "review", "Review"
        INQUIRY = "inquiry", "Inquiry"
        REPORT = "report", "Report"
        GUIDANCE = "guidance", "Guidance"
        OTHER = "other", "Other"

    title = models.CharField(max_length=400, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    stage = models.CharField(
        max_length=200, blank=True, help_text="e.g. Second reading, Royal Assent, published."
    )
    aliases = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["title"]
        verbose_name_plural = "policies"

    def __str__(self):
        return self.title

    @staticmethod
    def guess_kind(title: str) -> str:
        t = title.lower()
        for word, kind in (
            (" bill", "bill"),
            (" act", "act"),
            ("strategy", "strategy"),
            ("consultation", "consultation"),
            ("inquiry", "inquiry"),
            ("review", "review"),
            ("guidance", "guidance"),
            ("report", "report"),
        ):
            if t.endswith(word) or f"{word} " in f" {t} ":
                return kind
        return "other"

    @classmethod
    def find(cls, title: str) -> Policy | None:
        exact = cls.objects.filter(title__iexact=title.strip()).first()
        if exact:
            return exact
        key = title.strip().lower()
        for p in cls.objects.filter(aliases__isnull=False).exclude(aliases=[]).only("id", "title", "aliases"):
            if any(a.lower() == key for a in p.aliases):
                return p
        return None

    def became_act(self, act_title: str, stage: str = "Royal Assent") -> Policy:
        """Record that this Bill became an Act: one record, the Act's title, the Bill's kept."""
        if self.kind != self.Kind.BILL:
            raise ValidationError(
                f"Only a Bill can become an Act; {self.title} is a {self.get_kind_display()}."
            )
        existing = Policy.objects.filter(title__iexact=act_title).exclude(pk=self.pk).first()
        if existing:
            raise ValidationError(f"There is already a record for {act_title}: merge them instead.")
        self.aliases = sorted({*(self.aliases or []), self.title})
        self.title, self.kind, self.stage = act_title, self.Kind.ACT, stage
        self.save()
        return self


class ActivityQuerySet(models.QuerySet):
    def accepted(self):
        return self.filter(review=Review.ACCEPTED, withdrawn_on__isnull=True)

    def withdrawn(self):
        return self.filter(withdrawn_on__isnull=False)

    def of_kind(self, kind: str):
        # Kinds are stored space-separated; no code is a substring of another, so
        # `contains` is exact and works the same on SQLite and PostgreSQL.
        return self.filter(kinds__contains=kind)


class ActivityManager(UidManager.from_queryset(ActivityQuerySet)):  # type: ignore[misc]
    def get_queryset(self):
        return super().get_queryset().filter(withdrawn_on__isnull=True)

    def get_by_natural_key(self, uid):
        # Loading a backup finds a withdrawn activity too (and updates it rather than doubling it).
        return self.model.all_objects.get(uid=uid)


class Activity(UidModel):
    class Precision(models.TextChoices):
        YEAR = "year", "Year"
        MONTH = "month", "Month"
        DAY = "day", "Day"

    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="activities")
    cycle = models.ForeignKey(
        Cycle, null=True, blank=True, on_delete=models.SET_NULL, related_name="activities"
    )
    date = models.DateField(null=True, blank=True, help_text="The first day of the period the date names.")
    date_precision = models.CharField(max_length=5, choices=Precision.choices, blank=True)
    kinds = models.CharField(max_length=200, blank=True, help_text="Space-separated kind codes.")
    title = models.CharField(max_length=300, blank=True)
    text = models.TextField()
    outcome = models.TextField(blank=True)
    reach = models.CharField(max_length=200, blank=True, help_text="e.g. 300 delegates.")
    themes = models.ManyToManyField(Theme, blank=True, related_name="activities")
    commitment = models.ForeignKey(
        Commitment, null=True, blank=True, on_delete=models.SET_NULL, related_name="activities"
    )
    organisations = models.ManyToManyField(
        Organisation, through="ActivityOrganisation", blank=True, related_name="activities"
    )
    policies = models.ManyToManyField(Policy, blank=True, related_name="activities")
    # The policy as it stood when this was done: {policy uid: {"title": …, "stage": …}}. A Bill that
    # later became an Act is one Policy record; the paper still says it was a Bill at the time.
    policy_stages = models.JSONField(default=dict, blank=True)
    people = models.ManyToManyField(Person, blank=True, related_name="activities")
    nations = models.CharField(max_length=60, blank=True, help_text="Space-separated: england wales …")
    review = models.CharField(max_length=12, choices=Review.choices, default=Review.ACCEPTED, db_index=True)
    source_paper = models.ForeignKey(
        "papers.StoredPaper", null=True, blank=True, on_delete=models.SET_NULL, related_name="activities"
    )
    source_paragraph = models.CharField(
        max_length=20, blank=True, help_text="The paragraph number as printed."
    )
    source_block = models.PositiveIntegerField(
        null=True, blank=True, help_text="Index of the source block in the paper's structure."
    )
    # Why the import's reader was unsure of this record ("The kind is a guess from the word 'met': check
    # it."), shown on the review screen so a reviewer looks there first; empty when it was sure or
    # entered by hand.
    unsure = models.JSONField(default=list, blank=True, editable=False)
    # How sure the reader was (0..1) of a record it was unsure of: the extraction's `confidence`,
    # shown to the reviewer in words (`confidence_label`); null when sure, entered by hand, or
    # imported before it was kept.
    confidence = models.FloatField(null=True, blank=True, editable=False)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    # Withdrawn by an officer (entered in error, a duplicate): kept with its history and
    # reinstatable, but gone from papers, counts, search and exports.
    withdrawn_on = models.DateTimeField(null=True, blank=True, editable=False)
    withdrawn_reason = models.CharField(max_length=300, blank=True, editable=False)

    # `objects` leaves withdrawn activities out, so every list, count, paper and export that
    # reads activities leaves them out without saying so; `all_objects` (history, reinstating,
    # backups) sees them too.
    objects = ActivityManager()  # type: ignore[misc]  # the plugin reads it as an instance variable
    all_objects = UidManager.from_queryset(ActivityQuerySet)()

    class Meta:
        ordering = ["-date", "-id"]
        verbose_name_plural = "activities"
        indexes = [
            models.Index(fields=["board", "review", "date"]),
            models.Index(fields=["board", "cycle"]),
            # The withdrawn list (a few among 100,000): counted and paged without reading the rest.
            models.Index(
                fields=["board", "-withdrawn_on", "-id"],
                name="activity_withdrawn",
                condition=models.Q(withdrawn_on__isnull=False),
            ),
            # The activity log's own order has an index too, made in migration 0003 with SQL per
            # database: SQLite cannot declare NULLS LAST in an index (its DESC already sorts them last).
        ]

    def __str__(self):
        return self.title or self.text[:80]

    def get_absolute_url(self):
        return reverse("activity", args=[self.board.slug, self.uid])

    @property
    def kind_list(self) -> list[str]:
        return self.kinds.split()

    @kind_list.setter
    def kind_list(self, values) -> None:
        unknown = [v for v in values if v not in KINDS]
        if unknown:
            raise ValidationError(f"Unknown activity kind: {', '.join(unknown)}")
        self.kinds = " ".join(sorted(set(values), key=list(KINDS).index))

    @property
    def kind_labels(self) -> list[str]:
        return [KINDS[k] for k in self.kind_list if k in KINDS]

    @property
    def nation_list(self) -> list[str]:
        return self.nations.split()

    def set_date(self, value: str | None) -> None:
        """Set date and precision from '2020', '2020-12' or '2020-12-03' (None clears)."""
        if not value:
            self.date, self.date_precision = None, ""
            return
        d = PartialDate.from_iso(value)
        self.date, self.date_precision = d.first_day(), d.precision

    @property
    def partial_date(self) -> PartialDate | None:
        """The date as far as it is known (a year, a month or a day)."""
        return PartialDate.from_stored(self.date, self.date_precision) if self.date else None

    @property
    def date_display(self) -> str:
        if self.date and not self.date_precision:
            return self.date.isoformat()  # a date stored without a precision claims none
        d = self.partial_date
        return d.display() if d else ""

    @property
    def confidence_label(self) -> str:
        """How likely the reader thought the record right, in an officer's words (`lib.confidence`):
        the review screen's "Likely right: high" beside the points to check ("Confidence" beside
        "Unsure" read as a contradiction)."""
        return likely_right(self.confidence)

    @property
    def date_iso(self) -> str | None:
        d = self.partial_date
        return d.iso() if d else None

    def clean(self):
        if self.kinds:
            self.kind_list = self.kinds.split()  # validates
        bad = [n for n in self.nation_list if n not in NATIONS]
        if bad:
            raise ValidationError({"nations": f"Unknown nation: {', '.join(bad)}"})
        if (cycle := self.cycle) is not None and cycle.board_id != self.board_id:
            raise ValidationError({"cycle": "The cycle must belong to the activity's board."})


class ActivityOrganisation(UidModel):
    class Role(models.TextChoices):
        PARTNER = "partner", "Partner"
        AUDIENCE = "audience", "Audience"
        ADDRESSEE = "addressee", "Addressee"
        NAMED = "named", "Named"

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="organisation_links")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="activity_links")
    role = models.CharField(max_length=12, choices=Role.choices, default=Role.NAMED)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "organisation", "role"], name="activity_org_role_unique"
            )
        ]

    def __str__(self):
        return f"{self.organisation} ({self.role})"


class Appointment(UidModel):
    """A person representing the board on an outside body (an organisation), from–to."""

    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="appointments")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="appointments")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="appointments")
    role = models.CharField(
        max_length=200, blank=True, help_text="As the appointment names it: representative, observer …"
    )
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["board", "organisation__name", "-start", "id"]

    def __str__(self):
        return f"{self.person} on {self.organisation} for {self.board}"

    def clean(self):
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": "An appointment cannot end before it starts."})

    def is_current(self, on=None) -> bool:
        import datetime as dt

        on = on or dt.date.today()
        return (self.start is None or self.start <= on) and (self.end is None or self.end >= on)
