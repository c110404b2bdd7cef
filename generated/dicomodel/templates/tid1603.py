"""TID 1603 Image Library Entry Descriptors for Projection Radiography.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ImageLibraryEntryDescriptorsForProjectionRadiography",
    "ImageLibraryEntryDescriptorsForProjectionRadiographyImageView",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1603",
    name="Image Library Entry Descriptors for Projection Radiography",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111031", "Image View"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "111032", "Image View Modifier"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111044", "Patient Orientation Row"),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111043", "Patient Orientation Column"),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111026", "Horizontal Pixel Spacing"),
            units=(("code", "EV", "mm", "UCUM", "millimeter"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111066", "Vertical Pixel Spacing"),
            units=(("code", "EV", "mm", "UCUM", "millimeter"),),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "112011", "Positioner Primary Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "112012", "Positioner Secondary Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ImageLibraryEntryDescriptorsForProjectionRadiography(TemplatePart):
    """TID 1603 Image Library Entry Descriptors for Projection Radiography."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    image_view: ImageLibraryEntryDescriptorsForProjectionRadiographyImageView | None = field(
        default=None, metadata={"row": "1"}
    )
    """Row 1: CODE EV (111031, DCM, \"Image View\"), VM 1, U"""

    patient_orientation_row: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT EV (111044, DCM, \"Patient Orientation Row\"), VM 1, U"""

    patient_orientation_column: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: TEXT EV (111043, DCM, \"Patient Orientation Column\"), VM 1, U"""

    horizontal_pixel_spacing: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (111026, DCM, \"Horizontal Pixel Spacing\"), VM 1, U; units EV (mm, UCUM, \"millimeter\")"""

    vertical_pixel_spacing: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (111066, DCM, \"Vertical Pixel Spacing\"), VM 1, U; units EV (mm, UCUM, \"millimeter\")"""

    positioner_primary_angle: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (112011, DCM, \"Positioner Primary Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    positioner_secondary_angle: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (112012, DCM, \"Positioner Secondary Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""


@dataclass(kw_only=True)
class ImageLibraryEntryDescriptorsForProjectionRadiographyImageView(TemplatePart):
    """Row 1 of TID 1603."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: Code
    """The value of row 1 (CODE)."""

    image_view_modifier: list[Code] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: CODE EV (111032, DCM, \"Image View Modifier\"), VM 1-n, U"""
