"""The report round trip: import a sample paper into an empty database, accept all, compose the
End of Year Report, write it in each format, read it back with Boardwork's own readers, and score
it against the sample's reference parse with ../shared/tools/score_paper.py.

    .venv/bin/python bench/roundtrip.py [PAPER.txt]   (default: the 2020/21 sample)
"""

import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def main():
    sample = Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED / "corpus/lga-sscb-end-of-year-2020-21.txt"
    reference = json.loads((sample.parent / f"{sample.stem}.paper.json").read_text())
    spec = importlib.util.spec_from_file_location("score_paper", SHARED / "tools/score_paper.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)

    tmp = tempfile.mkdtemp()
    os.environ.update(BOARDWORK_DATA_DIR=tmp, DATABASE_URL=f"sqlite:///{tmp}/rt.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "boardwork.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    from boardwork.boards.models import Board
    from boardwork.papers import services
    from boardwork.papers.readers import read_bytes
    from boardwork.papers.writers import write

    call_command("migrate", verbosity=0)
    board = Board.objects.create(name="Safer and Stronger Communities Board", slug="sscb")
    res = services.import_paper(sample.read_bytes(), sample.name, board)
    services.accept_all(res.paper)
    doc = services.compose_report(board, "end-of-year", res.paper.cycle)
    fields = ["headings", "numbered", "sections", "text_recall", "text_precision", "tables", "meta"]
    print(f"{'read back from':16}" + " ".join(f"{k[:9]:>9}" for k in fields))
    rows = [("composed Paper", doc.to_dict())]
    for fmt in ("docx", "pdf", "html", "md"):
        rows.append((fmt, read_bytes(write(doc, fmt), f"report.{fmt}").to_dict()))
    for name, back in rows:
        s = scorer.score(back, reference)
        print(f"{name:16}" + " ".join(f"{s[k]:9.3f}" if k in s else f"{'-':>9}" for k in fields))


if __name__ == "__main__":
    main()
