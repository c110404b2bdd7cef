"""TID 1420 Measurements Derived From Multiple ROI Measurements.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid310, tid1410, tid1411, tid4019

__all__ = [
    "TEMPLATE",
    "MeasurementsDerivedFromMultipleROIMeasurements",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1420",
    name="Measurements Derived From Multiple ROI Measurements",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="M",
            concept_ref=("cid", "D", "7465"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="1b",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            include="4019",
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="INFERRED FROM",
            by_reference=True,
            include="1410",
            vm_min=1,
            vm_max=None,
            condition="XOR Row 3",
            condition_status="parsed",
            required_if=("not", ("row_present", "3")),
            forbidden_if=("row_present", "3"),
            bindings=(
                ("$Measurement", (("parameter", "$Measurement"),)),
                ("$Units", (("parameter", "$MeasurementUnits"),)),
                ("$ModType", (("parameter", "$ModType"),)),
                ("$ModValue", (("parameter", "$ModValue"),)),
                ("$Method", (("parameter", "$Method"),)),
                ("$Derivation", (("parameter", "$Derivation"),)),
                ("$TargetSite", (("parameter", "$TargetSite"),)),
                ("$TargetSiteMod", (("parameter", "$TargetSiteMod"),)),
                ("$Equation", (("parameter", "$Equation"),)),
                ("$RefAuthority", (("parameter", "$RefAuthority"),)),
                ("$RangeAuthority", (("parameter", "$RangeAuthority"),)),
                ("$DerivationParameter", (("parameter", "$DerivationParameter"),)),
                ("$DerivationParameterUnits", (("parameter", "$DerivationParameterUnits"),)),
            ),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="INFERRED FROM",
            by_reference=True,
            include="1411",
            vm_min=1,
            vm_max=None,
            condition="XOR Row 2",
            condition_status="parsed",
            required_if=("not", ("row_present", "2")),
            forbidden_if=("row_present", "2"),
            bindings=(
                ("$Measurement", (("parameter", "$Measurement"),)),
                ("$Units", (("parameter", "$MeasurementUnits"),)),
                ("$ModType", (("parameter", "$ModType"),)),
                ("$ModValue", (("parameter", "$ModValue"),)),
                ("$Method", (("parameter", "$Method"),)),
                ("$Derivation", (("parameter", "$Derivation"),)),
                ("$TargetSite", (("parameter", "$TargetSite"),)),
                ("$TargetSiteMod", (("parameter", "$TargetSiteMod"),)),
                ("$Equation", (("parameter", "$Equation"),)),
                ("$RefAuthority", (("parameter", "$RefAuthority"),)),
                ("$RangeAuthority", (("parameter", "$RangeAuthority"),)),
                ("$DerivationParameter", (("parameter", "$DerivationParameter"),)),
                ("$DerivationParameterUnits", (("parameter", "$DerivationParameterUnits"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="310",
            bindings=(
                ("$RefAuthority", (("parameter", "$RefAuthority"),)),
                ("$RangeAuthority", (("parameter", "$RangeAuthority"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class MeasurementsDerivedFromMultipleROIMeasurements(TemplatePart):
    """TID 1420 Measurements Derived From Multiple ROI Measurements."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid7465Code
    """The concept name of row 1."""

    value: Num
    """The value of row 1 (NUM)."""

    algorithm_identification: tid4019.AlgorithmIdentification | None = field(
        default=None, metadata={"row": "1b"}
    )
    """Row 1b: INCLUDE DTID 4019, VM 1, U"""

    planar_roi_measurements_and_qualitative_evaluations: list[
        tid1410.PlanarROIMeasurementsAndQualitativeEvaluations
    ] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: INCLUDE DTID 1410, VM 1-n, MC: XOR Row 3"""

    volumetric_roi_measurements_and_qualitative_evaluations: list[
        tid1411.VolumetricROIMeasurementsAndQualitativeEvaluations
    ] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: INCLUDE DTID 1411, VM 1-n, MC: XOR Row 2"""

    measurement_properties: tid310.MeasurementProperties | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 310, VM 1, U"""
