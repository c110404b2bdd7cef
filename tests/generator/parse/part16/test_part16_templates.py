"""PS3.16 2024c templates (TIDs) on the real chunked HTML: tables, rows, conditions."""

from __future__ import annotations

import pytest

from generator.conditions.template_rows import parse_row_condition
from generator.ir.templates import (
    ConceptCode,
    ConceptPresent,
    ParentCode,
    Ref,
    RootConcept,
    RowAnd,
    RowCode,
    RowCount,
    RowNot,
    RowOr,
    RowPresent,
    Template,
    Unknown,
)
from generator.parse.part16_templates import TemplateFigures, parse_templates, read_refs
from generator.readers.model import Document


@pytest.fixture(scope="module")
def parsed(part16_document: Document) -> tuple[dict[str, Template], TemplateFigures]:
    templates, figures = parse_templates(part16_document)
    return {t.tid: t for t in templates}, figures


def test_at_least_95_percent_of_the_template_tables_parse_completely(
    parsed: tuple[dict[str, Template], TemplateFigures],
) -> None:
    templates, figures = parsed
    assert figures.tables == len(templates) == 410  # 469 table_TID_*, 59 of them Parameters
    assert figures.share >= 0.95, figures.summary()[:40]
    # Every table and row condition read; the last ones were counts: TID 4004 and 4102
    # ("at least two items shall be present"), TID 4023 (a count tied to a row's value).
    assert figures.complete == 410
    assert figures.conditions == {"parsed": 451, "undecidable": 268}
    assert figures.summary()[0].startswith("PS3.16: 410 of 410 template tables parsed completely")


def test_tid_1500_header_and_rows_read_as_published(
    parsed: tuple[dict[str, Template], TemplateFigures],
) -> None:
    tid1500 = parsed[0]["1500"]
    assert (tid1500.name, tid1500.extensible, tid1500.order_significant, tid1500.root) == (
        "Measurement Report",
        True,
        False,
        True,
    )
    first, language = tid1500.rows[0], tid1500.rows[1]
    assert (first.key, first.nesting, first.value_type, first.requirement) == (
        "1",
        0,
        "CONTAINER",
        "M",
    )
    assert first.concept == Ref(kind="cid", strength="D", number="7021")
    assert first.value_set.root
    assert (language.relationship, language.value_type, language.concept) == (
        "HAS CONCEPT MOD",
        "INCLUDE",
        Ref(kind="tid", strength="D", number="1204"),
    )
    by_key = {row.key: row for row in tid1500.rows}
    imaging = by_key["6"]
    assert imaging.concept == Ref(
        kind="code", strength="EV", value="126010", scheme="DCM", meaning="Imaging Measurements"
    )
    assert imaging.requirement == "MC"
    assert imaging.condition is not None
    assert imaging.condition.status == "parsed"
    assert imaging.condition.required == RowAnd(
        operands=(RowNot(operand=RowPresent(row="10")), RowNot(operand=RowPresent(row="12")))
    )
    planar = by_key["7"]
    assert (planar.nesting, planar.vm_min, planar.vm_max) == (2, 1, None)
    bindings = {b.parameter: b.values for b in planar.value_set.bindings}
    assert bindings["$Units"] == (Ref(kind="cid", strength="B", number="7181"),)
    assert len(bindings) == 6
    assert not tid1500.problems
    assert tid1500.complete


def test_tid_8301_rows_1_and_2_exclude_each_other(
    parsed: tuple[dict[str, Template], TemplateFigures],
) -> None:
    tid8301 = parsed[0]["8301"]
    assert (tid8301.extensible, tid8301.order_significant, tid8301.root) == (True, False, False)
    stain, text = tid8301.rows
    assert (stain.nesting, stain.relationship, stain.value_type) == (0, None, "CODE")
    assert (stain.vm_min, stain.vm_max, text.vm_max) == (1, None, 1)
    assert stain.value_set.values == (Ref(kind="cid", strength="D", number="4412"),)
    assert stain.concept == Ref(
        kind="code", strength="DT", value="424361007", scheme="SCT", meaning="Using substance"
    )
    assert stain.condition is not None
    assert text.condition is not None
    assert stain.condition.required == RowNot(operand=RowPresent(row="2"))
    assert text.condition.required == RowNot(operand=RowPresent(row="1"))


def test_parameters_and_units_are_read(
    parsed: tuple[dict[str, Template], TemplateFigures],
) -> None:
    tid1410 = parsed[0]["1410"]
    assert "$Measurement" in {p.name for p in tid1410.parameters}
    tid300 = parsed[0]["300"]
    concept_names = [row.concept for row in tid300.rows]
    assert Ref(kind="parameter", value="$Measurement") in concept_names
    units = [row.value_set.units for row in tid300.rows if row.value_type == "NUM"]
    assert units[0] == (Ref(kind="parameter", value="$Units"),)
    assert len(units) == 3  # the measurement and two derivation parameters


def test_a_stray_underscore_in_a_table_id_does_not_change_the_tid(
    parsed: tuple[dict[str, Template], TemplateFigures],
) -> None:
    assert parsed[0]["1607"].origin.table == "table_TID__1607"


@pytest.mark.parametrize(
    ("text", "required", "forbidden"),
    [
        ("XOR Rows 3, 4",
         RowNot(operand=RowOr(operands=(RowPresent(row="3"), RowPresent(row="4")))),
         RowOr(operands=(RowPresent(row="3"), RowPresent(row="4")))),
        ('IFF value of Row 1 = (121006, DCM, "Person")',
         RowCode(row="1", codes=(("121006", "DCM"),)),
         RowNot(operand=RowCode(row="1", codes=(("121006", "DCM"),)))),
        ('May be present only if value of parent is (1, SCT, "a, or b") or (2, SCT, "c")', None,
         RowNot(operand=ParentCode(codes=(("1", "SCT"), ("2", "SCT"))))),
        ('IFF root Concept Name Code Sequence = (1, DCM, "x")', RootConcept(codes=(("1", "DCM"),)),
         RowNot(operand=RootConcept(codes=(("1", "DCM"),)))),
        ("At least one of Rows 2, 3 or 5 shall be present",
         RowNot(operand=RowOr(operands=tuple(RowPresent(row=k) for k in ("2", "3", "5")))), None),
        ('Shall be present unless the value of (111064, DCM, "x") is (111225, DCM, "y")',
         RowNot(operand=ConceptCode(concept=("111064", "DCM"), codes=(("111225", "DCM"),))),
         None),
        ('May be present only if (111054, DCM, "Recommended Follow-up Date") is not present', None,
         RowNot(operand=RowNot(operand=ConceptPresent(codes=(("111054", "DCM"),))))),
    ],
)  # fmt: skip
def test_condition_forms(text: str, required: object, forbidden: object) -> None:
    rule = parse_row_condition(text)
    assert (rule.status, rule.required, rule.forbidden) == ("parsed", required, forbidden)


def test_conditions_outside_the_tree_are_undecidable_and_the_rest_unparsed() -> None:
    rule = parse_row_condition("IF this Template is invoked more than once")
    assert rule.status == "undecidable"
    assert isinstance(rule.required, Unknown)
    parameter = parse_row_condition('IF the value of $AnalysisPerformed equals (1, DCM, "x")')
    assert parameter.status == "undecidable"
    assert parameter.reasons[0].startswith("a parameter's value")
    unread = parse_row_condition(
        "At least two items shall be present: two of Row 5, or one of each"
    )
    assert unread.status == "unparsed"
    assert unread.reasons


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("At least two items shall be present: two of Row 5, two of Row 6, or one of each.",
         RowCount(rows=("5", "6"), at_least=2)),
        ("At least two items shall be present: two of Row 13, two of Row 14, or one of each.",
         RowCount(rows=("13", "14"), at_least=2)),
        ("Number of instances of this row shall equal value of Row 1, plus 1.",
         RowCount(value_of="1", plus=1)),
    ],
)  # fmt: skip
def test_conditions_that_count_items(text: str, count: RowCount) -> None:
    rule = parse_row_condition(text)
    assert (rule.status, rule.required, rule.forbidden, rule.count) == ("parsed", None, None, count)


def test_read_refs_stops_at_text() -> None:
    refs, rest = read_refs('DCID 4412 “Stain” or EV (mm, UCUM, "mm (x)") where n is 2')
    assert [r.describe() for r in refs] == ["DCID 4412", 'EV (mm, UCUM, "mm (x)")']
    assert rest == "where n is 2"


def test_errata_of_template_cells_are_read_and_reported(
    parsed: tuple[dict[str, Template], TemplateFigures],
) -> None:
    """generator/overrides/template_cells.py: quoted modalities (TID 1602), a quoted
    meaning (TID 4201), misprinted units (TID 15101, 15401); the IR keeps the text."""
    templates, figures = parsed
    modality = {row.key: row for row in templates["1602"].rows}["14"].condition
    assert modality is not None
    assert modality.status == "parsed"
    assert modality.text == 'IFF Row 1 is present with a value of "CT", "MR" or "PT"'
    assert modality.required == RowCode(
        row="1", codes=(("CT", "DCM"), ("MR", "DCM"), ("PT", "DCM"))
    )
    finding = {row.key: row for row in templates["4201"].rows}["6"].condition
    assert finding is not None
    assert finding.required == RowCode(row="4", codes=(("111402", "DCM"),))
    counts = {row.key: row for row in templates["15101"].rows}["10"].value_set.units
    assert counts == (
        Ref(kind="code", strength="DT", value="{counts}/s", scheme="UCUM", meaning="counts/s"),
    )
    mev = {row.key: row for row in templates["15401"].rows}["2"].value_set.units
    assert [(r.value, r.scheme) for r in mev] == [("MeV", "UCUM")]
    overrides = [line for line in figures.summary() if line.startswith("override: ")]
    assert len(overrides) == 9
    assert "override: PS3.16 TID 15401 row 2 value_set" in "\n".join(overrides)


def test_any_of_a_list_of_codes_is_one_list(
    parsed: tuple[dict[str, Template], TemplateFigures],
) -> None:
    """TID 10007 row 5: "any of A, B or C are present, and Row 6 is not present"."""
    condition = {row.key: row for row in parsed[0]["10007"].rows}["5"].condition
    assert condition is not None
    assert condition.required == RowAnd(
        operands=(
            ConceptPresent(codes=(("113725", "DCM"), ("113728", "DCM"), ("113729", "DCM"))),
            RowNot(operand=RowPresent(row="6")),
        )
    )
