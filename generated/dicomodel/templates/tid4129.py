"""TID 4129 Colon CAD Geometry.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Coordinates, Reference
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ColonCADGeometry",
    "ColonCADGeometryCenter",
    "ColonCADGeometryOutline",
    "ColonCADGeometryCid6166",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4129",
    name="Colon CAD Geometry",
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
            condition="At least one of Rows 1, 3, 4, 6 or 10 shall be present.",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "6"),
                    ("row_present", "10"),
                ),
            ),
        ),
        RowDef(
            key="2", nesting=1, value_type="IMAGE", requirement="M", relationship="SELECTED FROM"
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="SCOORD3D",
            requirement="MC",
            concept=Code("DCM", "111010", "Center"),
            condition="At least one of Rows 1, 3, 4, 6 or 10 shall be present.",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "6"),
                    ("row_present", "10"),
                ),
            ),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="SCOORD",
            requirement="MC",
            concept=Code("DCM", "111041", "Outline"),
            condition="At least one of Rows 1, 3, 4, 6 or 10 shall be present.",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "6"),
                    ("row_present", "10"),
                ),
            ),
        ),
        RowDef(
            key="5", nesting=1, value_type="IMAGE", requirement="M", relationship="SELECTED FROM"
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="SCOORD3D",
            requirement="MC",
            concept=Code("DCM", "111041", "Outline"),
            condition="At least one of Rows 1, 3, 4, 6 or 10 shall be present.",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "6"),
                    ("row_present", "10"),
                ),
            ),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="SCOORD",
            requirement="U",
            concept_ref=("cid", "D", "6166"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="8", nesting=1, value_type="IMAGE", requirement="M", relationship="SELECTED FROM"
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="SCOORD3D",
            requirement="U",
            concept_ref=("cid", "D", "6166"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="IMAGE",
            requirement="MC",
            concept=Code("DCM", "112229", "Identifying Segment"),
            condition="At least one of Rows 1, 3, 4, 6 or 10 shall be present.",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "6"),
                    ("row_present", "10"),
                ),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class ColonCADGeometry(TemplatePart):
    """TID 4129 Colon CAD Geometry."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    center: ColonCADGeometryCenter | None = field(default=None, metadata={"row": "1"})
    """Row 1: SCOORD EV (111010, DCM, \"Center\"), VM 1, MC: At least one of Rows 1, 3, 4, 6 or 10 shall be present."""

    center_row_3: Coordinates | None = field(default=None, metadata={"row": "3"})
    """Row 3: SCOORD3D EV (111010, DCM, \"Center\"), VM 1, MC: At least one of Rows 1, 3, 4, 6 or 10 shall be present."""

    outline: ColonCADGeometryOutline | None = field(default=None, metadata={"row": "4"})
    """Row 4: SCOORD EV (111041, DCM, \"Outline\"), VM 1, MC: At least one of Rows 1, 3, 4, 6 or 10 shall be present."""

    outline_row_6: Coordinates | None = field(default=None, metadata={"row": "6"})
    """Row 6: SCOORD3D EV (111041, DCM, \"Outline\"), VM 1, MC: At least one of Rows 1, 3, 4, 6 or 10 shall be present."""

    cid_6166: list[ColonCADGeometryCid6166] = field(default_factory=no_items, metadata={"row": "7"})
    """Row 7: SCOORD DCID 6166, VM 1-n, U"""

    cid_6166_row_9: list[Named[Coordinates]] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: SCOORD3D DCID 6166, VM 1-n, U"""

    identifying_segment: Reference | None = field(default=None, metadata={"row": "10"})
    """Row 10: IMAGE EV (112229, DCM, \"Identifying Segment\"), VM 1, MC: At least one of Rows 1, 3, 4, 6 or 10 shall be present."""


@dataclass(kw_only=True)
class ColonCADGeometryCenter(TemplatePart):
    """Row 1 of TID 4129."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: Coordinates
    """The value of row 1 (SCOORD)."""

    image_2: Reference = field(metadata={"row": "2"})
    """Row 2: IMAGE -, VM 1, M"""


@dataclass(kw_only=True)
class ColonCADGeometryOutline(TemplatePart):
    """Row 4 of TID 4129."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: Coordinates
    """The value of row 4 (SCOORD)."""

    image_5: Reference = field(metadata={"row": "5"})
    """Row 5: IMAGE -, VM 1, M"""


@dataclass(kw_only=True)
class ColonCADGeometryCid6166(TemplatePart):
    """Row 7 of TID 4129."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    concept: groups.Cid6166Code
    """The concept name of row 7."""

    value: Coordinates
    """The value of row 7 (SCOORD)."""

    image_8: Reference = field(metadata={"row": "8"})
    """Row 8: IMAGE -, VM 1, M"""
