"""TID 1400 Linear Measurement.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Coordinates, Num, Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid4108

__all__ = [
    "TEMPLATE",
    "LinearMeasurement",
    "LinearMeasurementPath",
    "LinearMeasurementPathVertex",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1400",
    name="Linear Measurement",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="M",
            concept_ref=("cid", "D", "7470"),
            units=(("cid", "D", "7460"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="SCOORD",
            requirement="UC",
            relationship="INFERRED FROM",
            concept=Code("DCM", "121055", "Path"),
            condition="XOR Row 5",
            condition_status="parsed",
            required_if=("not", ("row_present", "5")),
            forbidden_if=("row_present", "5"),
        ),
        RowDef(
            key="3",
            nesting=2,
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
            key="4",
            nesting=2,
            value_type="IMAGE",
            requirement="MC",
            relationship="SELECTED FROM",
            condition="XOR Row 3",
            condition_status="parsed",
            required_if=("not", ("row_present", "3")),
            forbidden_if=("row_present", "3"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="SCOORD",
            requirement="UC",
            relationship="INFERRED FROM",
            concept=Code("DCM", "121230", "Path Vertex"),
            vm_min=2,
            vm_max=None,
            condition="XOR Row 2",
            condition_status="parsed",
            required_if=("not", ("row_present", "2")),
            forbidden_if=("row_present", "2"),
        ),
        RowDef(
            key="6",
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
        RowDef(
            key="7",
            nesting=2,
            value_type="IMAGE",
            requirement="MC",
            relationship="SELECTED FROM",
            condition="XOR Row 6",
            condition_status="parsed",
            required_if=("not", ("row_present", "6")),
            forbidden_if=("row_present", "6"),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="4108",
        ),
    ),
)


@dataclass(kw_only=True)
class LinearMeasurement(TemplatePart):
    """TID 1400 Linear Measurement."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid7470Code
    """The concept name of row 1."""

    value: Num
    """The value of row 1 (NUM)."""

    path: LinearMeasurementPath | None = field(default=None, metadata={"row": "2"})
    """Row 2: SCOORD EV (121055, DCM, \"Path\"), VM 1, UC: XOR Row 5"""

    path_vertex: list[LinearMeasurementPathVertex] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: SCOORD EV (121230, DCM, \"Path Vertex\"), VM 2-n, UC: XOR Row 2"""

    tracking_identifier: tid4108.TrackingIdentifier | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 4108, VM 1, U"""


@dataclass(kw_only=True)
class LinearMeasurementPath(TemplatePart):
    """Row 2 of TID 1400."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: Coordinates
    """The value of row 2 (SCOORD)."""

    image_3: Reference | None = field(default=None, metadata={"row": "3"})
    """Row 3: IMAGE -, VM 1, MC: XOR Row 4"""

    image_4: Reference | None = field(default=None, metadata={"row": "4"})
    """Row 4: IMAGE -, VM 1, MC: XOR Row 3"""


@dataclass(kw_only=True)
class LinearMeasurementPathVertex(TemplatePart):
    """Row 5 of TID 1400."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: Coordinates
    """The value of row 5 (SCOORD)."""

    image_6: Reference | None = field(default=None, metadata={"row": "6"})
    """Row 6: IMAGE -, VM 1, MC: XOR Row 7"""

    image_7: Reference | None = field(default=None, metadata={"row": "7"})
    """Row 7: IMAGE -, VM 1, MC: XOR Row 6"""
