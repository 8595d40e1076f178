from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="SearchDoc",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("key", models.CharField(max_length=80, unique=True)),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("paragraph", "Paper paragraph"),
                            ("paper", "Paper"),
                            ("activity", "Activity"),
                            ("commitment", "Commitment"),
                            ("update", "Progress update"),
                            ("feedback", "Feedback"),
                            ("organisation", "Organisation"),
                            ("policy", "Policy"),
                            ("person", "Person"),
                        ],
                        max_length=20,
                    ),
                ),
                ("object_id", models.BigIntegerField(help_text="The record's (or the paper's) primary key.")),
                ("version", models.PositiveIntegerField(default=0)),
                ("board_id", models.BigIntegerField(blank=True, null=True)),
                ("cycle_id", models.BigIntegerField(blank=True, null=True)),
                ("paper_id", models.BigIntegerField(blank=True, db_index=True, null=True)),
                (
                    "block",
                    models.PositiveIntegerField(blank=True, help_text="Index of the paper block.", null=True),
                ),
                ("date", models.DateField(blank=True, null=True)),
                (
                    "year",
                    models.PositiveSmallIntegerField(
                        blank=True, help_text="The cycle's first year.", null=True
                    ),
                ),
                ("paper_kind", models.CharField(blank=True, max_length=20)),
                ("review", models.CharField(blank=True, max_length=12)),
                ("published", models.BooleanField(default=False)),
                ("title", models.CharField(blank=True, max_length=400)),
                ("context", models.CharField(blank=True, help_text="Board, cycle, meeting.", max_length=400)),
                ("url", models.CharField(blank=True, max_length=400)),
                ("heading", models.TextField(blank=True)),
                ("body", models.TextField(blank=True)),
                ("tags", models.TextField(blank=True)),
            ],
            options={
                "indexes": [models.Index(fields=["kind", "object_id"], name="search_doc_kind_object")],
            },
        ),
    ]
