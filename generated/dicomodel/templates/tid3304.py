"""TID 3304 Stress Test Measurement Group.

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
    from dicomodel.templates import tid300, tid3106

__all__ = [
    "TEMPLATE",
    "StressTestMeasurementGroup",
    "StressTestMeasurementGroupNumberOfEctopicBeats",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3304",
    name="Stress Test Measurement Group",
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
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "252131008", "Time since start of study"),
            units=(("code", "DT", "min", "UCUM", "min"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122710", "Time since start of stage"),
            units=(("code", "DT", "min", "UCUM", "min"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122702", "Treadmill speed"),
            units=(("cid", "D", "3212"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122703", "Treadmill gradient"),
            units=(("code", "EV", "%", "UCUM", "%"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122704", "Ergometer power"),
            units=(("code", "EV", "W", "UCUM", "Watts"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122709", "Activity workload"),
            units=(("code", "DT", "[MET]", "UCUM", "METS"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (("code", "DT", "122706", "DCM", "Rating of Perceived Exertion"),),
                ),
                ("$Method", (("cid", "B", "3239"),)),
            ),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "122705", "Pharmacological Stress Agent Dose Rate"),
            condition="IFF Pharmacological Stress used",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IFF Pharmacological Stress used"),
            forbidden_if=(
                "not",
                ("unknown", "outside the content tree: IFF Pharmacological Stress used"),
            ),
            units=(("code", "EV", "ug/kg/min", "UCUM", "ug/kg/min"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3106",
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "8867-4", "Heart Rate"),
            units=(("code", "EV", "{H.B.}/min", "UCUM", "BPM"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "271649006", "Systolic Blood Pressure"),
            units=(("cid", "D", "3500"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "271650006", "Diastolic Blood Pressure"),
            units=(("cid", "D", "3500"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122707", "Number of Ectopic Beats"),
            units=(("code", "EV", "{beats}", "UCUM", "beats"),),
        ),
        RowDef(
            key="15",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "260867005", "Period of collection"),
            units=(("code", "DT", "min", "UCUM", "min"),),
        ),
        RowDef(
            key="16",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "116676008", "Associated Morphology"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "3234"),),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("code", "DT", "164931005", "SCT", "ST Elevation"),)),
                ("$Units", (("code", "DT", "mV", "UCUM", "mV"),)),
                ("$TargetSite", (("cid", "D", "3001"),)),
            ),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("code", "DT", "429622005", "SCT", "ST Depression"),)),
                ("$Units", (("code", "DT", "mV", "UCUM", "mV"),)),
                ("$TargetSite", (("cid", "D", "3001"),)),
            ),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3228"),)),
                ("$Units", (("code", "DT", "ms", "UCUM", "ms"),)),
                ("$TargetSite", (("cid", "D", "3001"),)),
            ),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3227"),)),
                ("$Units", (("code", "DT", "ms", "UCUM", "ms"),)),
                ("$TargetSite", (("cid", "D", "3001"),)),
                ("$Equation", (("cid", "D", "3678"),)),
            ),
        ),
        RowDef(
            key="21",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="INFERRED FROM",
            concept=Code("MDC", "2:16000", "RR Interval for QTc"),
            units=(("code", "DT", "ms", "UCUM", "ms"),),
        ),
        RowDef(
            key="22",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3229"),)),
                ("$Units", (("code", "DT", "deg", "UCUM", "deg"),)),
            ),
        ),
        RowDef(
            key="23",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("cid", "D", "3526"),)),
                ("$Units", (("code", "EV", "%", "UCUM", "%"),)),
            ),
        ),
        RowDef(
            key="24",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122708", "Double Product"),
            units=(("code", "DT", "mm[Hg].{H.B.}/min", "UCUM", "mmHg.BPM"),),
        ),
        RowDef(
            key="25",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3220"),),
        ),
        RowDef(
            key="26",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "271921002", "ECG Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3230"),),
        ),
        RowDef(
            key="27",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
    ),
)


@dataclass(kw_only=True)
class StressTestMeasurementGroup(TemplatePart):
    """TID 3304 Stress Test Measurement Group."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    time_since_start_of_study: Num = field(metadata={"row": "2"})
    """Row 2: NUM DT (252131008, SCT, \"Time since start of study\"), VM 1, M; units DT (min, UCUM, \"min\")"""

    time_since_start_of_stage: Num = field(metadata={"row": "3"})
    """Row 3: NUM DT (122710, DCM, \"Time since start of stage\"), VM 1, M; units DT (min, UCUM, \"min\")"""

    treadmill_speed: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM DT (122702, DCM, \"Treadmill speed\"), VM 1, U; units DCID 3212"""

    treadmill_gradient: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM DT (122703, DCM, \"Treadmill gradient\"), VM 1, U; units EV (%, UCUM, \"%\")"""

    ergometer_power: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM DT (122704, DCM, \"Ergometer power\"), VM 1, U; units EV (W, UCUM, \"Watts\")"""

    activity_workload: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM DT (122709, DCM, \"Activity workload\"), VM 1, U; units DT ([MET], UCUM, \"METS\")"""

    measurement: tid300.Measurement | None = field(default=None, metadata={"row": "8"})
    """Row 8: INCLUDE DTID 300, VM 1, U"""

    pharmacological_stress_agent_dose_rate: Num | None = field(default=None, metadata={"row": "9"})
    """Row 9: NUM DT (122705, DCM, \"Pharmacological Stress Agent Dose Rate\"), VM 1, MC: IFF Pharmacological Stress used; units EV (ug/kg/min, UCUM, \"ug/kg/min\")"""

    drugs_contrast_administered: tid3106.DrugsContrastAdministered | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 3106, VM 1, U"""

    heart_rate: Num | None = field(default=None, metadata={"row": "11"})
    """Row 11: NUM EV (8867-4, LN, \"Heart Rate\"), VM 1, U; units EV ({H.B.}/min, UCUM, \"BPM\")"""

    systolic_blood_pressure: Num | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM EV (271649006, SCT, \"Systolic Blood Pressure\"), VM 1, U; units DCID 3500"""

    diastolic_blood_pressure: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM EV (271650006, SCT, \"Diastolic Blood Pressure\"), VM 1, U; units DCID 3500"""

    number_of_ectopic_beats: StressTestMeasurementGroupNumberOfEctopicBeats | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: NUM DT (122707, DCM, \"Number of Ectopic Beats\"), VM 1, U; units EV ({beats}, UCUM, \"beats\")"""

    measurement_row_17: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "17"}
    )
    """Row 17: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_18: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "18"}
    )
    """Row 18: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_19: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "19"}
    )
    """Row 19: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_20: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "20"}
    )
    """Row 20: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_22: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "22"}
    )
    """Row 22: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_23: tid300.Measurement | None = field(default=None, metadata={"row": "23"})
    """Row 23: INCLUDE DTID 300, VM 1, U"""

    double_product: Num | None = field(default=None, metadata={"row": "24"})
    """Row 24: NUM DT (122708, DCM, \"Double Product\"), VM 1, U; units DT (mm[Hg].{H.B.}/min, UCUM, \"mmHg.BPM\")"""

    finding: list[groups.Cid3220Code] = field(default_factory=no_items, metadata={"row": "25"})
    """Row 25: CODE EV (121071, DCM, \"Finding\"), VM 1-n, U; values DCID 3220"""

    ecg_finding: list[groups.Cid3230Code] = field(default_factory=no_items, metadata={"row": "26"})
    """Row 26: CODE EV (271921002, SCT, \"ECG Finding\"), VM 1-n, U; values DCID 3230"""

    comment: str | None = field(default=None, metadata={"row": "27"})
    """Row 27: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""


@dataclass(kw_only=True)
class StressTestMeasurementGroupNumberOfEctopicBeats(TemplatePart):
    """Row 14 of TID 3304."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "14"

    value: Num
    """The value of row 14 (NUM)."""

    period_of_collection: Num = field(metadata={"row": "15"})
    """Row 15: NUM DT (260867005, SCT, \"Period of collection\"), VM 1, M; units DT (min, UCUM, \"min\")"""

    associated_morphology: list[groups.Cid3234Code | Code] = field(
        default_factory=no_items, metadata={"row": "16"}
    )
    """Row 16: CODE EV (116676008, SCT, \"Associated Morphology\"), VM 1-n, U; values BCID 3234"""
