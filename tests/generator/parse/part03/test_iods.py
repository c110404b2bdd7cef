"""PS3.3 2024c: IODs, their module and functional group tables, resolved."""

from __future__ import annotations

from generator.ir.modules import FunctionalGroupSharing, Usage
from generator.parse.part03 import Part03

CONFOCAL = "Confocal Microscopy Image"
CONFOCAL_TILED = "Confocal Microscopy Tiled Pyramidal Image"


def test_confocal_iods_and_their_module_tables(part03: Part03) -> None:
    image, tiled = part03.iod(CONFOCAL), part03.iod(CONFOCAL_TILED)
    assert (image.table, tiled.table) == ("table_A.90.1.3-1", "table_A.90.2.3-1")
    assert (image.functional_groups_table, tiled.functional_groups_table) == (
        "table_A.90.1.5-1",
        "table_A.90.2.5-1",
    )
    module = image.module_use("Confocal Microscopy Image")
    assert (module.ie, module.reference, module.module_table, module.usage) == (
        "Image",
        "sect_C.8.35.1",
        "table_C.8.35.1-1",
        Usage.MANDATORY,
    )
    cutaneous = image.module_use("Cutaneous Confocal Microscopy Image Acquisition Parameters")
    assert cutaneous.module_table == "table_C.8.35.3-1"
    assert (cutaneous.usage, cutaneous.condition) == (
        Usage.CONDITIONAL,
        "Required for cutaneous confocal microscopy",
    )
    assert tiled.module_use("Confocal Microscopy Tiled Pyramidal Image").module_table == (
        "table_C.8.35.2-1"
    )
    assert all(use.module_table in part03.modules for iod in (image, tiled) for use in iod.modules)
    assert [use.name for use in image.modules][:3] == [
        "Patient",
        "Clinical Trial Subject",
        "General Study",
    ]


def test_confocal_functional_groups(part03: Part03) -> None:
    image = part03.iod(CONFOCAL)
    pixel_measures = image.functional_group("Pixel Measures")
    assert (pixel_measures.usage, pixel_measures.sharing, pixel_measures.macro_table) == (
        Usage.MANDATORY,
        FunctionalGroupSharing.SHARED,
        "table_C.7.6.16-2",
    )
    frame_content = image.functional_group("Frame Content")
    assert (frame_content.usage, frame_content.sharing) == (
        Usage.USER_OPTION,
        FunctionalGroupSharing.PER_FRAME,
    )
    frame_type = image.functional_group("Confocal Microscopy Image Frame Type")
    assert frame_type.macro_table == "table_C.8.35.4.1-1"
    rwvm = image.functional_group("Real World Value Mapping")
    assert rwvm.macro_table == "table_C.7.6.16-12"  # not the Item Macro in the same section
    assert (
        rwvm.condition
        == "May be used only if Photometric Interpretation (0028,0004) is MONOCHROME2."
    )
    derivation = image.functional_group("Derivation Image")
    assert derivation.usage is Usage.CONDITIONAL
    assert derivation.condition is not None
    assert derivation.condition.startswith("Required if the image or frame has been derived")
    tiled = part03.iod(CONFOCAL_TILED)
    assert tiled.functional_groups
    assert all(
        use.macro_table in part03.macros for iod in (image, tiled) for use in iod.functional_groups
    )


def test_secondary_capture_has_cp_2330_modules(part03: Part03) -> None:
    sc = part03.iod("Secondary Capture Image")
    frame_of_reference = sc.module_use("Frame of Reference")
    assert (frame_of_reference.ie, frame_of_reference.usage, frame_of_reference.module_table) == (
        "Frame of Reference",
        Usage.CONDITIONAL,
        "table_C.7-6",
    )
    assert frame_of_reference.condition == (
        "Required if Image Position (Patient) (0020,0032) or Image Orientation (Patient) "
        "(0020,0037) are present. May be present otherwise."
    )
    assert sc.module_use("Synchronization").usage is Usage.USER_OPTION
    image_plane = sc.module_use("Image Plane")
    assert (image_plane.usage, image_plane.module_table) == (Usage.USER_OPTION, "table_C.7-10")
    flat = {attribute.tag for attribute in part03.iod_attributes(sc)}
    assert {"(0020,0052)", "(0020,0032)", "(0020,0037)", "(0028,0030)"} <= flat


def test_segmentation_functional_groups(part03: Part03) -> None:
    segmentation = part03.iod("Segmentation")
    assert segmentation.functional_groups_table == "table_A.51-2"
    assert [use.name for use in segmentation.functional_groups] == [
        "Pixel Measures",
        "Plane Position (Patient)",
        "Plane Orientation (Patient)",
        "Plane Position (Slide)",
        "Derivation Image",
        "Frame Content",
        "Segmentation",
    ]
    frame_content = segmentation.functional_group("Frame Content")
    assert frame_content.sharing is FunctionalGroupSharing.PER_FRAME
    assert (
        frame_content.condition
        == "Required if not empty. Shall not be used as a Shared Functional Group."
    )
    macro = part03.macros[segmentation.functional_group("Segmentation").macro_table or ""]
    assert macro.name == "Segmentation"
    assert segmentation.module_use("Segmentation Image").module_table == "table_C.8.20-2"


def test_normalized_iods_have_no_usage(part03: Part03) -> None:
    printer = part03.iod("Printer")
    assert all(use.usage is None and use.ie is None for use in printer.modules)
    assert printer.module_use("Printer").module_table == "table_C.13-9"
    assert not part03.module("Printer").has_type_column


def test_every_iod_row_reaches_a_module_table(part03: Part03) -> None:
    missing = [
        (iod.table, use.name)
        for iod in part03.iods
        for use in iod.modules
        if use.module_table not in part03.modules
    ]
    assert missing == []
    missing_fg = [
        (iod.table, use.name)
        for iod in part03.iods
        for use in iod.functional_groups
        if use.macro_table not in part03.macros
    ]
    assert missing_fg == []
    # 31 tables, and Enhanced MR Color Image uses Enhanced MR Image's (A.36.4.4)
    assert sum(bool(iod.functional_groups) for iod in part03.iods) == 32


def test_reference_that_names_another_module_is_overridden(part03: Part03) -> None:
    """IVOCT (Table A.66.3-1) names "Enhanced Contrast/Bolus" but links Section C.7.6.4:
    fixed by :mod:`generator.overrides.references`, and reported."""
    ivoct = part03.iod("Intravascular Optical Coherence Tomography Image")
    use = ivoct.module_use("Enhanced Contrast/Bolus")
    assert (use.reference, use.module_table) == ("sect_C.7.6.4b", "table_C.7-12b")
    assert any(
        line.startswith("override: PS3.3 table_A.66.3-1 module 'Enhanced Contrast/Bolus' links")
        for line in part03.report
    )
    assert not any("named 'Contrast/Bolus', not" in line for line in part03.report)
