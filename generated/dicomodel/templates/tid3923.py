"""TID 3923 BSA-Normalized Ventricular Measurements.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "BSANormalizedVentricularMeasurements",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3923",
    name="BSA-Normalized Ventricular Measurements",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122609", "Normalized values of ventricular measurements"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121425", "Index"),
            values=(("code", "DT", "8277-6", "LN", "Body Surface Area"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "8277-6", "LN", "Body Surface Area"),)),
                ("$Units", (("code", "DT", "m2", "UCUM", "m2"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="INFERRED FROM",
            concept=Code("LN", "8278-4", "Body Surface Area Formula"),
            values=(("cid", "B", "3663"),),
        ),
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
                ("$Measurement", (("cid", "D", "3835"),)),
                ("$ModType", (("code", "EV", "121425", "DCM", "Index"),)),
                ("$ModValue", (("code", "DT", "8277-6", "LN", "Body Surface Area"),)),
                ("$Units", (("code", "DT", "ml/m2", "UCUM", "ml/m2"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "54993008", "SCT", "Cardiac Index"),)),
                ("$Units", (("code", "DT", "ml/min/m2", "UCUM", "(ml/min) /m2"),)),
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
            vm_max=2,
            bindings=(
                ("$Measurement", (("code", "EV", "122447", "DCM", "Wall Mass"),)),
                ("$ModType", (("code", "EV", "121425", "DCM", "Index"),)),
                ("$ModValue", (("code", "DT", "8277-6", "LN", "Body Surface Area"),)),
                ("$Units", (("code", "DT", "g/m2", "UCUM", "g/m2"),)),
            ),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "122670", "Papillary Muscle Included/Excluded"),
            values=(("cid", "D", "3821"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122618", "DCM", "Peak Filling Rate"),)),
                ("$ModType", (("code", "EV", "121425", "DCM", "Index"),)),
                ("$ModValue", (("code", "DT", "8277-6", "LN", "Body Surface Area"),)),
                ("$Units", (("code", "DT", "ml/s/m2", "UCUM", "(ml/s) /m2"),)),
            ),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (("code", "EV", "70822001", "SCT", "Peak Cardiac Ejection Fraction"),),
                ),
                ("$ModType", (("code", "EV", "121425", "DCM", "Index"),)),
                ("$ModValue", (("code", "DT", "8277-6", "LN", "Body Surface Area"),)),
                ("$Units", (("code", "DT", "%/m2", "UCUM", "%/m2"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class BSANormalizedVentricularMeasurements(TemplatePart):
    """TID 3923 BSA-Normalized Ventricular Measurements."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    index: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (121425, DCM, \"Index\"), VM 1, M; values DT (8277-6, LN, \"Body Surface Area\")"""

    measurement: tid300.Measurement = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 300, VM 1, M"""

    measurement_row_5: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_6: tid300.Measurement | None = field(default=None, metadata={"row": "6"})
    """Row 6: INCLUDE DTID 300, VM 1, U"""

    measurement_row_7: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 300, VM 1-2, U"""

    measurement_row_9: tid300.Measurement | None = field(default=None, metadata={"row": "9"})
    """Row 9: INCLUDE DTID 300, VM 1, U"""

    measurement_row_10: tid300.Measurement | None = field(default=None, metadata={"row": "10"})
    """Row 10: INCLUDE DTID 300, VM 1, U"""
