"""TID 3917 Aneurysm Measurements.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "AneurysmMeasurements",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3917",
    name="Aneurysm Measurements",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "410668003", "SCT", "Length"),)),
                ("$ModType", (("code", "EV", "260858005", "SCT", "Extent"),)),
                ("$ModValue", (("code", "DT", "38717003", "SCT", "Longitudinal"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "118565006", "SCT", "Volume"),)),
                ("$Method", (("cid", "D", "3807"),)),
                ("$Units", (("code", "DT", "mm3", "UCUM", "mm3"),)),
            ),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (
                        (
                            "code",
                            "EV",
                            "415816005",
                            "SCT",
                            "Vessel Lumen Cross-Sectional Area Increase",
                        ),
                    ),
                ),
                ("$Units", (("code", "DT", "%", "UCUM", "%"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (
                        (
                            "code",
                            "EV",
                            "415816005",
                            "SCT",
                            "Vessel Lumen Cross-Sectional Area Increase",
                        ),
                    ),
                ),
                ("$Units", (("code", "DT", "mm2", "UCUM", "mm2"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (
                        (
                            "code",
                            "EV",
                            "415817001",
                            "SCT",
                            "Vessel Lumen Cross-Sectional Diameter Increase",
                        ),
                    ),
                ),
                ("$Units", (("code", "DT", "%", "UCUM", "%"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (
                        (
                            "code",
                            "EV",
                            "415817001",
                            "SCT",
                            "Vessel Lumen Cross-Sectional Diameter Increase",
                        ),
                    ),
                ),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class AneurysmMeasurements(TemplatePart):
    """TID 3917 Aneurysm Measurements."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    measurement: tid300.Measurement | None = field(default=None, metadata={"row": "1"})
    """Row 1: INCLUDE DTID 300, VM 1, U"""

    measurement_row_2: tid300.Measurement | None = field(default=None, metadata={"row": "2"})
    """Row 2: INCLUDE DTID 300, VM 1, U"""

    measurement_row_3: tid300.Measurement | None = field(default=None, metadata={"row": "3"})
    """Row 3: INCLUDE DTID 300, VM 1, U"""

    measurement_row_4: tid300.Measurement | None = field(default=None, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 300, VM 1, U"""

    measurement_row_5: tid300.Measurement | None = field(default=None, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 300, VM 1, U"""

    measurement_row_6: tid300.Measurement | None = field(default=None, metadata={"row": "6"})
    """Row 6: INCLUDE DTID 300, VM 1, U"""
