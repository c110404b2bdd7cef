"""Conditions read as the standard words them: link text as published, no sentence cut.

Each class of fix is proven on the real 2024c chunked HTML (and, where the excerpt
holds the same table, the real 2016c DocBook), with the exact published text; the
last tests sweep every condition of the 2024c build.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from generator.ir.modules import IOD, AttributeTable, AttributeUse
from generator.parse.part03 import Part03
from generator.readers.text import styled_text

from .conftest import Parsed


def _iod(part: Part03, table_id: str) -> IOD:
    return next(i for i in part.iods if i.table == table_id)


def _groups(part: Part03, table_id: str) -> IOD:
    return next(i for i in part.iods if i.functional_groups_table == table_id)


def _at(part: Part03, table_id: str, path: str) -> AttributeUse:
    """The attribute at ``path`` ("(0020,9111)>(0018,9074)") of a module or macro table."""
    table: AttributeTable = part.table(table_id)
    tags = path.split(">")
    found = table.attribute(tags[0])
    for tag in tags[1:]:
        found = next(c for c in found.children if c.tag == tag)
    return found


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        # each as a PS3.3 2024c page shows a link to C.8.8.13 RT Fraction Scheme Module
        (None, "Section C.8.8.13"),
        ("select: label", "Section C.8.8.13"),
        ("select: labelnumber", "C.8.8.13"),
        ("select: title", "RT Fraction Scheme Module"),
        ("select: label title", "Section C.8.8.13 RT Fraction Scheme Module"),
        ("select: label quotedtitle", "Section C.8.8.13 “RT Fraction Scheme Module”"),
        ("select: labelnumber title", "C.8.8.13 RT Fraction Scheme Module"),
        ("select: nopage", "Section C.8.8.13"),
        ("template:Section %n", "Section C.8.8.13"),
        ("template:%t", "RT Fraction Scheme Module"),
    ],
)
def test_xrefstyles(style: str | None, expected: str) -> None:
    assert styled_text("sect_C.8.8.13", style, "C.8.8.13", "RT Fraction Scheme Module") == expected


def test_table_and_note_item_styles() -> None:
    # "Include Table 10-11 “SOP Instance Reference Macro Attributes”"; "See Note 6."
    caption = "SOP Instance Reference Macro Attributes"
    assert styled_text("table_10-11", "select: label quotedtitle", "10-11", caption) == (
        "Table 10-11 “SOP Instance Reference Macro Attributes”"
    )
    assert styled_text("note_A.26.3_6", None, "6", "") == "6"


def test_every_link_reads_as_the_page_shows_it(ps33_2024c: Parsed) -> None:
    """The text of every cell holds each same-Part link's text as the page renders it."""
    checked = 0
    for table in ps33_2024c.document.tables.values():
        for row in table.rows:
            for cell in row:
                for xref in cell.xrefs:
                    if xref.document is None and xref.shown:
                        assert xref.shown in cell.text, (table.id, xref)
                        checked += 1
    assert checked > 10000


def test_link_titles_in_module_and_group_conditions(part03: Part03) -> None:
    rt_plan = _iod(part03, "table_A.20.3-1")
    assert rt_plan.module_use("RT Beams").condition == (
        "Required if RT Fraction Scheme Module exists and Number of Beams (300A,0080) is "
        "greater than zero for one or more fraction groups. Shall not be present, if RT "
        "Brachy Application Setups Module is present. May be present otherwise."
    )
    enhanced_mr = _iod(part03, "table_A.36-1")
    assert enhanced_mr.module_use("Supplemental Palette Color Lookup Table").condition == (
        "Required if Pixel Presentation (0008,9205) in the Enhanced MR Image Module equals "
        "COLOR or MIXED."
    )
    enhanced_xa = _groups(part03, "table_A.47-2")
    assert enhanced_xa.functional_group("Contrast/Bolus Usage").condition == (
        "Required if the Enhanced Contrast/Bolus Module is present."
    )
    # a link to a numbered note item reads as its number
    assert _iod(part03, "table_A.26-1").module_use("VOI LUT").condition == (
        "Required if Presentation Intent Type (0008,0068) is FOR PRESENTATION. Shall not be "
        "present otherwise. See Note 6."
    )
    # select: labelnumber shows the bare label, as the page does
    assert _iod(part03, "table_A.51-1").module_use("Common Instance Reference").condition == (
        "Required if Derivation Image Functional Group (C.7.6.16.2.6) is present."
    )


def test_link_titles_in_attribute_conditions(part03: Part03) -> None:
    assert _at(part03, "table_C.11.12-1", "(0018,1622)").condition == (
        "Required if the Display Shutter Module or Bitmap Display Shutter Module is present."
    )
    assert _at(part03, "table_C.11.13-1", "(0028,6100)").condition == (
        "Required if Mask Module is present."
    )


def test_the_docbook_renders_xrefstyles_as_the_page(ps33_2016c: Parsed, part03: Part03) -> None:
    """The 2016c DocBook's ``select: title`` links read as the 2024c page shows them."""
    old = ps33_2016c.part
    for table_id, module in (("table_A.38-1", "Supplemental Palette Color Lookup Table"),):
        assert (
            _iod(old, table_id).module_use(module).condition
            == _iod(part03, table_id).module_use(module).condition
            == "Required if Pixel Presentation (0008,9205) in the Enhanced CT Image Module "
            "equals COLOR or MIXED."
        )
    # 2016c: no full stop yet
    assert _groups(old, "table_A.47-2").functional_group("Contrast/Bolus Usage").condition == (
        "Required if the Enhanced Contrast/Bolus Module is present"
    )
    include = ps33_2016c.document.table("table_C.7-1").rows[2][0]
    assert include.text == "Include Table 10-18 “Issuer of Patient ID Macro Attributes”"


def test_open_conditions_take_the_lines_that_finish_them(part03: Part03) -> None:
    assert _at(part03, "table_C.36.2.2.4-1", "(300A,063F)").condition == (
        'Required if SOP Class UID is not RT Radiation Salvage Record Storage ("1.2.840.10008.'
        '5.1.4.1.1.481.17"), and SOP Class UID is not Enhanced RT Image (“1.2.840.10008.5.1.4.'
        "1.1.481.23”), and SOP Class UID is not Enhanced Continuous RT Image (“1.2.840.10008."
        "5.1.4.1.1.481.24”). May be present otherwise."
    )
    assert _at(part03, "table_C.7.6.16-3", "(0020,9111)>(0018,9074)").condition == (
        "Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL, and Dimension "
        "Organization Type (0020,9311) is not TILED_FULL, and the SOP Class UID is not: "
        '"1.2.840.10008.5.1.4.1.1.2.2" (Legacy Converted Enhanced CT Image Storage), or '
        '"1.2.840.10008.5.1.4.1.1.4.4" (Legacy Converted Enhanced MR Image Storage), or '
        '"1.2.840.10008.5.1.4.1.1.128.1" (Legacy Converted Enhanced PET Image Storage), or '
        '"1.2.840.10008.5.1.4.1.1.77.1.6" (VL Whole Slide Microscopy Image Storage) or SOP '
        'Class UID (0008,0016) is "1.2.840.10008.5.1.4.1.1.6.3" (Photoacoustic Image '
        "Storage). May be present otherwise."
    )
    assert _at(part03, "table_C.8-7", "(0054,0051)").condition == (
        "Required if Image Type (0008,0008), Value 3 is TOMO, GATED TOMO, RECON TOMO or "
        "RECON GATED TOMO."
    )
    # the colon introduces a value list, not more of the condition (as published)
    assert _at(part03, "table_C.23.3-1", "(0072,0200)>(0072,0520)").condition == (
        "Required if the value of Reformatting Operation Type (0072,0510) is 3D_RENDERING:"
    )


def test_a_name_starting_with_required_is_no_condition(part03: Part03) -> None:
    # 10-28: "Required Motion Observation Mode for movement." is the description
    assert _at(part03, "table_10-28", "(300A,0450)>(300A,0452)").condition == (
        "Required if Device Motion Execution Mode (300A,0451) is absent. May be present otherwise."
    )


def test_every_presence_rule_is_kept(part03: Part03) -> None:
    assert _at(part03, "table_8.8-1a", "(0008,0103)").condition == (
        "Required if the value of Coding Scheme Designator (0008,0102) is present and is not "
        "sufficient to identify the Code Value (0008,0100) or Long Code Value (0008,0119) "
        "unambiguously. Shall not be present if Coding Scheme Designator (0008,0102) is "
        "absent. May be present otherwise."
    )
    assert _at(part03, "table_C.8-25b", "(0018,2010)").condition == (
        "Required if Conversion Type (0008,0064) is DF (Digitized Film). May also be present "
        "if Conversion Type (0008,0064) is SD (Scanned Document) or SI (Scanned Image)."
    )
    assert _at(part03, "table_C.8-70", "(0028,1050)").condition == (
        "Required if Presentation Intent Type (0008,0068) is FOR PRESENTATION and VOI LUT "
        "Sequence (0028,3010) is not present. May also be present if VOI LUT Sequence "
        "(0028,3010) is present."
    )
    # CP-2330: "May be present otherwise." after a list of SOP Classes
    spacing = _at(part03, "table_C.7.6.16-2", "(0028,9110)>(0028,0030)").condition or ""
    assert spacing.startswith("Required if: Volumetric Properties (0008,9206) is other than")
    assert spacing.endswith(
        'Enhanced Continuous RT Image ("1.2.840.10008.5.1.4.1.1.481.24"). May be present otherwise.'
    )
    # a rule that is not next to the first one ("Required if ... MG.")
    assert _at(part03, "table_C.8.21.3.1.1-1", "(0018,9461)").condition == (
        "Required if present and consistent in the contributing SOP Instances. Required if "
        "Modality (0008,0060) is MG."
    )
    # "When ... this Attribute shall not be present." is a condition too
    assert _at(part03, "table_F.3-3", "(0004,1220)>(0004,1500)").condition == (
        "When the Directory Record does not reference any SOP Instance this Attribute shall "
        "not be present."
    )


# -- the whole build --------------------------------------------------------------------


def _conditions(part: Part03) -> Iterator[tuple[str, str, str | None]]:
    """``(where, type or usage, condition)`` of every attribute, module and group condition."""
    for table in (*part.modules.values(), *part.macros.values()):
        for attribute in table.walk():
            if attribute.type in ("1C", "2C") or attribute.condition:
                kind = attribute.type or ""
                yield f"{attribute.origin.table} {attribute.tag}", kind, attribute.condition
    for iod in part.iods:
        for module in iod.modules:
            yield f"{iod.table} {module.name}", module.usage or "", module.condition
        for group in iod.functional_groups:
            yield f"{iod.functional_groups_table} {group.name}", group.usage or "", group.condition


_OPEN_END = re.compile(r"\b(?:if|and|or|is|are|not|of|the|when|that)$")
_VERB = re.compile(r"\b(?:[Rr]equired|present|[Ss]hall|[Mm]ay|exclusive|[Oo]nly|[Ss]ee)\b")


def test_no_condition_is_cut_short_or_lost(part03: Part03) -> None:
    conditions = list(_conditions(part03))
    assert len(conditions) > 2000
    lost = [where for where, kind, text in conditions if kind in ("1C", "2C") and not text]
    assert lost == []
    cut = [(w, t) for w, _, t in conditions if t and _OPEN_END.search(t)]
    assert cut == []
    verbless = [(w, t) for w, k, t in conditions if t and k in ("1C", "2C", "C")]
    assert [(w, t) for w, t in verbless if not _VERB.search(t or "")] == []


def test_no_condition_shows_a_link_id_or_a_number_for_a_title(ps33_2024c: Parsed) -> None:
    """No "note_" ids, no "Section C.8.8.13" where every page link to it shows its title."""
    shown: dict[str, set[str]] = {}
    for table in ps33_2024c.document.tables.values():
        for row in table.rows:
            for cell in row:
                for xref in cell.xrefs:
                    if xref.document is None and xref.shown and xref.target.startswith("sect_"):
                        shown.setdefault(xref.label, set()).add(xref.shown)
    by_title = {label for label, texts in shown.items() if not any("Section " in t for t in texts)}
    assert {"C.8.8.13", "C.7.6.4b", "C.7.6.11", "C.7.6.15", "C.11.11", "A.58"} <= by_title
    found = []
    for where, _, text in _conditions(ps33_2024c.part):
        if not text:
            continue
        if "note_" in text:
            found.append((where, text))
        for label in re.findall(r"\bSection ([A-Z0-9][\w.\-]*[\w])", text):
            if label in by_title:
                found.append((where, text))
    assert found == []
