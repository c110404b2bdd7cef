"""TID 1604 Image Library Entry Descriptors for Cross-Sectional Modalities.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ImageLibraryEntryDescriptorsForCrossSectionalModalities",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1604",
    name="Image Library Entry Descriptors for Cross-Sectional Modalities",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111026", "Horizontal Pixel Spacing"),
            units=(("code", "EV", "mm", "UCUM", "millimeter"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111066", "Vertical Pixel Spacing"),
            units=(("code", "EV", "mm", "UCUM", "millimeter"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "112226", "Spacing between slices"),
            units=(("code", "EV", "mm", "UCUM", "millimeter"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "112225", "Slice Thickness"),
            units=(("code", "EV", "mm", "UCUM", "millimeter"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110901", "Image Position (Patient) X"),
            units=(("code", "EV", "mm", "UCUM", "millimeter"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110902", "Image Position (Patient) Y"),
            units=(("code", "EV", "mm", "UCUM", "millimeter"),),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110903", "Image Position (Patient) Z"),
            units=(("code", "EV", "mm", "UCUM", "millimeter"),),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110904", "Image Orientation (Patient) Row X"),
            units=(("code", "EV", "{-1:1}", "UCUM", "{-1:1}"),),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110905", "Image Orientation (Patient) Row Y"),
            units=(("code", "EV", "{-1:1}", "UCUM", "{-1:1}"),),
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110906", "Image Orientation (Patient) Row Z"),
            units=(("code", "EV", "{-1:1}", "UCUM", "{-1:1}"),),
        ),
        RowDef(
            key="11",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110907", "Image Orientation (Patient) Column X"),
            units=(("code", "EV", "{-1:1}", "UCUM", "{-1:1}"),),
        ),
        RowDef(
            key="12",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110908", "Image Orientation (Patient) Column Y"),
            units=(("code", "EV", "{-1:1}", "UCUM", "{-1:1}"),),
        ),
        RowDef(
            key="13",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "110909", "Image Orientation (Patient) Column Z"),
            units=(("code", "EV", "{-1:1}", "UCUM", "{-1:1}"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ImageLibraryEntryDescriptorsForCrossSectionalModalities(TemplatePart):
    """TID 1604 Image Library Entry Descriptors for Cross-Sectional Modalities."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    horizontal_pixel_spacing: Num | None = field(default=None, metadata={"row": "1"})
    """Row 1: NUM EV (111026, DCM, \"Horizontal Pixel Spacing\"), VM 1, U; units EV (mm, UCUM, \"millimeter\")"""

    vertical_pixel_spacing: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (111066, DCM, \"Vertical Pixel Spacing\"), VM 1, U; units EV (mm, UCUM, \"millimeter\")"""

    spacing_between_slices: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (112226, DCM, \"Spacing between slices\"), VM 1, U; units EV (mm, UCUM, \"millimeter\")"""

    slice_thickness: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (112225, DCM, \"Slice Thickness\"), VM 1, U; units EV (mm, UCUM, \"millimeter\")"""

    image_position_patient_x: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (110901, DCM, \"Image Position (Patient) X\"), VM 1, U; units EV (mm, UCUM, \"millimeter\")"""

    image_position_patient_y: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (110902, DCM, \"Image Position (Patient) Y\"), VM 1, U; units EV (mm, UCUM, \"millimeter\")"""

    image_position_patient_z: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (110903, DCM, \"Image Position (Patient) Z\"), VM 1, U; units EV (mm, UCUM, \"millimeter\")"""

    image_orientation_patient_row_x: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (110904, DCM, \"Image Orientation (Patient) Row X\"), VM 1, U; units EV ({-1:1}, UCUM, \"{-1:1}\")"""

    image_orientation_patient_row_y: Num | None = field(default=None, metadata={"row": "9"})
    """Row 9: NUM EV (110905, DCM, \"Image Orientation (Patient) Row Y\"), VM 1, U; units EV ({-1:1}, UCUM, \"{-1:1}\")"""

    image_orientation_patient_row_z: Num | None = field(default=None, metadata={"row": "10"})
    """Row 10: NUM EV (110906, DCM, \"Image Orientation (Patient) Row Z\"), VM 1, U; units EV ({-1:1}, UCUM, \"{-1:1}\")"""

    image_orientation_patient_column_x: Num | None = field(default=None, metadata={"row": "11"})
    """Row 11: NUM EV (110907, DCM, \"Image Orientation (Patient) Column X\"), VM 1, U; units EV ({-1:1}, UCUM, \"{-1:1}\")"""

    image_orientation_patient_column_y: Num | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM EV (110908, DCM, \"Image Orientation (Patient) Column Y\"), VM 1, U; units EV ({-1:1}, UCUM, \"{-1:1}\")"""

    image_orientation_patient_column_z: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM EV (110909, DCM, \"Image Orientation (Patient) Column Z\"), VM 1, U; units EV ({-1:1}, UCUM, \"{-1:1}\")"""
