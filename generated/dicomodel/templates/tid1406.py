"""TID 1406 Three Dimensional Linear Measurement.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Coordinates, Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid4108

__all__ = [
    "TEMPLATE",
    "ThreeDimensionalLinearMeasurement",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1406",
    name="Three Dimensional Linear Measurement",
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
            value_type="SCOORD3D",
            requirement="M",
            relationship="INFERRED FROM",
            concept=Code("DCM", "121055", "Path"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="4108",
        ),
    ),
)


@dataclass(kw_only=True)
class ThreeDimensionalLinearMeasurement(TemplatePart):
    """TID 1406 Three Dimensional Linear Measurement."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid7470Code
    """The concept name of row 1."""

    value: Num
    """The value of row 1 (NUM)."""

    path: Coordinates = field(metadata={"row": "2"})
    """Row 2: SCOORD3D EV (121055, DCM, \"Path\"), VM 1, M"""

    tracking_identifier: tid4108.TrackingIdentifier | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 4108, VM 1, U"""
