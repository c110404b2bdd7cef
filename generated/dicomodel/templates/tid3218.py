"""TID 3218 Position in Arterial Segment.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "PositionInArterialSegment",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3218",
    name="Position in Arterial Segment",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122528", "DCM", "Position of Proximal Border"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122529", "DCM", "Position of Distal Border"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122382", "DCM", "Site of Luminal Minimum"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122516", "DCM", "Site of Luminal Maximum"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "122528", "Position of Proximal Border"),
            condition="IFF TID 3214 “Analyzed Segment” Row 14 is present",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: TID 3214 “Analyzed Segment” Row 14 is present",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: TID 3214 “Analyzed Segment” Row 14 is present",
                ),
            ),
            units=(("code", "DT", "{pixels}", "UCUM", "pixels"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "122529", "Position of Distal Border"),
            condition="IFF TID 3214 “Analyzed Segment” Row 14 is present",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: TID 3214 “Analyzed Segment” Row 14 is present",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: TID 3214 “Analyzed Segment” Row 14 is present",
                ),
            ),
            units=(("code", "DT", "{pixels}", "UCUM", "pixels"),),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "122382", "Site of Luminal Minimum"),
            condition="IFF TID 3214 “Analyzed Segment” Row 14 is present",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: TID 3214 “Analyzed Segment” Row 14 is present",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: TID 3214 “Analyzed Segment” Row 14 is present",
                ),
            ),
            units=(("code", "DT", "{pixels}", "UCUM", "pixels"),),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "122516", "Site of Luminal Maximum"),
            condition="IFF TID 3214 “Analyzed Segment” Row 14 is present",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: TID 3214 “Analyzed Segment” Row 14 is present",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: TID 3214 “Analyzed Segment” Row 14 is present",
                ),
            ),
            units=(("code", "DT", "{pixels}", "UCUM", "pixels"),),
        ),
    ),
)


@dataclass(kw_only=True)
class PositionInArterialSegment(TemplatePart):
    """TID 3218 Position in Arterial Segment."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    measurement: tid300.Measurement = field(metadata={"row": "1"})
    """Row 1: INCLUDE DTID 300, VM 1, M"""

    measurement_row_2: tid300.Measurement = field(metadata={"row": "2"})
    """Row 2: INCLUDE DTID 300, VM 1, M"""

    measurement_row_3: tid300.Measurement = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 300, VM 1, M"""

    measurement_row_4: tid300.Measurement = field(metadata={"row": "4"})
    """Row 4: INCLUDE DTID 300, VM 1, M"""

    position_of_proximal_border: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (122528, DCM, \"Position of Proximal Border\"), VM 1, UC: IFF TID 3214 “Analyzed Segment” Row 14 is present; units DT ({pixels}, UCUM, \"pixels\")"""

    position_of_distal_border: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (122529, DCM, \"Position of Distal Border\"), VM 1, UC: IFF TID 3214 “Analyzed Segment” Row 14 is present; units DT ({pixels}, UCUM, \"pixels\")"""

    site_of_luminal_minimum: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (122382, DCM, \"Site of Luminal Minimum\"), VM 1, UC: IFF TID 3214 “Analyzed Segment” Row 14 is present; units DT ({pixels}, UCUM, \"pixels\")"""

    site_of_luminal_maximum: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (122516, DCM, \"Site of Luminal Maximum\"), VM 1, UC: IFF TID 3214 “Analyzed Segment” Row 14 is present; units DT ({pixels}, UCUM, \"pixels\")"""
