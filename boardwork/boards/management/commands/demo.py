import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from boardwork.boards.models import Person
from boardwork.boards.services import load_backup

DEMO_FILE = Path(__file__).resolve().parents[2] / "demo" / "sscb.json"

# The demo accounts (stated in README.md). Each is linked to a person on the demo board.
DEMO_USERS = [
    # username, password, superuser, the demo person's name
    ("admin", "boardwork-admin", True, None),
    ("officer", "boardwork-officer", False, "Sam Taylor"),
    ("member", "boardwork-member", False, "Priya Patel"),
]


class Command(BaseCommand):
    help = "Load the demo board (Safer and Stronger Communities Board) and its demo users. Safe to run again."

    def handle(self, *args, **options):
        data = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
        with transaction.atomic():
            counts = load_backup(data)
            User = get_user_model()
            for username, password, superuser, person_name in DEMO_USERS:
                user, created = User.objects.get_or_create(username=username)
                if created:  # a demo user whose password was changed keeps it
                    user.is_staff = user.is_superuser = superuser
                    user.set_password(password)
                    user.save()
                if person_name:
                    Person.objects.filter(name=person_name).update(user=user)
        self.stdout.write(
            f"Demo board loaded ({sum(counts.values())} records). "
            "Sign in as admin / boardwork-admin, officer / boardwork-officer or member / boardwork-member."
        )
