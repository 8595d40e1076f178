from django.db import migrations


def people_row(apps, schema_editor):
    # The version of boards, people and memberships (web/pagecache.py: remembered(people=True)).
    apps.get_model("web", "DataVersion").objects.get_or_create(pk=2)


class Migration(migrations.Migration):
    dependencies = [("web", "0002_throttle_counters")]

    operations = [migrations.RunPython(people_row, migrations.RunPython.noop)]
