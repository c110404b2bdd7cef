"""TID 4017 CAD Detection Performed.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Coordinates, Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid4019, tid4023

__all__ = [
    "TEMPLATE",
    "CADDetectionPerformed",
    "CADDetectionPerformedImageRegion",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4017",
    name="CAD Detection Performed",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "111022", "Detection Performed"),
            values=(("parameter", "$DetectionCode"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS PROPERTIES",
            include="4019",
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="IMAGE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 3, 4, 5 or 6 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                    ("row_present", "6"),
                ),
            ),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="IMAGE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            by_reference=True,
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 3, 4, 5 or 6 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                    ("row_present", "6"),
                ),
            ),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="UIDREF",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "112002", "Series Instance UID"),
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 3, 4, 5 or 6 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                    ("row_present", "6"),
                ),
            ),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="SCOORD",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111030", "Image Region"),
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 3, 4, 5 or 6 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                    ("row_present", "6"),
                ),
            ),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="IMAGE",
            requirement="MC",
            relationship="SELECTED FROM",
            condition="XOR Row 8",
            condition_status="parsed",
            required_if=("not", ("row_present", "8")),
            forbidden_if=("row_present", "8"),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="IMAGE",
            requirement="MC",
            relationship="SELECTED FROM",
            by_reference=True,
            condition="XOR Row 7",
            condition_status="parsed",
            required_if=("not", ("row_present", "7")),
            forbidden_if=("row_present", "7"),
        ),
        RowDef(key="9", nesting=1, value_type="INCLUDE", requirement="U", include="4023"),
    ),
)


@dataclass(kw_only=True)
class CADDetectionPerformed(TemplatePart):
    """TID 4017 CAD Detection Performed."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: Code
    """The value of row 1 (CODE)."""

    algorithm_identification: tid4019.AlgorithmIdentification = field(metadata={"row": "2"})
    """Row 2: INCLUDE DTID 4019, VM 1, M"""

    image_3: list[Reference] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: IMAGE -, VM 1-n, MC: At least one of Rows 3, 4, 5 or 6 shall be present"""

    image_4: list[Reference] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: IMAGE -, VM 1-n, MC: At least one of Rows 3, 4, 5 or 6 shall be present"""

    series_instance_uid: list[str] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: UIDREF EV (112002, DCM, \"Series Instance UID\"), VM 1-n, MC: At least one of Rows 3, 4, 5 or 6 shall be present"""

    image_region: list[CADDetectionPerformedImageRegion] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: SCOORD EV (111030, DCM, \"Image Region\"), VM 1-n, MC: At least one of Rows 3, 4, 5 or 6 shall be present"""

    cad_operating_points: tid4023.CADOperatingPoints | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 4023, VM 1, U"""


@dataclass(kw_only=True)
class CADDetectionPerformedImageRegion(TemplatePart):
    """Row 6 of TID 4017."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    value: Coordinates
    """The value of row 6 (SCOORD)."""

    image_7: Reference | None = field(default=None, metadata={"row": "7"})
    """Row 7: IMAGE -, VM 1, MC: XOR Row 8"""

    image_8: Reference | None = field(default=None, metadata={"row": "8"})
    """Row 8: IMAGE -, VM 1, MC: XOR Row 7"""
