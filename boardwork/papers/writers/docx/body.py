"""The writer proper: the body as one XML string, tables, comments (sources), header, footer."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml

from ...document import Heading, ListItem, Paper, Paragraph, Table
from ...style import HouseStyle
from .._common import (
    Sources,
    action_section_end,
    is_absolute,
    parse_label,
    rag_key,
    roman_context,
    table_widths,
)
from ._xml import _BAD_XML, _NSDECL, PAGE_TWIPS, TWIPS_PER_MM, _half_points, _run
from .numbering import _LIST_IND, _Numbering
from .styles import _apply_styles


class _Writer:
    def __init__(
        self,
        paper: Paper,
        style: HouseStyle,
        with_sources: bool,
        ref_labels: dict[str, str] | None,
        ref_url: Any = None,
        base_url: str | None = None,
    ):
        self.paper = paper
        self.style = style
        self.with_sources = with_sources
        self.srcs = Sources(paper, style, ref_labels=ref_labels, ref_url=ref_url, base_url=base_url)
        template = style.template_bytes()
        self.templated = template is not None
        self.doc = docx.Document(io.BytesIO(template)) if template is not None else docx.Document()
        self.body = self.doc.element.body
        self.sect = self.body.find(qn("w:sectPr"))
        if self.templated:
            for child in list(self.body):
                if child is not self.sect:
                    self.body.remove(child)
        self.ids = _apply_styles(self.doc, style, replace=not self.templated)
        self.numbering = _Numbering(self.doc.part.numbering_part.element, style)
        self.text_width = self._set_page()
        self.anchors: list[tuple[int, list[str]]] = []  # (index of the w:p in the body fragment, refs)
        self.parts: list[str] = []
        self.email_rid: str | None = None

    # -- page ------------------------------------------------------------------------------

    def _set_page(self) -> int:
        section = self.doc.sections[0]
        if not self.templated:
            w, h = PAGE_TWIPS[self.style.page_size]
            pg = self.sect.find(qn("w:pgSz"))
            pg.set(qn("w:w"), str(w))
            pg.set(qn("w:h"), str(h))
            mar = self.sect.find(qn("w:pgMar"))
            for side, mm in (
                ("top", self.style.margin_top_mm),
                ("bottom", self.style.margin_bottom_mm),
                ("left", self.style.margin_left_mm),
                ("right", self.style.margin_right_mm),
            ):
                mar.set(qn(f"w:{side}"), str(round(mm * TWIPS_PER_MM)))
            mar.set(qn("w:header"), "709")
            mar.set(qn("w:footer"), "709")
        page, left, right = section.page_width, section.left_margin, section.right_margin
        if page is None or left is None or right is None:  # a template that leaves the page unsaid
            return 9026
        return max(2000, round((page - left - right) / 635))  # EMU → twips

    # -- paragraphs ---------------------------------------------------------------------------

    def _p(self, text: str, ppr: str = "", rpr: str = "", refs: list[str] | None = None) -> None:
        if refs and self.with_sources:
            self.anchors.append((len(self.parts), refs))
        self.parts.append(f"<w:p>{ppr and f'<w:pPr>{ppr}</w:pPr>'}{_run(text, rpr)}</w:p>")

    def heading(self, b: Heading) -> None:
        level = min(max(b.level, 1), 6)
        sid = self.ids.get(f"heading {level}", f"Heading{level}")
        self._p(b.text, f'<w:pStyle w:val="{sid}"/>', refs=b.refs)

    def paragraph(self, b: Paragraph) -> None:
        if b.number is None:
            self._p(b.text, refs=b.refs)
            return
        parsed = parse_label(b.number)
        if parsed is None:
            self._typed_label(b.number, b.text, b.refs, 0)
            return
        fmt, values = parsed
        kind = "para" if fmt == "decimal" else fmt
        num_id, ilvl = self.numbering.numbered(kind, values)
        self._p(
            b.text, f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>', refs=b.refs
        )

    def list_item(self, b: ListItem, prev_fmt: dict[int, str], bullet_base: int = 0) -> None:
        depth = min(max(b.depth, 1), 9)
        ilvl = depth - 1
        lp = self.ids.get("list paragraph", "ListParagraph")
        if b.number is None:
            num_id = self.numbering.bullet(f"bullet@{bullet_base}" if bullet_base else "bullet")
            prev_fmt.pop(depth, None)
        else:
            parsed = parse_label(b.number, prefer_roman=roman_context(b.number, prev_fmt.get(depth)))
            if parsed is None:
                self._typed_label(b.number, b.text, b.refs, ilvl, list_style=lp)
                return
            fmt, values = parsed
            prev_fmt[depth] = fmt
            for d in [d for d in prev_fmt if d > depth]:
                del prev_fmt[d]
            if fmt == "decimal" and len(values) > 1:
                kind, full = "list-decimal-multi", values
                ilvl = len(values) - 1
            else:
                kind = fmt
                # Deeper levels of a one-format list: show only this level, count the others as 1.
                full = (1,) * ilvl + (values[-1],)
            num_id, ilvl = self.numbering.numbered(kind, full)
        self._p(
            b.text,
            f'<w:pStyle w:val="{lp}"/><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>',
            refs=b.refs,
        )

    def _typed_label(self, label: str, text: str, refs: list[str], ilvl: int, list_style: str = "") -> None:
        # No Word number format makes this label ("2a", "A1"): write it as text in a hanging indent.
        left, hanging = _LIST_IND[min(ilvl, 8)]
        ppr = f'<w:pStyle w:val="{list_style}"/>' if list_style else ""
        ppr += f'<w:tabs><w:tab w:val="left" w:pos="{left}"/></w:tabs><w:ind w:left="{left}" w:hanging="{hanging}"/>'
        if refs and self.with_sources:
            self.anchors.append((len(self.parts), refs))
        self.parts.append(f"<w:p><w:pPr>{ppr}</w:pPr>{_run(label)}<w:r><w:tab/></w:r>{_run(text)}</w:p>")

    # -- tables -------------------------------------------------------------------------------

    def table(self, b: Table) -> None:
        rows = [list(r) for r in b.rows]
        ncols = max([len(r) for r in rows] + [len(b.header or [])] + [1])
        header = list(b.header or [])
        if header:
            header += [""] * (ncols - len(header))
        rows = [r + [""] * (ncols - len(r)) for r in rows]
        size = _half_points(self.style.table_size_pt)
        widths = table_widths(
            [header] + rows if header else rows,
            ncols,
            self.text_width,
            widths=b.widths,
            char_width=0.55 * self.style.table_size_pt * 20,  # an average character, in twips
            padding=2 * 108 + 30,  # Table Grid's cell margins and the borders
        )
        cell_rpr = f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
        bold_rpr = "<w:b/>" + cell_rpr
        out = [
            # Fixed layout at the grid's widths: Word and LibreOffice then keep the columns as set
            # instead of shrinking a short one ("Rating") to a letter a line.
            '<w:tbl><w:tblPr><w:tblStyle w:val="{}"/><w:tblW w:w="{}" w:type="dxa"/>'
            '<w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'.format(
                self.ids.get("table grid", "TableGrid"), sum(widths)
            )
        ]
        out += [f'<w:gridCol w:w="{w}"/>' for w in widths]
        out.append("</w:tblGrid>")
        if header:
            out.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
            for i, cell in enumerate(header):
                out.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{widths[i]}" w:type="dxa"/>'
                    f'<w:shd w:val="clear" w:color="auto" w:fill="{self.style.table_header_fill}"/></w:tcPr>'
                )
                lines = cell.split("\n") if cell else [""]
                for line in lines:
                    out.append(
                        f'<w:p><w:pPr><w:keepNext/><w:spacing w:after="60"/></w:pPr>'
                        f"{_run(line, bold_rpr)}</w:p>"
                    )
                out.append("</w:tc>")
            out.append("</w:tr>")
        bullets = self.style.table_cell_bullets
        cell_num = None
        for row in rows:
            # A row is kept on one page (Word still splits a row taller than a page): a split row
            # leaves its rating's coloured cell, without the word, on the next page.
            out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            for i, cell in enumerate(row):
                key = rag_key(cell) if i == b.rag_column else None
                fill = self.style.rag_fill(key) if key else None
                shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
                out.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[i]}" w:type="dxa"/>{shd}</w:tcPr>')
                lines = [line for line in cell.split("\n")] if cell else [""]
                bullet = bool(cell) and (bullets == "always" or (bullets == "multiline" and len(lines) > 1))
                if bullet and cell_num is None:
                    cell_num = self.numbering.bullet("cell")
                numpr = (
                    f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{cell_num}"/></w:numPr>' if bullet else ""
                )
                # In the item column the first line names the item and the bullets list its details.
                plain_first = i == b.item_column and len(lines) > 1 and bullets != "always"
                rpr = bold_rpr if key else cell_rpr  # the rating's word in bold on its fill
                for n, line in enumerate(lines):
                    ppr = "" if plain_first and n == 0 else numpr
                    out.append(f'<w:p><w:pPr>{ppr}<w:spacing w:after="60"/></w:pPr>{_run(line, rpr)}</w:p>')
                out.append("</w:tc>")
            out.append("</w:tr>")
        out.append("</w:tbl>")
        if b.refs and self.with_sources:
            self.anchors.append((len(self.parts), b.refs))
        self.parts.append("".join(out))
        # A paragraph after a table keeps the next table (or the page end) from touching it.
        self.parts.append('<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>')

    # -- furniture ----------------------------------------------------------------------------

    def item_line(self) -> None:
        item = self.paper.meta.item
        if self.style.show_item and item:
            self.parts.append(
                f'<w:p><w:pPr><w:jc w:val="right"/></w:pPr>{_run(f"{self.style.item_label} {item}", "<w:b/>")}</w:p>'
            )

    def contact_block(self, space_before: int = 240) -> None:
        c = self.paper.meta.contact
        if c is None or c.is_empty():
            return
        s = self.style
        first = ", ".join(v for v in (c.name, c.role) if v)
        if first:
            self.parts.append(
                f'<w:p><w:pPr><w:keepNext/><w:spacing w:before="{space_before}" w:after="0"/></w:pPr>'
                f"{_run(f'{s.contact_label}: ', '<w:b/>')}{_run(first)}</w:p>"
            )
        bits = []
        if c.phone:
            bits.append(f"{_run(f'{s.phone_label}: ', '<w:b/>')}{_run(c.phone)}")
        if c.email:
            if self.email_rid is None:
                self.email_rid = self.doc.part.relate_to(f"mailto:{c.email}", RT.HYPERLINK, is_external=True)
            hl = self.ids.get("hyperlink", "Hyperlink")
            bits.append(
                f"{_run(f'{s.email_label}: ', '<w:b/>')}"
                f'<w:hyperlink r:id="{self.email_rid}" w:history="1">'
                + _run(c.email, f'<w:rStyle w:val="{hl}"/>')
                + "</w:hyperlink>"
            )
        if bits:
            spacing = "" if first else f'<w:spacing w:before="{space_before}"/>'
            self.parts.append(
                f'<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="3685"/></w:tabs>{spacing}</w:pPr>'
                + "<w:r><w:tab/></w:r>".join(bits)
                + "</w:p>"
            )

    # -- assembly -----------------------------------------------------------------------------

    def body_blocks(self) -> None:
        blocks = self.paper.blocks
        pos = self.style.contact_position
        action_end = (
            action_section_end(blocks, self.style.action_heading) if pos in ("after_action", "both") else None
        )
        self.item_line()
        prev_fmt: dict[int, str] = {}
        contact_done = False
        bullet_base = 0
        for i, b in enumerate(blocks):
            if isinstance(b, ListItem):
                if i == 0 or not isinstance(blocks[i - 1], ListItem):
                    bullet_base = _run_base(blocks, i)
                self.list_item(b, prev_fmt, bullet_base)
            else:
                self.numbering.end_lists()
                prev_fmt.clear()
                if isinstance(b, Heading):
                    self.heading(b)
                elif isinstance(b, Paragraph):
                    self.paragraph(b)
                elif isinstance(b, Table):
                    self.table(b)
            if action_end is not None and i == action_end:
                self.contact_block()
                contact_done = True
        if pos == "end" or pos == "both" or (pos == "after_action" and not contact_done):
            self.contact_block(space_before=360)

    def insert_body(self) -> list[Any]:
        xml = f"<w:body {_NSDECL}>{''.join(self.parts)}</w:body>"
        frag = parse_xml(xml)
        children = list(frag)
        if self.sect is not None:
            for child in children:
                self.sect.addprevious(child)
        else:
            self.body.extend(children)
        return children

    def header_footer(self) -> None:
        section = self.doc.sections[0]
        meta = self.paper.meta
        values = self.style._meta_values(meta)
        if self.templated and not section.header.is_linked_to_previous:
            _fill_placeholders(section.header._element, values)
        else:
            lines = self.style.header_lines(meta)
            hdr = section.header._element  # creates the header part
            _replace_children(
                hdr,
                "".join(
                    f'<w:p><w:pPr><w:pStyle w:val="{self.ids.get("header", "Header")}"/><w:jc w:val="right"/></w:pPr>'
                    f"{_run(line, '<w:b/>')}</w:p>"
                    for line in lines
                )
                or f'<w:p><w:pPr><w:pStyle w:val="{self.ids.get("header", "Header")}"/></w:pPr></w:p>',
            )
        if self.templated and not section.footer.is_linked_to_previous:
            _fill_placeholders(section.footer._element, values)
        else:
            ftr = section.footer._element
            _replace_children(
                ftr,
                f'<w:p><w:pPr><w:pStyle w:val="{self.ids.get("footer", "Footer")}"/><w:jc w:val="center"/></w:pPr>'
                f"{_footer_runs(self.style.footer_template, values)}</w:p>",
            )

    def settings(self) -> None:
        # Spelling and hyphenation language for the theme fonts (python-docx's template says en-US).
        settings = self.doc.settings.element
        lang = settings.find(qn("w:themeFontLang"))
        if lang is not None:
            lang.set(qn("w:val"), self.style.language)

    def properties(self, created: dt.datetime | None) -> None:
        cp = self.doc.core_properties
        meta = self.paper.meta
        cp.title = _BAD_XML.sub("", meta.title or "")[:255]
        cp.subject = _BAD_XML.sub("", meta.body or "")[:255]
        cp.author = _BAD_XML.sub("", self.style.organisation)[:255]
        cp.last_modified_by = cp.author
        cp.language = self.style.language
        cp.revision = 1
        cp.keywords = ""
        cp.comments = ""
        cp.category = "Board paper"
        when = created or dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        cp.created = when
        cp.modified = when

    def comments(self, elements: list[Any]) -> None:
        """A Word comment on each block with refs, naming its records: one paragraph a record, what
        it is and when, then its link (live when absolute).

        Built as one XML string and anchored with lxml: python-docx's add_comment and relate_to
        scan every existing comment and relationship on each call, which made a long paper's
        sources cost seconds."""
        cpart = self.doc.part._comments_part  # python-docx creates the part (with its styles) once
        comments_el = cpart.element
        used = [int(c.get(qn("w:id"))) for c in comments_el.iterfind(qn("w:comment"))]
        next_id = max(used, default=-1) + 1
        rids: dict[str, str] = {}
        link_style = self.ids.get("hyperlink", "Hyperlink")
        annotation = '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
        out: list[str] = []
        for index, refs in self.anchors:
            el = elements[index]
            p = el.find(f".//{qn('w:p')}") if el.tag == qn("w:tbl") else el
            runs = p.findall(qn("w:r")) if p is not None else []
            entries = self.srcs.cite(refs)
            if not runs or not entries:
                continue
            cid = next_id
            next_id += 1
            runs[0].addprevious(parse_xml(f'<w:commentRangeStart {_NSDECL} w:id="{cid}"/>'))
            runs[-1].addnext(
                parse_xml(
                    f'<w:r {_NSDECL}><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                    f'<w:commentReference w:id="{cid}"/></w:r>'
                )
            )
            runs[-1].addnext(parse_xml(f'<w:commentRangeEnd {_NSDECL} w:id="{cid}"/>'))
            paras = []
            for n, e in enumerate(entries):
                body = _run(e.text())
                if e.url and is_absolute(e.url):
                    url = _BAD_XML.sub("", e.url)
                    if url not in rids:
                        rids[url] = f"rIdBw{len(rids) + 1}"
                        cpart.rels.add_relationship(RT.HYPERLINK, url, rids[url], is_external=True)
                    body += (
                        _run(" ")
                        + f'<w:hyperlink r:id="{rids[url]}" w:history="1">'
                        + _run(url, f'<w:rStyle w:val="{link_style}"/>')
                        + "</w:hyperlink>"
                    )
                elif e.url:
                    body += _run(f" {e.url}")
                ref_run = annotation if n == 0 else ""
                paras.append(f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>{ref_run}{body}</w:p>')
            out.append(
                f'<w:comment w:id="{cid}" w:author="Boardwork" w:initials="BW">{"".join(paras)}</w:comment>'
            )
        if out:
            comments_el.extend(list(parse_xml(f"<w:comments {_NSDECL}>{''.join(out)}</w:comments>")))

    def render(self, created: dt.datetime | None) -> bytes:
        self.body_blocks()
        elements = self.insert_body()
        self.header_footer()
        self.properties(created)
        self.settings()
        if self.anchors:
            self.comments(elements)
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def _run_base(blocks: list[Any], start: int) -> int:
    """The shallowest level (0-based) of the run of list items starting at `start`."""
    depths = []
    for b in blocks[start:]:
        if not isinstance(b, ListItem):
            break
        depths.append(max(b.depth, 1))
    return min(depths) - 1 if depths else 0


def _footer_runs(template: str, values: dict[str, str]) -> str:
    out = []
    for piece in re.split(r"({page}|{pages})", template):
        if piece == "{page}":
            out.append(_field("PAGE", "1"))
        elif piece == "{pages}":
            out.append(_field("NUMPAGES", "1"))
        elif piece:
            try:
                text = piece.format(**values)
            except (KeyError, IndexError, ValueError):
                text = piece
            out.append(_run(text))
    return "".join(out)


def _field(instr: str, cached: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{cached}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _replace_children(el: Any, inner_xml: str) -> None:
    for child in list(el):
        el.remove(child)
    for child in parse_xml(f"<w:x {_NSDECL}>{inner_xml}</w:x>"):
        el.append(child)


def _fill_placeholders(el: Any, values: dict[str, str]) -> None:
    """A board template's own header/footer may say {board}, {meeting_date}, …: fill those in."""
    for t in el.iter(qn("w:t")):
        if t.text and "{" in t.text:
            text = t.text
            for k, v in values.items():
                text = text.replace("{" + k + "}", v)
            t.text = text
