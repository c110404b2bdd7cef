"""TID 3516 Blood Lab Measurements.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300, tid1000

__all__ = [
    "TEMPLATE",
    "BloodLabMeasurements",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3516",
    name="Blood Lab Measurements",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "122125", "Blood lab measurements"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "371439000", "Specimen Type"),
            values=(("cid", "D", "3520"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "363704007", "Procedure site"),
            values=(("cid", "B", "3630"),),
        ),
        RowDef(key="4", nesting=1, value_type="INCLUDE", requirement="U", include="1000"),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "718-7", "LN", "Hemoglobin"),)),
                ("$Units", (("code", "DT", "g/dl", "UCUM", "g/dl"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3524"),)),
                ("$Units", (("cid", "D", "3500"),)),
            ),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3525"),)),
                ("$Units", (("code", "DT", "ml/dl", "UCUM", "ml/dl"),)),
            ),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3528"),)),
                ("$Units", (("code", "EV", "[pH]", "UCUM", "pH"),)),
            ),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3526"),)),
                ("$Units", (("code", "EV", "%", "UCUM", "%"),)),
            ),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3527"),)),
                ("$Units", (("code", "DT", "meq/dl", "UCUM", "meq/dl"),)),
            ),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122183", "DCM", "Blood temperature"),)),
                ("$Units", (("code", "EV", "Cel", "UCUM", "C"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class BloodLabMeasurements(TemplatePart):
    """TID 3516 Blood Lab Measurements."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    specimen_type: groups.Cid3520Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (371439000, SCT, \"Specimen Type\"), VM 1, M; values DCID 3520"""

    procedure_site: groups.Cid3630Code | Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (363704007, SCT, \"Procedure site\"), VM 1, M; values BCID 3630"""

    quotation: tid1000.Quotation | None = field(default=None, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 1000, VM 1, U"""

    measurement: tid300.Measurement | None = field(default=None, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 300, VM 1, U"""

    measurement_row_6: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_7: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_8: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_9: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_10: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_11: tid300.Measurement | None = field(default=None, metadata={"row": "11"})
    """Row 11: INCLUDE DTID 300, VM 1, U"""
