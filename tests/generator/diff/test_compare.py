"""Keyed comparison on hand-made indexes: every kind of change, and how it reads."""

from __future__ import annotations

import json

from generator.diff.compare import compare
from generator.diff.index import Index, index_text, parse_index
from generator.diff.records import KIND_BY_NAME, KINDS, Fields, Key, Records
from generator.diff.report import build_entry, diff_json, render_entry

ATTRIBUTE = KIND_BY_NAME["attribute"].fields


def index(
    edition: str, records: dict[str, Records], parts: tuple[int, ...] = (3, 4, 6, 16)
) -> Index:
    return Index(
        edition=edition,
        parts=parts,
        records={kind.name: records.get(kind.name, {}) for kind in KINDS},
        fields={kind.name: kind.fields for kind in KINDS},
    )


def attribute(**values: object) -> Fields:
    defaults: dict[str, object] = {
        "keyword": "BitsAllocated",
        "name": "Bits Allocated",
        "type": "1",
        "vr": "US",
        "vm": "1",
        "retired": False,
        "condition": None,
        "enumerated_values": ("8",),
        "defined_terms": (),
        "value_meanings": "aaaa",
        "context_groups": (),
        "description": "bbbb",
    }
    defaults.update(values)
    return tuple(defaults[name] for name in ATTRIBUTE)  # type: ignore[misc]


MODULE: Key = ("table_C.8.20-2",)
BITS: Key = ("table_C.8.20-2", "(0028,0100)")
ITEM: Key = ("table_C.8.20-2", "(0062,0002)>(0062,0004)")


def before() -> Index:
    return index(
        "2099a",
        {
            "element": {
                ("(0028,0100)",): ("BitsAllocated", "Bits Allocated", "US", "1", False, "6-1"),
                ("(0008,0040)",): ("DataSetType", "Data Set Type", "US", "1", False, "6-1"),
            },
            "uid": {("1.2.3",): ("Old", "Old Storage", "SOP Class", "PS3.4", False)},
            "module": {
                MODULE: (
                    "Segmentation Image",
                    "C.8.20-2",
                    "Segmentation Image Module Attributes",
                    "sect_C.8.20.2",
                )
            },
            "attribute": {
                BITS: attribute(),
                ITEM: attribute(
                    keyword="SegmentNumber", name="Segment Number", enumerated_values=()
                ),
                ("table_C.8.20-2", "(0062,0002)"): attribute(
                    keyword="SegmentSequence", name="Segment Sequence", enumerated_values=()
                ),
            },
        },
    )


def after() -> Index:
    return index(
        "2099b",
        {
            "element": {
                ("(0028,0100)",): (
                    "BitsAllocated",
                    "Bits Allocated",
                    "US or SS",
                    "1",
                    False,
                    "6-1",
                ),
                ("(0008,0040)",): ("DataSetType", "Data Set Type", "US", "1", True, "6-1"),
                ("(0028,0101)",): ("BitsStored", "Bits Stored", "US", "1", False, "6-1"),
            },
            "module": {
                MODULE: (
                    "Segmentation Image",
                    "C.8.20-2",
                    "Segmentation Image Module Attributes",
                    "sect_C.8.20.2",
                )
            },
            "attribute": {
                BITS: attribute(
                    type="1C",
                    condition="Required if Pixel Data is present.",
                    enumerated_values=("16", "8"),
                    value_meanings="cccc",
                ),
                ITEM: attribute(
                    keyword="SegmentNumber",
                    name="Segment Number",
                    enumerated_values=(),
                    description="dddd",
                ),
                ("table_C.8.20-2", "(0062,0002)"): attribute(
                    keyword="SegmentSequence", name="Segment Sequence", enumerated_values=()
                ),
            },
        },
    )


def test_added_removed_retired_changed() -> None:
    diff = compare(before(), after())
    found = {(c.kind, c.change, c.key) for c in diff.changes}
    assert found == {
        ("element", "changed", ("(0028,0100)",)),
        ("element", "retired", ("(0008,0040)",)),
        ("element", "added", ("(0028,0101)",)),
        ("uid", "removed", ("1.2.3",)),
        ("attribute", "changed", BITS),
        ("attribute", "changed", ITEM),
    }
    bits = next(c for c in diff.changes if c.key == BITS)
    assert {f.name: (f.before, f.after) for f in bits.fields} == {
        "type": ("1", "1C"),
        "condition": (None, "Required if Pixel Data is present."),
        "enumerated_values": (("8",), ("16", "8")),
        "value_meanings": ("aaaa", "cccc"),
    }
    assert diff.counts()["element"] == {"added": 1, "removed": 0, "retired": 1, "changed": 1}


def test_markdown_reads_as_a_changelog() -> None:
    text = render_entry(build_entry(compare(before(), after())))
    assert text.startswith("## DICOM 2099b\n\nCompared with DICOM 2099a.\n")
    assert "| Data elements (PS3.6) | 1 | 0 | 1 | 1 |" in text
    assert "- Retired: (0008,0040) DataSetType “Data Set Type”" in text
    assert "- Changed: (0028,0100) BitsAllocated “Bits Allocated”: vr: `US` → `US or SS`" in text
    assert "#### Table C.8.20-2 “Segmentation Image Module Attributes” (table_C.8.20-2)" in text
    assert (
        "- Changed: Bits Allocated (0028,0100): type: `1` → `1C`; condition: (none) → "
        "“Required if Pixel Data is present.”; enumerated values: added `16`" in text
    )
    assert "value meanings" not in text, "implied by the values shown"
    assert (
        "- Changed: Segment Sequence (0062,0002) > Segment Number (0062,0004): "
        "description: “~~bbbb~~ **dddd**”" in text
    )
    assert "- Removed: `1.2.3` Old “Old Storage” (SOP Class)" in text


def test_json_holds_keys_records_and_fields() -> None:
    data = diff_json(compare(before(), after()))
    assert data["format"] == "dicomodel-diff"
    assert (data["from"]["edition"], data["to"]["edition"]) == ("2099a", "2099b")
    bits = next(c for c in data["changes"] if c["key"] == {"table": BITS[0], "path": BITS[1]})
    assert bits["fields"]["type"] == {"from": "1", "to": "1C"}
    assert bits["record"]["enumerated_values"] == ["16", "8"]
    assert json.loads(json.dumps(data)) == data


def test_identical_builds_have_no_changes() -> None:
    diff = compare(after(), after())
    assert diff.empty
    assert "No differences." in render_entry(build_entry(diff))


def test_kinds_of_a_part_one_side_lacks_are_not_compared() -> None:
    only6 = index("2099b", {"element": after().records["element"]}, parts=(6,))
    diff = compare(before(), only6)
    assert {c.kind for c in diff.changes} == {"element", "uid"}
    assert "module" in diff.skipped
    assert "attribute" in diff.skipped
    text = render_entry(build_entry(diff))
    assert "Not compared:\n\n- **Data elements (PS3.6)" not in text
    line = next(line for line in text.splitlines() if "did not read PS3.3" in line)
    assert line.startswith("- **IODs (PS3.3); Modules of IODs;")
    assert "; Modules; Macros;" in line


def test_index_text_round_trips_and_is_sorted() -> None:
    text = index_text(after())
    lines = text.splitlines()
    assert index_text(parse_index(lines, "test")) == text
    elements = [json.loads(line)[1] for line in lines if line.startswith('["element"')]
    assert elements == sorted(elements)
    header = json.loads(lines[0])
    assert header["kinds"]["attribute"] == {"key": ["table", "path"], "fields": list(ATTRIBUTE)}


def test_an_older_index_with_fewer_fields_is_compared_on_the_common_ones() -> None:
    old = before()
    fields = dict(old.fields)
    fields["element"] = fields["element"][:-1]
    records = dict(old.records)
    records["element"] = {key: value[:-1] for key, value in old.records["element"].items()}
    trimmed = Index(old.edition, old.parts, (), records, fields)
    diff = compare(trimmed, after())
    changed = next(c for c in diff.changes if c.key == ("(0028,0100)",))
    assert [f.name for f in changed.fields] == ["vr"]


def _with(base: Index, kind: str, records: Records) -> Index:
    merged = dict(base.records)
    merged[kind] = {**merged.get(kind, {}), **records}
    return Index(base.edition, base.parts, base.overlays, merged, base.fields)


def test_a_table_whose_section_is_a_retired_pointer_is_retired_not_removed() -> None:
    # PS3.3 2024c Section 10.23: "Retired. See PS3.3-2024b." where Table 10-27 stood.
    old = before()
    new = index("2099b", {"retired_section": {("sect_C.8.20.2",): ("C.8.20.2", "Gone (Retired)")}})
    diff = compare(old, new)
    assert {c.change for c in diff.of("module")} == {"retired"}
    assert {c.change for c in diff.of("attribute")} == {"retired"}
    assert diff.counts()["module"]["retired"] == 1
    assert "only as a pointer" in diff.of("module")[0].note


def test_a_code_of_table_j1_is_retired_not_removed() -> None:
    code: Key = ("SCT", "8592001")
    old = _with(before(), "code", {code: ("Irrigation", "Irrigation", False)})
    new = _with(after(), "retired_code", {code: ("Irrigation", "67889009")})
    retired = next(c for c in compare(old, new).of("code"))
    assert retired.change == "retired"
    assert retired.note.endswith("replaced by (67889009, SCT)")


def test_case_only_is_cosmetic_and_white_space_is_no_change() -> None:
    code: Key = ("SCT", "303110006")
    old = _with(before(), "code", {code: ("After Procedure", "AfterProcedure", False)})
    new = _with(after(), "code", {code: ("after procedure", "AfterProcedure", False)})
    new = _with(new, "attribute", {BITS: after().records["attribute"][BITS]})
    diff = compare(old, new)
    change = diff.of("code")[0]
    assert change.cosmetic
    assert "code" not in diff.counts()
    assert diff.cosmetic_counts() == {"code": 1}
    spaced = _with(after(), "attribute", {ITEM: attribute(
        keyword="SegmentNumber", name="Segment Number", enumerated_values=(),
        description="bbbb\n",
    )})  # fmt: skip
    assert ITEM not in {c.key for c in compare(before(), spaced).changes}


def test_a_borrowed_dictionary_leaves_data_elements_out() -> None:
    from generator.ir.registry import DictionaryProvenance

    pydicom = DictionaryProvenance(source="pydicom", edition="2099b", detail="pydicom 2099b")
    old = before()
    old = Index(old.edition, old.parts, (), old.records, old.fields, dictionary=pydicom)
    diff = compare(old, after())
    assert not diff.of("element")
    assert {n.what for n in diff.not_compared} >= {"element", "attribute.vr"}
    bits = next(c for c in diff.of("attribute") if c.key == BITS)
    assert "vr" not in {f.name for f in bits.fields}
    assert diff_json(diff)["not_compared"][0]["reason"].startswith("DICOM 2099a has no Table 6-1")


def test_a_description_change_gives_the_words_that_changed() -> None:
    text = "Treatment machine gantry angle, i.e., orientation of IEC GANTRY"
    changed = text.replace("machine", "machine or imaging device")
    old = _with(before(), "attribute", {BITS: attribute(description=text)})
    new = _with(after(), "attribute", {BITS: attribute(type="1C", description=changed)})
    diff = compare(old, new)
    assert (
        "description: “Treatment machine **or imaging device** gantry angle, i.e., orientation …”"
        in (render_entry(build_entry(diff)))
    )
    bits = next(c for c in diff_json(diff)["changes"] if c["key"].get("path") == BITS[1])
    assert bits["fields"]["description"]["words"] == [
        {
            "before": "Treatment machine gantry angle, i.e., orientation …",
            "after": "Treatment machine or imaging device gantry angle, i.e., orientation …",
        }
    ]


def test_a_digest_of_an_older_index_equals_its_text() -> None:
    from generator.diff.records import digest

    old = _with(before(), "attribute", {ITEM: attribute(
        keyword="SegmentNumber", name="Segment Number", enumerated_values=(),
        description=digest("dddd"),
    )})  # fmt: skip
    assert ITEM not in {c.key for c in compare(old, after()).changes}


def test_a_kind_an_older_index_lacks_is_not_compared() -> None:
    old = before()
    fields = {name: names for name, names in old.fields.items() if name != "retired_code"}
    older = Index(old.edition, old.parts, (), old.records, fields)
    new = _with(after(), "retired_code", {("SCT", "8592001"): ("Irrigation", "67889009")})
    diff = compare(older, new)
    assert not diff.of("retired_code")
    assert "retired_code" in diff.skipped
