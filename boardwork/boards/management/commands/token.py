from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from boardwork.boards import permissions
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
        # What the token opens, as the policy sees it (on standard error: standard output is the key).
        self.stderr.write(f"{username} can use it as: {describe_access(user)}")


def describe_access(user) -> str:
    """One line: the user's role on each board they can see (boards/permissions.py)."""
    if permissions.is_admin(user):
        return "admin (every board)"
    boards = {b.pk: b.slug for b in permissions.visible_boards(user)}
    roles = permissions.roles_of(user)
    if not roles:
        return "no board (published papers only)"
    return ", ".join(
        f"{boards[pk]} ({role})" for pk, role in sorted(roles.items(), key=lambda kv: boards[kv[0]])
    )
