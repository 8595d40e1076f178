"""One progress update per commitment per quarter.

Quarters entered twice before this rule are folded into their newest update: the earlier ratings
and commentaries are kept in that update's history (boards.Change), then the constraint is added.
"""

from django.db import migrations, models


def fold_duplicate_quarters(apps, schema_editor):
    ProgressUpdate = apps.get_model("plans", "ProgressUpdate")
    Change = apps.get_model("boards", "Change")
    ContentType = apps.get_model("contenttypes", "ContentType")
    dupes = (
        ProgressUpdate.objects.values("commitment_id", "quarter")
        .annotate(n=models.Count("id"))
        .filter(n__gt=1)
    )
    ct = None
    for d in dupes:
        updates = list(
            ProgressUpdate.objects.filter(commitment_id=d["commitment_id"], quarter=d["quarter"]).order_by(
                "created", "id"
            )
        )
        keep, earlier = updates[-1], updates[:-1]
        if ct is None:
            ct, _ = ContentType.objects.get_or_create(app_label="plans", model="progressupdate")
        for old in earlier:
            Change.objects.create(
                content_type=ct,
                object_uid=keep.uid,
                user_id=old.author_id,
                action="folded",
                changes={
                    "rag": [old.rag, keep.rag],
                    "commentary": [old.commentary, keep.commentary],
                    "entered": [old.created.isoformat(), keep.created.isoformat()],
                },
            )
            old.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0001_initial"),
        ("boards", "0002_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(fold_duplicate_quarters, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="progressupdate",
            constraint=models.UniqueConstraint(
                fields=("commitment", "quarter"), name="one_update_per_commitment_quarter"
            ),
        ),
    ]
