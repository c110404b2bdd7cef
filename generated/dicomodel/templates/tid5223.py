"""TID 5223 Pediatric, Fetal and Congenital Cardiac Ultrasound Measurement.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "PediatricFetalAndCongenitalCardiacUltrasoundMeasurement",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5223",
    name="Pediatric, Fetal and Congenital Cardiac Ultrasound Measurement",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="INCLUDE",
            requirement="M",
            include="300",
            bindings=(
                ("$Measurement", (("parameter", "$Measurement"),)),
                ("$Method", (("parameter", "$Method"),)),
                ("$TargetSite", (("cid", "B", "12280"),)),
                ("$TargetSiteMod", (("cid", "B", "12281"),)),
                ("$Derivation", (("cid", "D", "3838"),)),
            ),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121425", "Index"),
            values=(("cid", "D", "3455"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "260674002", "Flow Direction"),
            values=(("cid", "B", "12221"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272517003", "Respiratory Cycle Point"),
            values=(("cid", "D", "12234"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272518008", "Cardiac Cycle Point"),
            values=(("cid", "D", "12233"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "399264008", "Image Mode"),
            values=(("cid", "D", "12224"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111031", "Image View"),
            values=(("cid", "B", "12226"),),
        ),
    ),
)


@dataclass(kw_only=True)
class PediatricFetalAndCongenitalCardiacUltrasoundMeasurement(TemplatePart):
    """TID 5223 Pediatric, Fetal and Congenital Cardiac Ultrasound Measurement."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    measurement: tid300.Measurement = field(metadata={"row": "1"})
    """Row 1: INCLUDE DTID 300, VM 1, M"""
