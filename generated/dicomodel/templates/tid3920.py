"""TID 3920 Ventricular Analysis Results.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3921, tid3925, tid3926, tid3929

__all__ = [
    "TEMPLATE",
    "VentricularAnalysisResults",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3920",
    name="Ventricular Analysis Results",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "111004", "Analysis Performed"),
            values=(("code", "EV", "122601", "DCM", "Ventricular Analysis"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="3929",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3921",
            vm_min=1,
            vm_max=None,
            bindings=(("$Ventricle", (("code", "EV", "87878005", "SCT", "Left Ventricle"),)),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3921",
            vm_min=1,
            vm_max=None,
            bindings=(("$Ventricle", (("code", "EV", "53085002", "SCT", "Right Ventricle"),)),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3925",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3926",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class VentricularAnalysisResults(TemplatePart):
    """TID 3920 Ventricular Analysis Results."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    analysis_performed: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (111004, DCM, \"Analysis Performed\"), VM 1, M; values EV (122601, DCM, \"Ventricular Analysis\")"""

    cardiovascular_analysis_observation_context: (
        tid3929.CardiovascularAnalysisObservationContext | None
    ) = field(default=None, metadata={"row": "3"})
    """Row 3: INCLUDE DTID 3929, VM 1, U"""

    ventricular_measurements: list[tid3921.VentricularMeasurements] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 3921, VM 1-n, U"""

    ventricular_measurements_row_5: list[tid3921.VentricularMeasurements] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 3921, VM 1-n, U"""

    ventricular_thickening_analysis: list[tid3925.VentricularThickeningAnalysis] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 3925, VM 1-n, U"""

    myocardial_perfusion_analysis: list[tid3926.MyocardialPerfusionAnalysis] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 3926, VM 1-n, U"""
