"""Supplement 243 (Label Map Segmentation) applied to 2024c, in the IR."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.defaults import DEFAULT_OVERLAYS, default_overlays
from generator.ir.modules import AttributeTable, Usage
from generator.ir.standard import Standard
from generator.pipeline import BuildConfig
from tests.generator.overlays import builds

LABEL_MAP = "1.2.840.10008.5.1.4.1.1.66.7"
PALETTE_CONDITION = (
    "Required if Photometric Interpretation (0028,0004) has a value of PALETTE COLOR."
)


@pytest.fixture(scope="module")
def base(mirror_root: Path) -> Standard:
    return builds.standard(mirror_root, ())


@pytest.fixture(scope="module")
def sup243(mirror_root: Path) -> Standard:
    return builds.standard(mirror_root, ("sup243",))


def _table(standard: Standard, table_id: str) -> AttributeTable:
    return next(t for t in (*standard.modules, *standard.macros) if t.table == table_id)


def test_the_default_build_is_2024c_with_sup243() -> None:
    assert DEFAULT_OVERLAYS == ("sup243",)
    assert default_overlays("2024c") == ("sup243",)
    assert default_overlays("2025a") == ()
    assert BuildConfig(edition="2024c", format="chtml").overlay_names == ("sup243",)
    assert BuildConfig(edition="2024c", format="chtml", overlays=()).overlay_names == ()


def test_provenance_is_recorded(sup243: Standard, base: Standard) -> None:
    assert base.overlays == ()
    (overlay,) = sup243.overlays
    assert (overlay.name, overlay.document, overlay.status, overlay.date) == (
        "sup243",
        "Supplement 243: Label Map Segmentation",
        "Final Text",
        "2024-09-14",
    )
    described = [change.describe() for change in overlay.changes]
    assert "PS3.6 table_A-1 row '1.2.840.10008.5.1.4.1.1.66.7': add" in described
    assert "PS3.3 sect_A.51.4: replace" in described
    assert sup243.edition == "2024c"


def test_the_documents_read_are_not_modified(mirror_root: Path, sup243: Standard) -> None:
    documents = builds.documents(mirror_root)
    assert "sect_B.5.1.25" not in documents[4].sections
    assert len(documents[6].table("table_A-1").rows) == 454
    assert not any(
        "LABELMAP" in c.text for r in documents[3].table("table_C.8.20-2").rows for c in r
    )


def test_label_map_segmentation_storage(sup243: Standard, base: Standard) -> None:
    sop = next(s for s in sup243.sop_classes if s.uid == LABEL_MAP)
    assert (sop.name, sop.iod, sop.iod_table) == (
        "Label Map Segmentation Storage",
        "Segmentation IOD",
        "table_A.51-1",
    )
    assert sop.specialization == "B.5.1.25"  # the page shows the bare label (labelnumber)
    uid = next(u for u in sup243.uids if u.value == LABEL_MAP)
    assert (uid.keyword, uid.name, uid.type, uid.part) == (
        "LabelMapSegmentationStorage",
        "Label Map Segmentation Storage",
        "SOP Class",
        "PS3.4",
    )
    assert LABEL_MAP not in {s.uid for s in base.sop_classes}


def test_palette_color_and_icc_profile_modules(sup243: Standard) -> None:
    segmentation = next(iod for iod in sup243.iods if iod.table == "table_A.51-1")
    names = [use.name for use in segmentation.modules]
    assert names.index("Palette Color Lookup Table") == names.index("Multi-frame Dimension") + 1
    assert names.index("ICC Profile") == names.index("Common Instance Reference") + 1
    for name, table in (
        ("Palette Color Lookup Table", "table_C.7-22"),
        ("ICC Profile", "table_C.11.15-1"),
    ):
        use = segmentation.module_use(name)
        assert (use.module_table, use.usage, use.condition) == (
            table,
            Usage.CONDITIONAL,
            PALETTE_CONDITION,
        )
    group = segmentation.functional_group("Segmentation")
    assert group.condition == (
        "Required if Dimension Organization Type (0020,9311) is not TILED_FULL and "
        "Segmentation Type (0062,0001) is not LABELMAP."
    )


def test_segmentation_image_module(sup243: Standard, base: Standard) -> None:
    module = _table(sup243, "table_C.8.20-2")
    assert module.attribute("(0062,0001)").enumerated_values[0].values == (
        "BINARY",
        "FRACTIONAL",
        "LABELMAP",
    )
    photometric = module.attribute("(0028,0004)")
    assert [(v.condition, v.values) for v in photometric.enumerated_values] == [
        ("if Segmentation Type (0062,0001) is BINARY or FRACTIONAL", ("MONOCHROME2",)),
        ("if Segmentation Type (0062,0001) is LABELMAP", ("MONOCHROME2", "PALETTE COLOR")),
    ]
    bits = module.attribute("(0028,0100)")
    assert [(v.condition, v.values) for v in bits.enumerated_values] == [
        ("if Segmentation Type (0062,0001) is BINARY", ("1",)),
        ("if Segmentation Type (0062,0001) is FRACTIONAL", ("8",)),
        ("if Segmentation Type (0062,0001) is LABELMAP", ("8", "16")),
    ]
    stored = module.attribute("(0028,0101)").enumerated_values
    assert stored[-1].values == ("16",)
    assert module.attribute("(0028,0102)").enumerated_values[-1].values == ("15",)
    # The Fractional Type values moved to C.8.20.2.3.2 and are still found.
    fractional = module.attribute("(0062,0010)")
    assert fractional.enumerated_values[0].values == ("PROBABILITY", "OCCUPANCY")
    before = _table(base, "table_C.8.20-2").attribute("(0062,0010)")
    assert before.enumerated_values[0].terms == fractional.enumerated_values[0].terms
    assert fractional.enumerated_values[0].source == "sect_C.8.20.2.3.2"


def test_palette_color_lookup_table_data_conditions(sup243: Standard) -> None:
    # the fragment's <xref linkend="sect_A.58" xrefstyle="select: title"/> names the
    # IOD of the Part it amends by its title, as the published page does
    macro = _table(sup243, "table_C.7-22a")
    for tag in ("(0028,1201)", "(0028,1202)", "(0028,1203)"):
        assert macro.attribute(tag).condition == (
            "Required if segmented data is NOT used in an Image IOD or Color Palette IOD, "
            "or if the IOD is a Presentation State IOD or Segmentation IOD."
        )
    for tag in ("(0028,1221)", "(0028,1222)", "(0028,1223)"):
        assert macro.attribute(tag).condition == (
            "Required if segmented data is used in an Image IOD or Color Palette IOD; "
            "shall not be present in a Presentation State IOD or Segmentation IOD."
        )


def test_cid_7019(sup243: Standard) -> None:
    group = next(g for g in sup243.context_groups if g.cid == 7019)
    assert group.version == "20240914"
    assert [(m.scheme, m.value, m.meaning) for m in group.members] == [
        ("DCM", "128227", "Source real world value map"),
        ("DCM", "128228", "Source segmentation"),
    ]
    concept = next(c for c in sup243.concepts if (c.scheme, c.value) == ("DCM", "128228"))
    assert (concept.meaning, concept.keyword, concept.cids) == (
        "Source segmentation",
        "SourceSegmentation",
        (7019,),
    )
