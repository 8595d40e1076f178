"""The `boardwork` console script: Django's management commands plus Boardwork's own
(`demo`, `parse`, `extract`, `import`, `report`, `export`, `load`, …)."""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "boardwork.settings")
    from django.core.management import execute_from_command_line

    try:
        execute_from_command_line(["boardwork", *(sys.argv[1:] if argv is None else argv)])
    except BrokenPipeError:
        # The reader went away (`boardwork search … | head`): stop quietly, as other command-line
        # tools do, instead of a traceback. Python would report the failed flush of stdout at
        # exit too, so stdout is pointed at /dev/null first.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)


if __name__ == "__main__":
    main()
