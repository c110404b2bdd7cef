"""TID 320 Image or Spatial Coordinates.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Coordinates, Reference
from dicomodel.sr.parts import Named, TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ImageOrSpatialCoordinates",
    "ImageOrSpatialCoordinatesPurposeRow3",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="320",
    name="Image or Spatial Coordinates",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="IMAGE",
            requirement="MC",
            relationship="INFERRED FROM",
            concept_ref=("parameter", "$Purpose"),
            condition="XOR Rows 2, 3, 6",
            condition_status="parsed",
            required_if=(
                "not",
                ("or", ("row_present", "2"), ("row_present", "3"), ("row_present", "6")),
            ),
            forbidden_if=("or", ("row_present", "2"), ("row_present", "3"), ("row_present", "6")),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="IMAGE",
            requirement="MC",
            relationship="INFERRED FROM",
            by_reference=True,
            condition="XOR Rows 1, 3, 6",
            condition_status="parsed",
            required_if=(
                "not",
                ("or", ("row_present", "1"), ("row_present", "3"), ("row_present", "6")),
            ),
            forbidden_if=("or", ("row_present", "1"), ("row_present", "3"), ("row_present", "6")),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="SCOORD",
            requirement="MC",
            relationship="INFERRED FROM",
            concept_ref=("parameter", "$Purpose"),
            condition="XOR Rows 1, 2, 6",
            condition_status="parsed",
            required_if=(
                "not",
                ("or", ("row_present", "1"), ("row_present", "2"), ("row_present", "6")),
            ),
            forbidden_if=("or", ("row_present", "1"), ("row_present", "2"), ("row_present", "6")),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="IMAGE",
            requirement="MC",
            relationship="SELECTED FROM",
            condition="XOR Row 5",
            condition_status="parsed",
            required_if=("not", ("row_present", "5")),
            forbidden_if=("row_present", "5"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="IMAGE",
            requirement="MC",
            relationship="SELECTED FROM",
            by_reference=True,
            condition="XOR Row 4",
            condition_status="parsed",
            required_if=("not", ("row_present", "4")),
            forbidden_if=("row_present", "4"),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="SCOORD3D",
            requirement="MC",
            relationship="INFERRED FROM",
            concept_ref=("parameter", "$Purpose"),
            condition="XOR Rows 1, 2, 3",
            condition_status="parsed",
            required_if=(
                "not",
                ("or", ("row_present", "1"), ("row_present", "2"), ("row_present", "3")),
            ),
            forbidden_if=("or", ("row_present", "1"), ("row_present", "2"), ("row_present", "3")),
        ),
    ),
)


@dataclass(kw_only=True)
class ImageOrSpatialCoordinates(TemplatePart):
    """TID 320 Image or Spatial Coordinates."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    purpose: Named[Reference] | None = field(default=None, metadata={"row": "1"})
    """Row 1: IMAGE $Purpose, VM 1, MC: XOR Rows 2, 3, 6"""

    image_2: Reference | None = field(default=None, metadata={"row": "2"})
    """Row 2: IMAGE -, VM 1, MC: XOR Rows 1, 3, 6"""

    purpose_row_3: ImageOrSpatialCoordinatesPurposeRow3 | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: SCOORD $Purpose, VM 1, MC: XOR Rows 1, 2, 6"""

    purpose_row_6: Named[Coordinates] | None = field(default=None, metadata={"row": "6"})
    """Row 6: SCOORD3D $Purpose, VM 1, MC: XOR Rows 1, 2, 3"""


@dataclass(kw_only=True)
class ImageOrSpatialCoordinatesPurposeRow3(TemplatePart):
    """Row 3 of TID 320."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    concept: Code
    """The concept name of row 3."""

    value: Coordinates
    """The value of row 3 (SCOORD)."""

    image_4: Reference | None = field(default=None, metadata={"row": "4"})
    """Row 4: IMAGE -, VM 1, MC: XOR Row 5"""

    image_5: Reference | None = field(default=None, metadata={"row": "5"})
    """Row 5: IMAGE -, VM 1, MC: XOR Row 4"""
