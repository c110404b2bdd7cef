"""The diff of 2024c -> 2024c + Supplement 243 lists exactly what the supplement changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diff.compare import Diff, compare
from generator.diff.report import build_entry, diff_json, render_entry
from tests.generator.overlays import builds

LABEL_MAP = "1.2.840.10008.5.1.4.1.1.66.7"
SEGMENTATION = "1.2.840.10008.5.1.4.1.1.66.4"
PALETTE = "Required if Photometric Interpretation (0028,0004) has a value of PALETTE COLOR."
IMAGE = "table_C.8.20-2"
MACRO = "table_C.7-22a"

EXPECTED = {
    ("uid", "added", (LABEL_MAP,)),
    ("sop_class", "added", (LABEL_MAP,)),
    ("sop_class", "changed", (SEGMENTATION,)),
    ("iod_module", "added", ("table_A.51-1", "Palette Color Lookup Table")),
    ("iod_module", "added", ("table_A.51-1", "ICC Profile")),
    ("iod_functional_group", "changed", ("table_A.51-1", "Segmentation")),
    # Segmentation Image Module: the rows Supplement 243 amends
    *(
        ("attribute", "changed", (IMAGE, path))
        for path in (
            "(0008,0008)",  # Image Type: description
            "(0028,0002)",  # Samples per Pixel: description
            "(0028,0004)",  # Photometric Interpretation: PALETTE COLOR for LABELMAP
            "(0028,0100)",  # Bits Allocated: 8 or 16 for LABELMAP
            "(0028,0101)",  # Bits Stored
            "(0028,0102)",  # High Bit
            "(0028,0103)",  # Pixel Representation: description
            "(0062,0001)",  # Segmentation Type: LABELMAP
            "(0062,0002)",  # Segment Sequence: note on item order
            "(0062,0002)>(0062,000D)",  # Recommended Display CIELab Value: not with PALETTE COLOR
            "(0062,0013)",  # Segments Overlap: NO for LABELMAP
        )
    ),
    # Palette Color Lookup Table Macro: the Data conditions name the Segmentation IOD
    *(
        ("attribute", "changed", (MACRO, tag))
        for tag in (
            "(0028,1201)",
            "(0028,1202)",
            "(0028,1203)",
            "(0028,1221)",
            "(0028,1222)",
            "(0028,1223)",
        )
    ),
    ("context_group", "changed", (7019,)),  # version 20240914, one more member
    ("context_group", "changed", (7013,)),  # includes CID 7019
    ("context_group", "changed", (7060,)),  # includes CID 7019
    ("member", "added", (7019, "DCM", "128228")),
    ("code", "added", ("DCM", "128228")),
}


@pytest.fixture(scope="module")
def diff(mirror_root: Path) -> Diff:
    return compare(builds.index(mirror_root, ()), builds.index(mirror_root, ("sup243",)))


def _fields(diff: Diff, kind: str, key: tuple[object, ...]) -> dict[str, tuple[object, object]]:
    change = next(c for c in diff.changes if c.kind == kind and c.key == key)
    return {f.name: (f.before, f.after) for f in change.fields}


def test_exactly_the_changes_of_the_supplement(diff: Diff) -> None:
    assert {(c.kind, c.change, c.key) for c in diff.changes} == EXPECTED
    assert len(diff.changes) == len(EXPECTED)
    assert [o.name for o in diff.overlays_added] == ["sup243"]
    assert diff.overlays_removed == ()


def test_the_changed_fields(diff: Diff) -> None:
    assert _fields(diff, "sop_class", (SEGMENTATION,)) == {
        "specialization": (None, "B.5.1.25")  # as the PS3.4 page shows it (labelnumber)
    }
    added = next(c for c in diff.changes if c.key == (LABEL_MAP,) and c.kind == "sop_class")
    assert (added.value("name"), added.value("iod_table")) == (
        "Label Map Segmentation Storage",
        "table_A.51-1",
    )
    uid = next(c for c in diff.changes if c.key == (LABEL_MAP,) and c.kind == "uid")
    assert uid.value("keyword") == "LabelMapSegmentationStorage"
    for module in ("Palette Color Lookup Table", "ICC Profile"):
        use = next(c for c in diff.changes if c.key == ("table_A.51-1", module))
        assert (use.value("usage"), use.value("condition")) == ("C", PALETTE)
    assert _fields(diff, "iod_functional_group", ("table_A.51-1", "Segmentation")) == {
        "condition": (
            "Required if Dimension Organization Type (0020,9311) is not TILED_FULL",
            "Required if Dimension Organization Type (0020,9311) is not TILED_FULL and "
            "Segmentation Type (0062,0001) is not LABELMAP.",
        )
    }
    photometric = _fields(diff, "attribute", (IMAGE, "(0028,0004)"))
    assert photometric["enumerated_values"] == (
        ("MONOCHROME2",),
        (
            "MONOCHROME2 [if Segmentation Type (0062,0001) is BINARY or FRACTIONAL]",
            "MONOCHROME2 [if Segmentation Type (0062,0001) is LABELMAP]",
            "PALETTE COLOR [if Segmentation Type (0062,0001) is LABELMAP]",
        ),
    )
    bits = _fields(diff, "attribute", (IMAGE, "(0028,0100)"))["enumerated_values"]
    assert bits[1] == (
        "1 [if Segmentation Type (0062,0001) is BINARY]",
        "16 [if Segmentation Type (0062,0001) is LABELMAP]",
        "8 [if Segmentation Type (0062,0001) is FRACTIONAL]",
        "8 [if Segmentation Type (0062,0001) is LABELMAP]",
    )
    segmentation_type = _fields(diff, "attribute", (IMAGE, "(0062,0001)"))["enumerated_values"]
    assert set(segmentation_type[1]) - set(segmentation_type[0]) == {"LABELMAP"}  # type: ignore[arg-type]
    assert set(_fields(diff, "attribute", (MACRO, "(0028,1201)"))) == {"condition", "description"}
    cid = _fields(diff, "context_group", (7019,))
    assert cid["version"] == ("20170914", "20240914")
    assert cid["resolved_count"] == (1, 2)
    member = next(c for c in diff.changes if c.kind == "member")
    assert member.value("meaning") == "Source segmentation"


def test_the_changelog_names_the_text_sections(diff: Diff) -> None:
    text = render_entry(build_entry(diff))
    assert text.startswith("## DICOM 2024c + sup243\n\nCompared with DICOM 2024c.")
    assert (
        "Added **sup243**: Supplement 243: Label Map Segmentation (Final Text, 2024-09-14)" in text
    )
    # Pixel Padding Value allowed for LABELMAP: text sections, outside the model
    assert "PS3.3 Section A.51.4 “Segmentation IOD Content Constraints”: replaced" in text
    assert (
        "PS3.3 Section C.7.5.1.1.2 “Pixel Padding Value and Pixel Padding Range Limit”: replaced"
        in text
    )
    assert "PS3.4 Section B.5.1.25 “Segmentation Storage SOP Classes”: added" in text
    assert "- Added: CID 7019: (128228, DCM, “Source segmentation”)" in text
    data = diff_json(diff)
    assert data["overlays"]["added"][0]["name"] == "sup243"
    assert len(data["changes"]) == len(EXPECTED)
