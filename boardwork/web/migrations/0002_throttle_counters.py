from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("web", "0001_initial")]

    operations = [
        migrations.CreateModel(
            name="Throttle",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("key", models.CharField(max_length=80, unique=True)),
                ("count", models.PositiveIntegerField(default=0)),
                ("expires", models.DateTimeField(db_index=True)),
            ],
            options={"verbose_name": "throttle counter"},
        ),
    ]
