"""History entries carry the board of their record, so that a board's change log is one indexed
query; existing entries get theirs from where their records are now."""

import django.db.models.deletion
from django.db import migrations, models


def fill(apps, schema_editor):
    from boardwork.boards.models import fill_change_boards

    fill_change_boards(
        apps.get_model("boards", "Change"), apps.get_model, apps.get_model("contenttypes", "ContentType")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("boards", "0004_agenda_purpose_minute"),
        ("contenttypes", "0002_remove_content_type_name"),
        # The records whose board is looked up: their tables as they are at this point.
        ("activities", "0005_activity_withdrawn_appointments"),
        ("plans", "0004_commitment_agreed_at"),
        ("papers", "0004_rename_paper_storedpaper"),
    ]

    operations = [
        migrations.AddField(
            model_name="change",
            name="board",
            field=models.ForeignKey(
                blank=True,
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="boards.board",
            ),
        ),
        migrations.AddIndex(
            model_name="change",
            index=models.Index(fields=["board", "-at", "-id"], name="boards_change_board_at"),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
