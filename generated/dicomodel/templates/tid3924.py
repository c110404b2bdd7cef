"""TID 3924 Heart Rate-Normalized Ventricular Measurements.

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
    "HeartRateNormalizedVentricularMeasurements",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3924",
    name="Heart Rate-Normalized Ventricular Measurements",
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
            values=(("code", "DT", "8867-4", "LN", "Heart Rate"),),
        ),
        RowDef(
            key="3",
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
                ("$ModValue", (("code", "DT", "8867-4", "LN", "Heart Rate"),)),
                ("$Units", (("code", "DT", "ml/{H.B.}/min", "UCUM", "ml/BPM"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "82799009", "SCT", "Cardiac Output"),)),
                ("$ModType", (("code", "EV", "121425", "DCM", "Index"),)),
                ("$ModValue", (("code", "DT", "8867-4", "LN", "Heart Rate"),)),
                ("$Units", (("code", "DT", "ml/min/{H.B.}/min", "UCUM", "(ml/min) /BPM"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122618", "DCM", "Peak Filling Rate"),)),
                ("$ModType", (("code", "EV", "121425", "DCM", "Index"),)),
                ("$ModValue", (("code", "DT", "8867-4", "LN", "Heart Rate"),)),
                ("$Units", (("code", "DT", "ml/s/{H.B.}/min", "UCUM", "(ml/s) /BPM"),)),
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
                (
                    "$Measurement",
                    (("code", "EV", "70822001", "SCT", "Peak Cardiac Ejection Fraction"),),
                ),
                ("$ModType", (("code", "EV", "121425", "DCM", "Index"),)),
                ("$ModValue", (("code", "DT", "8867-4", "LN", "Heart Rate"),)),
                ("$Units", (("code", "DT", "%/{H.B.}/min", "UCUM", "%/BPM"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class HeartRateNormalizedVentricularMeasurements(TemplatePart):
    """TID 3924 Heart Rate-Normalized Ventricular Measurements."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    index: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (121425, DCM, \"Index\"), VM 1, M; values DT (8867-4, LN, \"Heart Rate\")"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_4: tid300.Measurement | None = field(default=None, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 300, VM 1, U"""

    measurement_row_5: tid300.Measurement | None = field(default=None, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 300, VM 1, U"""

    measurement_row_6: tid300.Measurement | None = field(default=None, metadata={"row": "6"})
    """Row 6: INCLUDE DTID 300, VM 1, U"""
