"""The house style as Word styles: paragraph and character styles, fonts, sizes, run defaults."""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from lxml import etree

from ...style import HouseStyle
from ._xml import _NSDECL, _half_points, _x


def _rfonts(font: str) -> str:
    f = _x(font)
    return f'<w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:cs="{f}" w:eastAsia="{f}"/>'


def _style_xml(style: HouseStyle) -> dict[str, str]:
    """Our paragraph/character styles, keyed by built-in name (lower case, as in styles.xml)."""
    font = _rfonts(style.font_family)
    body = _half_points(style.body_size_pt)
    col = style.text_colour
    hcol = style.heading_colour
    out = {
        "normal": (
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
            '<w:pPr><w:widowControl/><w:spacing w:before="0" w:after="160" w:line="240" w:lineRule="auto"/></w:pPr>'
            f'<w:rPr>{font}<w:color w:val="{col}"/><w:sz w:val="{body}"/><w:szCs w:val="{body}"/></w:rPr>'
            "</w:style>"
        ),
        "list paragraph": (
            '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
            '<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/>'
            '<w:pPr><w:spacing w:after="80"/><w:ind w:left="720"/></w:pPr></w:style>'
        ),
        "header": (
            '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs>'
            f'<w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="{_half_points(style.header_size_pt)}"/></w:rPr>'
            "</w:style>"
        ),
        "footer": (
            '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs>'
            f'<w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="{_half_points(style.footer_size_pt)}"/></w:rPr>'
            "</w:style>"
        ),
        "hyperlink": (
            '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
            f'<w:rPr><w:color w:val="{style.link_colour}"/><w:u w:val="single"/></w:rPr></w:style>'
        ),
        "table grid": (
            '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
            '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>'
            '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
            '<w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
            "</w:tblPr></w:style>"
        ),
    }
    sizes = {1: style.h1_size_pt, 2: style.h2_size_pt, 3: style.h3_size_pt}
    spacing = {1: (240, 240), 2: (240, 120), 3: (120, 120)}
    for level in range(1, 7):
        size = _half_points(sizes.get(level, style.h3_size_pt))
        before, after = spacing.get(level, (120, 120))
        italic = "<w:i/>" if level >= 3 else '<w:i w:val="0"/>'
        out[f"heading {level}"] = (
            f'<w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
            f'<w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
            f'<w:spacing w:before="{before}" w:after="{after}"/><w:outlineLvl w:val="{level - 1}"/></w:pPr>'
            f'<w:rPr>{font}<w:b/><w:bCs/>{italic}<w:color w:val="{hcol}"/>'
            f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>'
        )
    return out


def _apply_styles(doc: Any, style: HouseStyle, replace: bool) -> dict[str, str]:
    """Put our styles into styles.xml; returns built-in name → styleId to use.

    replace=True (no board template): our definitions replace python-docx's defaults (Calibri, theme
    colours). replace=False (board template): the template's styles win, ours fill the gaps.
    """
    styles_el = doc.styles.element
    by_name: dict[str, Any] = {}
    for s in styles_el.iterfind(qn("w:style")):
        name = s.find(qn("w:name"))
        if name is not None:
            by_name.setdefault(name.get(qn("w:val")).lower(), s)
    ids: dict[str, str] = {}
    taken = {s.get(qn("w:styleId")) for s in styles_el.iterfind(qn("w:style"))}
    for name, xml in _style_xml(style).items():
        existing = by_name.get(name)
        if existing is not None and not replace:
            ids[name] = existing.get(qn("w:styleId"))
            continue
        el = parse_xml(xml.replace("<w:style ", f"<w:style {_NSDECL} ", 1))
        sid = el.get(qn("w:styleId"))
        if existing is not None:
            el.set(qn("w:styleId"), existing.get(qn("w:styleId")))
            existing.addprevious(el)
            styles_el.remove(existing)
        else:
            if sid in taken:  # a template used our id for another style name
                sid = f"BW{sid}"
                el.set(qn("w:styleId"), sid)
            styles_el.append(el)
        ids[name] = el.get(qn("w:styleId"))

    # Run defaults: the language always (a board's own template may say en-US), fonts only when
    # the house style owns the look.
    defaults = styles_el.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = etree.SubElement(styles_el, qn("w:docDefaults"))
        styles_el.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = etree.SubElement(defaults, qn("w:rPrDefault"))
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = etree.SubElement(rpr_default, qn("w:rPr"))
    if replace:
        for tag in ("w:rFonts", "w:sz", "w:szCs"):
            for old in rpr.findall(qn(tag)):
                rpr.remove(old)
        size = _half_points(style.body_size_pt)
        for new in reversed(
            [
                parse_xml(_rfonts(style.font_family).replace("<w:rFonts ", f"<w:rFonts {_NSDECL} ")),
            ]
        ):
            rpr.insert(0, new)
        sz = etree.SubElement(rpr, qn("w:sz"))
        sz.set(qn("w:val"), str(size))
        szcs = etree.SubElement(rpr, qn("w:szCs"))
        szcs.set(qn("w:val"), str(size))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = etree.SubElement(rpr, qn("w:lang"))
    lang.set(qn("w:val"), style.language)
    _sort_rpr(rpr)
    return ids


# CT_RPr's schema order (the parts we write): Word is strict about child order.
_RPR_ORDER = [
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
    "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
    "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
    "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath",
]  # fmt: skip


def _sort_rpr(rpr: Any) -> None:
    order = {qn(f"w:{t}"): i for i, t in enumerate(_RPR_ORDER)}
    children = list(rpr)
    children.sort(key=lambda c: order.get(c.tag, len(order)))
    for c in children:
        rpr.append(c)
