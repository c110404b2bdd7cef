"""TID 3312 Physiological Summary.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "PhysiologicalSummary",
    "PhysiologicalSummarySystolicBloodPressure",
    "PhysiologicalSummaryDiastolicBloodPressure",
    "PhysiologicalSummaryMaximumHrAchievedRow8",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3312",
    name="Physiological Summary",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="M",
            concept=Code("LN", "40443-4", "Resting Heart Rate"),
            units=(("code", "DT", "{H.B.}/min", "UCUM", "BPM"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="M",
            concept=Code("SCT", "271649006", "Systolic Blood Pressure"),
            units=(("cid", "D", "3500"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "109054", "Patient State"),
            values=(("code", "DT", "128975004", "SCT", "Resting State"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="M",
            concept=Code("SCT", "271650006", "Diastolic Blood Pressure"),
            units=(("cid", "D", "3500"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "109054", "Patient State"),
            values=(("code", "DT", "128975004", "SCT", "Resting State"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="NUM",
            requirement="M",
            concept=Code("SCT", "428420003", "Target HR"),
            units=(("code", "DT", "{H.B.}/min", "UCUM", "BPM"),),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="NUM",
            requirement="M",
            concept=Code("SCT", "428630002", "Maximum HR Achieved"),
            units=(("code", "DT", "{H.B.}/min", "UCUM", "BPM"),),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="NUM",
            requirement="M",
            concept=Code("SCT", "428630002", "Maximum HR Achieved"),
            units=(("code", "EV", "%", "UCUM", "%"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121425", "Index"),
            values=(("code", "DT", "428420003", "SCT", "Target HR"),),
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "122716", "Maximum Power Output Achieved"),
            units=(("code", "DT", "W", "UCUM", "Watts"),),
        ),
        RowDef(
            key="11",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "122717", "Peak activity workload"),
            units=(("code", "DT", "[MET]", "UCUM", "METS"),),
        ),
        RowDef(
            key="12",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "428531008", "HR Response"),
            values=(("cid", "D", "3210"),),
        ),
        RowDef(
            key="13",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("SCT", "314439003", "Maximum systolic blood pressure"),
            units=(("cid", "D", "3500"),),
        ),
        RowDef(
            key="14",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("SCT", "314452008", "Maximum diastolic blood pressure"),
            units=(("cid", "D", "3500"),),
        ),
        RowDef(
            key="15",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "427732000", "BP Response"),
            values=(("cid", "D", "3210"),),
        ),
        RowDef(
            key="16",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "122718", "Peak Double Product"),
            units=(("code", "DT", "mm[Hg].{H.B.}/min", "UCUM", "mmHg.BPM"),),
        ),
        RowDef(
            key="17",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("SCT", "252130009", "Total Exercise duration"),
            units=(("code", "DT", "min", "UCUM", "min"),),
        ),
        RowDef(
            key="18",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("SCT", "252129004", "Total test duration"),
            units=(("code", "DT", "min", "UCUM", "min"),),
        ),
        RowDef(
            key="19",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            bindings=(
                ("$Measurement", (("code", "DT", "429160000", "SCT", "Functional capacity"),)),
            ),
        ),
        RowDef(
            key="20",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("SCT", "429160000", "Functional capacity"),
        ),
        RowDef(
            key="21",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("code", "EV", "122760", "DCM", "Stress test score"),)),
                ("$Method", (("cid", "B", "3238"),)),
            ),
        ),
        RowDef(
            key="22",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("SCT", "429157007", "Heart rate recovery time"),
            units=(("code", "DT", "s", "UCUM", "s"),),
        ),
        RowDef(
            key="23",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "3213"),),
        ),
        RowDef(
            key="24",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "395112001", "Cardiovascular event risk"),
            values=(("cid", "B", "3118"),),
        ),
    ),
)


@dataclass(kw_only=True)
class PhysiologicalSummary(TemplatePart):
    """TID 3312 Physiological Summary."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    resting_heart_rate: Num = field(metadata={"row": "1"})
    """Row 1: NUM DT (40443-4, LN, \"Resting Heart Rate\"), VM 1, M; units DT ({H.B.}/min, UCUM, \"BPM\")"""

    systolic_blood_pressure: PhysiologicalSummarySystolicBloodPressure = field(
        metadata={"row": "2"}
    )
    """Row 2: NUM EV (271649006, SCT, \"Systolic Blood Pressure\"), VM 1, M; units DCID 3500"""

    diastolic_blood_pressure: PhysiologicalSummaryDiastolicBloodPressure = field(
        metadata={"row": "4"}
    )
    """Row 4: NUM EV (271650006, SCT, \"Diastolic Blood Pressure\"), VM 1, M; units DCID 3500"""

    target_hr: Num = field(metadata={"row": "6"})
    """Row 6: NUM DT (428420003, SCT, \"Target HR\"), VM 1, M; units DT ({H.B.}/min, UCUM, \"BPM\")"""

    maximum_hr_achieved: Num = field(metadata={"row": "7"})
    """Row 7: NUM DT (428630002, SCT, \"Maximum HR Achieved\"), VM 1, M; units DT ({H.B.}/min, UCUM, \"BPM\")"""

    maximum_hr_achieved_row_8: PhysiologicalSummaryMaximumHrAchievedRow8 = field(
        metadata={"row": "8"}
    )
    """Row 8: NUM DT (428630002, SCT, \"Maximum HR Achieved\"), VM 1, M; units EV (%, UCUM, \"%\")"""

    maximum_power_output_achieved: Num | None = field(default=None, metadata={"row": "10"})
    """Row 10: NUM DT (122716, DCM, \"Maximum Power Output Achieved\"), VM 1, U; units DT (W, UCUM, \"Watts\")"""

    peak_activity_workload: Num | None = field(default=None, metadata={"row": "11"})
    """Row 11: NUM DT (122717, DCM, \"Peak activity workload\"), VM 1, U; units DT ([MET], UCUM, \"METS\")"""

    hr_response: groups.Cid3210Code | None = field(default=None, metadata={"row": "12"})
    """Row 12: CODE DT (428531008, SCT, \"HR Response\"), VM 1, U; values DCID 3210"""

    maximum_systolic_blood_pressure: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM DT (314439003, SCT, \"Maximum systolic blood pressure\"), VM 1, U; units DCID 3500"""

    maximum_diastolic_blood_pressure: Num | None = field(default=None, metadata={"row": "14"})
    """Row 14: NUM DT (314452008, SCT, \"Maximum diastolic blood pressure\"), VM 1, U; units DCID 3500"""

    bp_response: groups.Cid3210Code | None = field(default=None, metadata={"row": "15"})
    """Row 15: CODE DT (427732000, SCT, \"BP Response\"), VM 1, U; values DCID 3210"""

    peak_double_product: Num | None = field(default=None, metadata={"row": "16"})
    """Row 16: NUM DT (122718, DCM, \"Peak Double Product\"), VM 1, U; units DT (mm[Hg].{H.B.}/min, UCUM, \"mmHg.BPM\")"""

    total_exercise_duration: Num | None = field(default=None, metadata={"row": "17"})
    """Row 17: NUM DT (252130009, SCT, \"Total Exercise duration\"), VM 1, U; units DT (min, UCUM, \"min\")"""

    total_test_duration: Num | None = field(default=None, metadata={"row": "18"})
    """Row 18: NUM DT (252129004, SCT, \"Total test duration\"), VM 1, U; units DT (min, UCUM, \"min\")"""

    measurement: tid300.Measurement | None = field(default=None, metadata={"row": "19"})
    """Row 19: INCLUDE DTID 300, VM 1, U"""

    functional_capacity: str | None = field(default=None, metadata={"row": "20"})
    """Row 20: TEXT DT (429160000, SCT, \"Functional capacity\"), VM 1, U"""

    measurement_row_21: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "21"}
    )
    """Row 21: INCLUDE DTID 300, VM 1-n, U"""

    heart_rate_recovery_time: Num | None = field(default=None, metadata={"row": "22"})
    """Row 22: NUM DT (429157007, SCT, \"Heart rate recovery time\"), VM 1, U; units DT (s, UCUM, \"s\")"""

    finding: list[groups.Cid3213Code | Code] = field(
        default_factory=no_items, metadata={"row": "23"}
    )
    """Row 23: CODE EV (121071, DCM, \"Finding\"), VM 1-n, U; values BCID 3213"""

    cardiovascular_event_risk: groups.Cid3118Code | Code | None = field(
        default=None, metadata={"row": "24"}
    )
    """Row 24: CODE EV (395112001, SCT, \"Cardiovascular event risk\"), VM 1, U; values BCID 3118"""


@dataclass(kw_only=True)
class PhysiologicalSummarySystolicBloodPressure(TemplatePart):
    """Row 2 of TID 3312."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: Num
    """The value of row 2 (NUM)."""

    patient_state: Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (109054, DCM, \"Patient State\"), VM 1, M; values DT (128975004, SCT, \"Resting State\")"""


@dataclass(kw_only=True)
class PhysiologicalSummaryDiastolicBloodPressure(TemplatePart):
    """Row 4 of TID 3312."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: Num
    """The value of row 4 (NUM)."""

    patient_state: Code = field(metadata={"row": "5"})
    """Row 5: CODE EV (109054, DCM, \"Patient State\"), VM 1, M; values DT (128975004, SCT, \"Resting State\")"""


@dataclass(kw_only=True)
class PhysiologicalSummaryMaximumHrAchievedRow8(TemplatePart):
    """Row 8 of TID 3312."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    value: Num
    """The value of row 8 (NUM)."""

    index: Code = field(metadata={"row": "9"})
    """Row 9: CODE EV (121425, DCM, \"Index\"), VM 1, M; values DT (428420003, SCT, \"Target HR\")"""
