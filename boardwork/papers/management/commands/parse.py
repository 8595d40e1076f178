import sys

from django.core.management.base import BaseCommand

from boardwork.papers.document import Heading, ListItem, Paragraph, Table
from boardwork.papers.readers import ReadError


def outline(paper) -> str:
    """A readable outline of a Paper: meta, then headings, numbered paragraphs and tables."""
    m = paper.meta
    lines = []
    for label, value in (
        ("Title", m.title),
        ("For", m.body),
        ("Meeting", m.meeting_date),
        ("Item", m.item),
        ("Purpose", m.purpose),
    ):
        if value:
            lines.append(f"{label}: {value}")
    if m.contact and not m.contact.is_empty():
        c = m.contact
        lines.append("Contact: " + ", ".join(v for v in (c.name, c.role, c.phone, c.email) if v))
    if paper.source:
        s = paper.source
        lines.append(f"Source: {s.filename} ({s.format}{f', {s.pages} pages' if s.pages else ''})")
    lines.append("")
    for b in paper.blocks:
        if isinstance(b, Heading):
            lines.append(("#" * b.level) + " " + b.text)
        elif isinstance(b, Paragraph):
            lines.append(f"{b.number + '. ' if b.number else ''}{b.text}")
        elif isinstance(b, ListItem):
            lines.append("  " * b.depth + f"{'- ' if not b.number else b.number + ') '}{b.text}")
        elif isinstance(b, Table):
            rows = ([b.header] if b.header else []) + b.rows
            for i, row in enumerate(rows):
                lines.append("| " + " | ".join(c.replace("\n", " / ") for c in row) + " |")
                if i == 0 and b.header:
                    lines.append("|" + "---|" * len(row))
    return "\n".join(lines) + "\n"


class Command(BaseCommand):
    help = "Read a board paper (TXT, Markdown, DOCX, PDF, HTML) and print its structure."

    requires_system_checks = []  # reading a file needs no database

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--json", action="store_true", help="print boardwork.paper/1 JSON")

    def handle(self, *args, file, json, **options):
        try:
            from boardwork.papers import untrusted  # reads in a limited worker process

            paper = untrusted.read_path(file)
        except ReadError as e:
            # One line on standard error and status 2: the contract for bad input.
            self.stderr.write(f"boardwork parse: {file}: {e}")
            sys.exit(2)
        sys.stdout.write(paper.to_json() + "\n" if json else outline(paper))
