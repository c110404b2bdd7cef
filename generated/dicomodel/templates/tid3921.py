"""TID 3921 Ventricular Measurements.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3922, tid3923, tid3924

__all__ = [
    "TEMPLATE",
    "VentricularMeasurements",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3921",
    name="Ventricular Measurements",
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
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("parameter", "$Ventricle"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3922",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3923",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3924",
        ),
    ),
)


@dataclass(kw_only=True)
class VentricularMeasurements(TemplatePart):
    """TID 3921 Ventricular Measurements."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    finding_site: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values $Ventricle"""

    absolute_values_of_ventricular_measurements: tid3922.AbsoluteValuesOfVentricularMeasurements = (
        field(metadata={"row": "3"})
    )
    """Row 3: INCLUDE DTID 3922, VM 1, M"""

    bsa_normalized_ventricular_measurements: tid3923.BSANormalizedVentricularMeasurements | None = (
        field(default=None, metadata={"row": "4"})
    )
    """Row 4: INCLUDE DTID 3923, VM 1, U"""

    heart_rate_normalized_ventricular_measurements: (
        tid3924.HeartRateNormalizedVentricularMeasurements | None
    ) = field(default=None, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 3924, VM 1, U"""
