from django.db import migrations


class Migration(migrations.Migration):
    """The stored paper's model is StoredPaper (the document is `Paper`). The table keeps its name:
    it is fixed first, so the rename changes no table, only the model and its content type."""

    dependencies = [
        ("activities", "0004_activity_policy_stages"),
        ("boards", "0004_agenda_purpose_minute"),
        ("plans", "0004_commitment_agreed_at"),
        ("papers", "0003_draft_versions_and_signoff"),
    ]

    operations = [
        migrations.AlterModelTable(name="paper", table="papers_paper"),
        migrations.RenameModel(old_name="Paper", new_name="StoredPaper"),
        migrations.AlterModelOptions(
            name="storedpaper",
            options={"ordering": ["-created"], "verbose_name": "paper"},
        ),
    ]
