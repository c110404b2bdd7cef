"""TID 5003 OB-GYN Fetus Summary.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300, tid320, tid1008

__all__ = [
    "TEMPLATE",
    "OBGYNFetusSummary",
    "OBGYNFetusSummaryComment",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5003",
    name="OB-GYN Fetus Summary",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "125008", "Fetus Summary"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            include="1008",
            condition="IF this Template is invoked more than once to describe more than one fetus",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF this Template is invoked more than once to describe more than one fetus",
            ),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(key="4", nesting=2, value_type="INCLUDE", requirement="U", include="320"),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "12019"),)),
                ("$Equation", (("cid", "D", "12012"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class OBGYNFetusSummary(TemplatePart):
    """TID 5003 OB-GYN Fetus Summary."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    subject_context_fetus: tid1008.SubjectContextFetus | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1008, VM 1, MC: IF this Template is invoked more than once to describe more than one fetus"""

    comment: list[OBGYNFetusSummaryComment] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: TEXT EV (121106, DCM, \"Comment\"), VM 1-n, U"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 300, VM 1-n, U"""


@dataclass(kw_only=True)
class OBGYNFetusSummaryComment(TemplatePart):
    """Row 3 of TID 5003."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: str
    """The value of row 3 (TEXT)."""

    image_or_spatial_coordinates: tid320.ImageOrSpatialCoordinates | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 320, VM 1, U"""
