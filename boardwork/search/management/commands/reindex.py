"""`boardwork reindex`: rebuild the search index from every paper and record."""

import time

from django.core.management.base import BaseCommand

from boardwork.search import services


class Command(BaseCommand):
    help = "Rebuild the search index from every stored paper and record."

    def handle(self, *args, **opts):
        started = time.perf_counter()
        counts = services.reindex(out=lambda line: self.stderr.write(line) if opts["verbosity"] > 1 else None)
        took = time.perf_counter() - started
        total = sum(counts.values())
        detail = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
        self.stdout.write(f"Indexed {total} documents in {took:.1f} s ({detail or 'nothing to index'}).")
