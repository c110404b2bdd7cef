"""TID 3905 Calcium Scoring Results.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300, tid3909

__all__ = [
    "TEMPLATE",
    "CalciumScoringResults",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3905",
    name="Calcium Scoring Results",
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
            relationship="CONTAINS",
            concept=Code("DCM", "111004", "Analysis Performed"),
            values=(("code", "EV", "122603", "DCM", "Calcium Scoring Analysis"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122657", "Agatston Score Threshold"),
            units=(("code", "DT", "[hnsf'U]", "UCUM", "Hounsfield unit"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122658", "Calcium Mass Threshold"),
            units=(("code", "DT", "mg/cm3", "UCUM", "mg/cm3"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122659", "Calcium Scoring Calibration"),
            units=(("code", "DT", "mg/[hnsf'U].cm3", "UCUM", "mg/[hnsf'U].cm3"),),
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
                    (("code", "EV", "450360000", "SCT", "Coronary artery calcium score"),),
                ),
                ("$Method", (("code", "EV", "112055", "DCM", "Agatston Scoring Method"),)),
                ("$Units", (("code", "DT", "1", "UCUM", "no units"),)),
            ),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122660", "Calcium Volume"),
            units=(("code", "EV", "mm3", "UCUM", "mm3"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122661", "Calcium Mass"),
            units=(("code", "EV", "mg", "UCUM", "mg"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "246206008", "Number of Lesions"),
            units=(("code", "DT", "{lesions}", "UCUM", "lesions"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3909",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class CalciumScoringResults(TemplatePart):
    """TID 3905 Calcium Scoring Results."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    analysis_performed: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (111004, DCM, \"Analysis Performed\"), VM 1, M; values EV (122603, DCM, \"Calcium Scoring Analysis\")"""

    agatston_score_threshold: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (122657, DCM, \"Agatston Score Threshold\"), VM 1, U; units DT ([hnsf'U], UCUM, \"Hounsfield unit\")"""

    calcium_mass_threshold: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (122658, DCM, \"Calcium Mass Threshold\"), VM 1, U; units DT (mg/cm3, UCUM, \"mg/cm3\")"""

    calcium_scoring_calibration: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (122659, DCM, \"Calcium Scoring Calibration\"), VM 1, U; units DT (mg/[hnsf'U].cm3, UCUM, \"mg/[hnsf'U].cm3\")"""

    measurement: tid300.Measurement | None = field(default=None, metadata={"row": "6"})
    """Row 6: INCLUDE DTID 300, VM 1, U"""

    calcium_volume: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (122660, DCM, \"Calcium Volume\"), VM 1, U; units EV (mm3, UCUM, \"mm3\")"""

    calcium_mass: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (122661, DCM, \"Calcium Mass\"), VM 1, U; units EV (mg, UCUM, \"mg\")"""

    number_of_lesions: Num | None = field(default=None, metadata={"row": "9"})
    """Row 9: NUM EV (246206008, SCT, \"Number of Lesions\"), VM 1, U; units DT ({lesions}, UCUM, \"lesions\")"""

    best_illustration_of_findings: list[tid3909.BestIllustrationOfFindings] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 3909, VM 1-n, U"""
