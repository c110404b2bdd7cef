"""TID 4107 Chest CAD Geometry.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Coordinates, Reference
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ChestCADGeometry",
    "ChestCADGeometryCenter",
    "ChestCADGeometryOutline",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4107",
    name="Chest CAD Geometry",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="SCOORD",
            requirement="MC",
            concept=Code("DCM", "111010", "Center"),
            condition="At least one of Rows 1, 4 shall be present.",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "1"), ("row_present", "4"))),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="IMAGE",
            requirement="MC",
            relationship="SELECTED FROM",
            condition="XOR Row 3",
            condition_status="parsed",
            required_if=("not", ("row_present", "3")),
            forbidden_if=("row_present", "3"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="IMAGE",
            requirement="MC",
            relationship="SELECTED FROM",
            by_reference=True,
            condition="XOR Row 2",
            condition_status="parsed",
            required_if=("not", ("row_present", "2")),
            forbidden_if=("row_present", "2"),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="SCOORD",
            requirement="MC",
            concept=Code("DCM", "111041", "Outline"),
            condition="At least one of Rows 1, 4 shall be present.",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "1"), ("row_present", "4"))),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="IMAGE",
            requirement="MC",
            relationship="SELECTED FROM",
            condition="XOR Row 6",
            condition_status="parsed",
            required_if=("not", ("row_present", "6")),
            forbidden_if=("row_present", "6"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="IMAGE",
            requirement="MC",
            relationship="SELECTED FROM",
            by_reference=True,
            condition="XOR Row 5",
            condition_status="parsed",
            required_if=("not", ("row_present", "5")),
            forbidden_if=("row_present", "5"),
        ),
    ),
)


@dataclass(kw_only=True)
class ChestCADGeometry(TemplatePart):
    """TID 4107 Chest CAD Geometry."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    center: ChestCADGeometryCenter | None = field(default=None, metadata={"row": "1"})
    """Row 1: SCOORD EV (111010, DCM, \"Center\"), VM 1, MC: At least one of Rows 1, 4 shall be present."""

    outline: ChestCADGeometryOutline | None = field(default=None, metadata={"row": "4"})
    """Row 4: SCOORD EV (111041, DCM, \"Outline\"), VM 1, MC: At least one of Rows 1, 4 shall be present."""


@dataclass(kw_only=True)
class ChestCADGeometryCenter(TemplatePart):
    """Row 1 of TID 4107."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: Coordinates
    """The value of row 1 (SCOORD)."""

    image_2: Reference | None = field(default=None, metadata={"row": "2"})
    """Row 2: IMAGE -, VM 1, MC: XOR Row 3"""

    image_3: Reference | None = field(default=None, metadata={"row": "3"})
    """Row 3: IMAGE -, VM 1, MC: XOR Row 2"""


@dataclass(kw_only=True)
class ChestCADGeometryOutline(TemplatePart):
    """Row 4 of TID 4107."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: Coordinates
    """The value of row 4 (SCOORD)."""

    image_5: Reference | None = field(default=None, metadata={"row": "5"})
    """Row 5: IMAGE -, VM 1, MC: XOR Row 6"""

    image_6: Reference | None = field(default=None, metadata={"row": "6"})
    """Row 6: IMAGE -, VM 1, MC: XOR Row 5"""
