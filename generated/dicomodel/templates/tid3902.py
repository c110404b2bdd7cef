"""TID 3902 Vascular Analysis.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3905, tid3906

__all__ = [
    "TEMPLATE",
    "VascularAnalysis",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3902",
    name="Vascular Analysis",
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
            values=(("parameter", "$AnalysisPerformed"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="UC",
            relationship="CONTAINS",
            include="3905",
            condition='IFF the value of Row 2 is EV (122605, DCM, "Vascular Morphological Analysis")',
            condition_status="parsed",
            required_if=("row_code", "2", (("122605", "DCM"),)),
            forbidden_if=("not", ("row_code", "2", (("122605", "DCM"),))),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$VascularSection", (("code", "DT", "281231009", "SCT", "Blood Vessel of Head"),)),
                ("$SectionLaterality", (("code", "EV", "7771000", "SCT", "Left"),)),
                ("$Anatomy", (("cid", "D", "12105"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$VascularSection", (("code", "DT", "281231009", "SCT", "Blood Vessel of Head"),)),
                ("$SectionLaterality", (("code", "EV", "24028007", "SCT", "Right"),)),
                ("$Anatomy", (("cid", "D", "12105"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$VascularSection", (("code", "DT", "281231009", "SCT", "Blood Vessel of Head"),)),
                ("$SectionLaterality", (("code", "EV", "66459002", "SCT", "Unilateral"),)),
                ("$Anatomy", (("cid", "D", "12106"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$VascularSection", (("code", "DT", "119568004", "SCT", "Artery of Neck"),)),
                ("$SectionLaterality", (("code", "EV", "7771000", "SCT", "Left"),)),
                ("$Anatomy", (("cid", "D", "12104"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$VascularSection", (("code", "DT", "119568004", "SCT", "Artery of Neck"),)),
                ("$SectionLaterality", (("code", "EV", "24028007", "SCT", "Right"),)),
                ("$Anatomy", (("cid", "D", "12104"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$VascularSection",
                    (("code", "DT", "70791007", "SCT", "Artery of Lower Extremity"),),
                ),
                ("$SectionLaterality", (("code", "EV", "7771000", "SCT", "Left"),)),
                ("$Anatomy", (("cid", "D", "12109"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$VascularSection",
                    (("code", "DT", "70791007", "SCT", "Artery of Lower Extremity"),),
                ),
                ("$SectionLaterality", (("code", "EV", "24028007", "SCT", "Right"),)),
                ("$Anatomy", (("cid", "D", "12109"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$VascularSection",
                    (("code", "DT", "122774002", "SCT", "Vein of Lower Extremity"),),
                ),
                ("$SectionLaterality", (("code", "EV", "7771000", "SCT", "Left"),)),
                ("$Anatomy", (("cid", "D", "12110"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$VascularSection",
                    (("code", "DT", "122774002", "SCT", "Vein of Lower Extremity"),),
                ),
                ("$SectionLaterality", (("code", "EV", "24028007", "SCT", "Right"),)),
                ("$Anatomy", (("cid", "D", "12110"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$VascularSection",
                    (("code", "DT", "75531005", "SCT", "Artery of Upper Extremity"),),
                ),
                ("$SectionLaterality", (("code", "EV", "7771000", "SCT", "Left"),)),
                ("$Anatomy", (("cid", "D", "12107"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$VascularSection",
                    (("code", "DT", "75531005", "SCT", "Artery of Upper Extremity"),),
                ),
                ("$SectionLaterality", (("code", "EV", "24028007", "SCT", "Right"),)),
                ("$Anatomy", (("cid", "D", "12107"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$VascularSection",
                    (("code", "DT", "122775001", "SCT", "Vein of Upper Extremity"),),
                ),
                ("$SectionLaterality", (("code", "EV", "7771000", "SCT", "Left"),)),
                ("$Anatomy", (("cid", "D", "12108"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$VascularSection",
                    (("code", "DT", "122775001", "SCT", "Vein of Upper Extremity"),),
                ),
                ("$SectionLaterality", (("code", "EV", "24028007", "SCT", "Right"),)),
                ("$Anatomy", (("cid", "D", "12108"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$VascularSection",
                    (("code", "DT", "303402001", "SCT", "Vascular Structure of Kidney"),),
                ),
                ("$SectionLaterality", (("code", "EV", "7771000", "SCT", "Left"),)),
                ("$Anatomy", (("cid", "D", "12115"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$VascularSection",
                    (("code", "DT", "303402001", "SCT", "Vascular Structure of Kidney"),),
                ),
                ("$SectionLaterality", (("code", "EV", "24028007", "SCT", "Right"),)),
                ("$Anatomy", (("cid", "D", "12115"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$VascularSection", (("code", "DT", "118634008", "SCT", "Artery of Abdomen"),)),
                ("$SectionLaterality", (("code", "EV", "7771000", "SCT", "Left"),)),
                ("$Anatomy", (("cid", "D", "12111"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$VascularSection", (("code", "DT", "118634008", "SCT", "Artery of Abdomen"),)),
                ("$SectionLaterality", (("code", "EV", "24028007", "SCT", "Right"),)),
                ("$Anatomy", (("cid", "D", "12111"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$VascularSection", (("code", "DT", "118634008", "SCT", "Artery of Abdomen"),)),
                ("$SectionLaterality", (("code", "EV", "66459002", "SCT", "Unilateral"),)),
                ("$Anatomy", (("cid", "D", "12112"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="22",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$VascularSection", (("code", "DT", "84421000", "SCT", "Vein of Abdomen"),)),
                ("$SectionLaterality", (("code", "EV", "7771000", "SCT", "Left"),)),
                ("$Anatomy", (("cid", "D", "12113"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="23",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$VascularSection", (("code", "DT", "84421000", "SCT", "Vein of Abdomen"),)),
                ("$SectionLaterality", (("code", "EV", "24028007", "SCT", "Right"),)),
                ("$Anatomy", (("cid", "D", "12113"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="24",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$VascularSection", (("code", "DT", "84421000", "SCT", "Vein of Abdomen"),)),
                ("$SectionLaterality", (("code", "EV", "66459002", "SCT", "Unilateral"),)),
                ("$Anatomy", (("cid", "D", "12114"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="25",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$VascularSection",
                    (("code", "DT", "81040000", "SCT", "Pulmonary Artery Structure"),),
                ),
                ("$SectionLaterality", (("code", "EV", "66459002", "SCT", "Unilateral"),)),
                ("$Anatomy", (("cid", "D", "3829"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="26",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$VascularSection",
                    (("code", "DT", "41801008", "SCT", "Coronary Artery Structure"),),
                ),
                ("$Anatomy", (("cid", "D", "3015"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="27",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$VascularSection",
                    (("code", "DT", "85439003", "SCT", "Cardiac Vein Structure"),),
                ),
                ("$Anatomy", (("cid", "D", "3839"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
        RowDef(
            key="28",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3906",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$VascularSection",
                    (("code", "DT", "122972007", "SCT", "Pulmonary Venous Structure"),),
                ),
                ("$Anatomy", (("cid", "D", "3840"),)),
                ("$AnalysisPerformed", (("parameter", "$AnalysisPerformed"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class VascularAnalysis(TemplatePart):
    """TID 3902 Vascular Analysis."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    analysis_performed: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (111004, DCM, \"Analysis Performed\"), VM 1, M; values $AnalysisPerformed"""

    calcium_scoring_results: tid3905.CalciumScoringResults | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 3905, VM 1, UC: IFF the value of Row 2 is EV (122605, DCM, \"Vascular Morphological Analysis\")"""

    vascular_section_measurements: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_5: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_6: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_7: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_8: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_9: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_10: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_11: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_12: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "12"}
    )
    """Row 12: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_13: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "13"}
    )
    """Row 13: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_14: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_15: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "15"}
    )
    """Row 15: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_16: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "16"}
    )
    """Row 16: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_17: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "17"}
    )
    """Row 17: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_18: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "18"}
    )
    """Row 18: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_19: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "19"}
    )
    """Row 19: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_20: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "20"}
    )
    """Row 20: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_21: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "21"}
    )
    """Row 21: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_22: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "22"}
    )
    """Row 22: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_23: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "23"}
    )
    """Row 23: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_24: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "24"}
    )
    """Row 24: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_25: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "25"}
    )
    """Row 25: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_26: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "26"}
    )
    """Row 26: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_27: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "27"}
    )
    """Row 27: INCLUDE DTID 3906, VM 1-n, U"""

    vascular_section_measurements_row_28: list[tid3906.VascularSectionMeasurements] = field(
        default_factory=no_items, metadata={"row": "28"}
    )
    """Row 28: INCLUDE DTID 3906, VM 1-n, U"""
