"""`boardwork report --with-sources [--base-url]`: the sources reach the file; off, nothing does."""

from __future__ import annotations

import re

from boardwork.papers import services
from boardwork.papers.document import RefInfo

from .test_report_command import board, run  # noqa: F401


def test_report_markdown_with_and_without_sources(board, tmp_path):  # noqa: F811
    out = tmp_path / "eoy.md"
    assert run("end-of-year", "--board", "sscb", "--cycle", "2020/21", "-o", str(out))[0] == 0
    assert "[^" not in out.read_text()
    code, _ = run(
        "end-of-year", "--board", "sscb", "--cycle", "2020/21", "-o", str(out),
        "--with-sources", "--base-url", "https://boardwork.example/",
    )  # fmt: skip
    text = out.read_text()
    assert code == 0 and re.search(r"webinars on domestic abuse\.(\[\^\d+\])+$", text, flags=re.M)
    assert re.search(r"^\[\^\d+\]: ", text, flags=re.M)


def test_render_report_passes_base_url(board, monkeypatch):  # noqa: F811
    compose_report = services.compose_report

    def with_links(*args, **kwargs):  # what compose will name: site-relative links to the records
        doc = compose_report(*args, **kwargs)
        for b in doc.blocks:
            for r in b.refs:
                doc.ref_info[r] = RefInfo(f"Record {r}", None, f"/records/{r}/")
        return doc

    monkeypatch.setattr(services.reports, "compose_report", with_links)
    data, _, _ = services.render_report(
        board, "performance", "2020/21", "html", quarter=2, with_sources=True, base_url="https://bw.example/"
    )
    body = data.decode().split("</style>")[1]
    assert 'href="https://bw.example/records/' in body and 'href="/' not in body
