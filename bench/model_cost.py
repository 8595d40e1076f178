"""What the trained activity classifier costs an import: CPU time a paper of reading and extraction,
the rules alone and with the shipped model (ADR 0013), over the development papers of
tests/data/real (held-out ones are left out) and the two samples' plain text.

Thread CPU time, best of `--repeat` (3) runs a paper, so other processes on the machine count less
than in wall time; the load average is printed with it (a figure above the number of cores is
"loaded").

    .venv/bin/python bench/model_cost.py
"""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scores import REAL, SHARED, documents, held_out  # noqa: E402

from boardwork.papers.extract import extraction_of  # noqa: E402
from boardwork.papers.extract.model import shipped_model  # noqa: E402
from boardwork.papers.readers import ReadError, read_path  # noqa: E402


def best(fn, repeat):
    out = []
    for _ in range(repeat):
        t = time.thread_time()
        fn()
        out.append(time.thread_time() - t)
    return min(out)


def main():
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
    hold = held_out()
    files = sorted((SHARED / "corpus").glob("*.txt"))
    for ref in sorted(REAL.glob("*.extraction.json")):
        stem = ref.name.removesuffix(".extraction.json")
        if stem not in hold:
            files += documents(REAL, stem)
    model = shipped_model()
    assert model is not None, "no model shipped"
    extraction_of(read_path(files[0]), model=model)  # warm the caches (gazetteer, patterns, weights)
    read = rules = both = 0.0
    n = 0
    for f in files:
        try:
            paper = read_path(f)
        except ReadError:
            continue
        n += 1
        read += best(lambda f=f: read_path(f), repeat)
        rules += best(lambda p=paper: extraction_of(p), repeat)
        both += best(lambda p=paper: extraction_of(p, model=model), repeat)
    ms = 1000 / n
    print(f"{n} files, CPU a paper (thread time, best of {repeat}):")
    print(
        f"  reading {read * ms:.1f} ms; extraction, rules alone {rules * ms:.1f} ms, with the model {both * ms:.1f} ms"
    )
    print(
        f"  reading + extraction: {(read + rules) * ms:.1f} -> {(read + both) * ms:.1f} ms "
        f"(+{100 * (both - rules) / (read + rules):.1f}%)"
    )
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}, {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
