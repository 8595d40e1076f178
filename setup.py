"""The optional compiled part of the PDF reader (everything else is in pyproject.toml).

`boardwork.papers.readers.pdf._pdfchars` makes PDFium's per-character calls and word grouping in C
(docs/adr/0010). It is optional: without a C compiler and Python's headers the build goes on
without it, and PDFs are read by the pure-Python path, with the same result, more slowly.
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "boardwork.papers.readers.pdf._pdfchars",
            sources=["boardwork/papers/readers/pdf/_pdfchars.c"],
            # The same doubles as Python's floats: no fused multiply-add, no fast-math.
            extra_compile_args=["-O2", "-ffp-contract=off"],
            optional=True,
        )
    ]
)
