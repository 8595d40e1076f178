"""Imported only by the sandbox's fork server (papers/sandbox.py): reads and extracts a small paper
once, so that what the readers and the extractor build on first use (the gazetteer, compiled
patterns, lazily imported libraries) is already in memory in every worker forked from it, instead
of being built again for each file."""

from .readers import read_bytes

_SAMPLE = (
    b"Safer and Stronger Communities Board\n\n12 March 2021\n\nItem 4\n\nEnd of Year Report 2020/21\n\n"
    b"Purpose of report\n\nFor information.\n\n1. The Board met the Home Office on 3 March 2021 to discuss "
    b"the Fire Safety Act 2021 and wrote to the Local Government Association (LGA).\n\n"
    b"2. Members lobbied the Department for Levelling Up on community cohesion.\n"
)


def _warm() -> None:
    try:
        # The libraries the readers import late (so that sniffing a file costs nothing).
        import docx  # noqa: F401
        import pdfminer.pdftypes  # noqa: F401
        import pdfplumber  # noqa: F401
        import pdfplumber.table  # noqa: F401
        import pypdfium2  # noqa: F401

        from . import extract

        extract.extract(read_bytes(_SAMPLE, "warm-up.txt"))
        # The shipped gazetteer's patterns compile on first use; compile them all here, once,
        # rather than in every worker (a paper's gazetteer shares them: `organisations.Lexicon`).
        from .extract.organisations import default_gazetteer

        gaz = default_gazetteer()
        for lex in (gaz.name_re, gaz.acr_re):
            if lex is not None:
                lex.compile_all()
    except Exception:  # noqa: BLE001 - warming up is an optimisation; a failure shows up when reading
        pass


_warm()
