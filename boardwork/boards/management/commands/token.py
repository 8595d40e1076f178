from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from boardwork.boards.models import ApiToken


class Command(BaseCommand):
    help = "Issue an API token for a user and print its key (shown once; only its hash is stored)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="API token", help="What the token is for.")

    def handle(self, *args, username, name, **options):
        try:
            user = get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"no user called {username!r}", returncode=2) from None
        _, key = ApiToken.issue(user, name)
        self.stdout.write(key)
