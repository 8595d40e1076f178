"""The search index's documents: one row per paragraph, table row or list item of a stored paper,
per paper (its title), and per record (activity, commitment, progress update, feedback,
organisation, policy, person).

The full-text index itself is not declared here: it is made per database by migrations
0002_fulltext_index and 0004 (an FTS5 table kept in step by triggers on SQLite; a generated
`tsvector` of the text and the tags with a GIN index on PostgreSQL), so every write to this table
updates it in the same transaction. `search/engine.py` is the only code that queries it.
"""

from __future__ import annotations

from django.db import models


class SearchDoc(models.Model):
    class Kind(models.TextChoices):
        PARAGRAPH = "paragraph", "Paper paragraph"
        PAPER = "paper", "Paper"
        ACTIVITY = "activity", "Activity"
        COMMITMENT = "commitment", "Commitment"
        UPDATE = "update", "Progress update"
        FEEDBACK = "feedback", "Feedback"
        ORGANISATION = "organisation", "Organisation"
        POLICY = "policy", "Policy"
        PERSON = "person", "Person"

    id = models.BigAutoField(primary_key=True)
    # '<kind>:<object id>' for records and papers, 'paragraph:<paper id>:<block index>' for blocks.
    key = models.CharField(max_length=80, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    object_id = models.BigIntegerField(help_text="The record's (or the paper's) primary key.")
    # The record's edit version when indexed: bulk writers (import, accept all) announce
    # themselves with records_changed, and whatever is out of step is indexed again.
    version = models.PositiveIntegerField(default=0)
    board_id = models.BigIntegerField(null=True, blank=True)
    cycle_id = models.BigIntegerField(null=True, blank=True)
    paper_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    block = models.PositiveIntegerField(null=True, blank=True, help_text="Index of the paper block.")
    date = models.DateField(null=True, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True, help_text="The cycle's first year.")
    paper_kind = models.CharField(max_length=20, blank=True)
    review = models.CharField(max_length=12, blank=True)
    published = models.BooleanField(default=False)
    # What a hit shows: the title of the paper or record, where it is, and a link to it.
    title = models.CharField(max_length=400, blank=True)
    context = models.CharField(max_length=400, blank=True, help_text="Board, cycle, meeting.")
    url = models.CharField(max_length=400, blank=True)
    # Indexed text: `heading` weighs more than `body` in the ranking; `tags` holds the filter
    # and audience tokens (scope.py), matched only by the engine, never by the user's words.
    heading = models.TextField(blank=True)
    body = models.TextField(blank=True)
    tags = models.TextField(blank=True)
    # SQLite only: each pair of adjacent tokens of the heading and of the body as one FTS5 token
    # (engine.fts_pairs, migration 0006), in the text's order (migration 0011), so a phrase is
    # found by its pairs. PostgreSQL keeps its pairs in the tsvector column (migration 0005) and
    # leaves this empty.
    pairs = models.TextField(blank=True, default="", editable=False)

    class Meta:
        indexes = [models.Index(fields=["kind", "object_id"], name="search_doc_kind_object")]

    def __str__(self):
        return self.key
