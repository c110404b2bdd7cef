"""TID 3216 Stenotic Flow Reserve.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.sr.content import Reference
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "StenoticFlowReserve",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3216",
    name="Stenotic Flow Reserve",
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
                ("$Measurement", (("code", "EV", "122548", "DCM", "Stenotic Flow Reserve"),)),
                ("$Units", (("code", "DT", "{ratio}", "UCUM", "ratio"),)),
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
                ("$Measurement", (("code", "EV", "122549", "DCM", "Poiseuille Resistance"),)),
                ("$Units", (("code", "DT", "mm[Hg].s/cm", "UCUM", "mmHG.s/cm"),)),
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
                ("$Measurement", (("code", "EV", "122550", "DCM", "Turbulence Resistance"),)),
                ("$Units", (("code", "DT", "mm[Hg].s2/cm2", "UCUM", "mmHG.s2/cm2"),)),
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
                ("$Measurement", (("code", "EV", "122555", "DCM", "Estimated Normal Flow"),)),
                ("$Units", (("code", "DT", "ml/s", "UCUM", "ml/s"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122551", "DCM", "Pressure Drop at SFR"),)),
                ("$Units", (("code", "DT", "mm[Hg]", "UCUM", "mmHg"),)),
            ),
        ),
        RowDef(key="6", nesting=0, value_type="IMAGE", requirement="U", relationship="CONTAINS"),
    ),
)


@dataclass(kw_only=True)
class StenoticFlowReserve(TemplatePart):
    """TID 3216 Stenotic Flow Reserve."""

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

    measurement_row_5: tid300.Measurement | None = field(default=None, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 300, VM 1, U"""

    image_6: Reference | None = field(default=None, metadata={"row": "6"})
    """Row 6: IMAGE -, VM 1, U"""
