"""TID 3926 Myocardial Perfusion Analysis.

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
    from dicomodel.templates import tid300, tid3106, tid3909

__all__ = [
    "TEMPLATE",
    "MyocardialPerfusionAnalysis",
    "MyocardialPerfusionAnalysisFindings",
    "MyocardialPerfusionAnalysisFindingsFindingSite",
    "MyocardialPerfusionAnalysisFindingsMeasurementGroup",
    "MyocardialPerfusionAnalysisFindingsLateContrastEnhancement",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3926",
    name="Myocardial Perfusion Analysis",
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
            concept=Code("DCM", "111004", "Analysis Performed"),
            values=(("code", "EV", "122602", "DCM", "Myocardial Perfusion Analysis"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "59776-5", "Findings"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            vm_min=1,
            vm_max=None,
            condition="XOR Row 6",
            condition_status="parsed",
            required_if=("not", ("row_present", "6")),
            forbidden_if=("row_present", "6"),
            values=(("cid", "D", "3717"),),
        ),
        RowDef(
            key="5",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "106233006", "Topographical Modifier"),
            values=(("cid", "D", "3843"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="TEXT",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            condition="XOR Row 4",
            condition_status="parsed",
            required_if=("not", ("row_present", "4")),
            forbidden_if=("row_present", "4"),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "109054", "Patient State"),
            values=(("cid", "D", "3101"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            include="3106",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122627", "Curve Fit Method"),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3909",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122628", "Baseline Result Correction"),
        ),
        RowDef(
            key="12",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3836"),)),
                ("$Units", (("code", "EV", "s", "UCUM", "s"),)),
            ),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122640", "Image Interval"),
            units=(("code", "EV", "ms", "UCUM", "ms"),),
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122635", "MR Perfusion Peak"),
            units=(("code", "DT", "1", "UCUM", "No units"),),
        ),
        RowDef(
            key="15",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122636", "MR Perfusion Slope"),
            units=(("code", "DT", "1", "UCUM", "No units"),),
        ),
        RowDef(
            key="16",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122637", "MR Perfusion Time Integral"),
            units=(("code", "DT", "1", "UCUM", "No units"),),
        ),
        RowDef(
            key="17",
            nesting=2,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "125007", "Measurement Group"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="18",
            nesting=3,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3836"),)),
                ("$Units", (("code", "EV", "s", "UCUM", "s"),)),
            ),
        ),
        RowDef(
            key="19",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122635", "MR Perfusion Peak"),
            units=(("code", "DT", "1", "UCUM", "No units"),),
        ),
        RowDef(
            key="20",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122636", "MR Perfusion Slope"),
            units=(("code", "DT", "1", "UCUM", "No units"),),
        ),
        RowDef(
            key="21",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122637", "MR Perfusion Time Integral"),
            units=(("code", "DT", "1", "UCUM", "No units"),),
        ),
        RowDef(
            key="22",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122664", "Late Contrast Enhancement"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="23",
            nesting=3,
            value_type="NUM",
            requirement="M",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "122665", "Time after start of injection of contrast bolus"),
            units=(("code", "DT", "s", "UCUM", "s"),),
        ),
        RowDef(
            key="24",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "122668", "Time interval since detection of contrast bolus"),
            units=(("code", "DT", "s", "UCUM", "s"),),
        ),
    ),
)


@dataclass(kw_only=True)
class MyocardialPerfusionAnalysis(TemplatePart):
    """TID 3926 Myocardial Perfusion Analysis."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    analysis_performed: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (111004, DCM, \"Analysis Performed\"), VM 1, M; values EV (122602, DCM, \"Myocardial Perfusion Analysis\")"""

    findings: list[MyocardialPerfusionAnalysisFindings] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CONTAINER EV (59776-5, LN, \"Findings\"), VM 1-n, M"""


@dataclass(kw_only=True)
class MyocardialPerfusionAnalysisFindings(TemplatePart):
    """Row 3 of TID 3926."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    finding_site: list[MyocardialPerfusionAnalysisFindingsFindingSite] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: CODE EV (363698007, SCT, \"Finding Site\"), VM 1-n, MC: XOR Row 6; values DCID 3717"""

    finding_site_row_6: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: TEXT EV (363698007, SCT, \"Finding Site\"), VM 1, MC: XOR Row 4"""

    patient_state: groups.Cid3101Code | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE EV (109054, DCM, \"Patient State\"), VM 1, U; values DCID 3101"""

    drugs_contrast_administered: list[tid3106.DrugsContrastAdministered] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 3106, VM 1-n, U"""

    curve_fit_method: str | None = field(default=None, metadata={"row": "9"})
    """Row 9: TEXT EV (122627, DCM, \"Curve Fit Method\"), VM 1, U"""

    best_illustration_of_findings: list[tid3909.BestIllustrationOfFindings] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 3909, VM 1-n, U"""

    baseline_result_correction: str | None = field(default=None, metadata={"row": "11"})
    """Row 11: TEXT EV (122628, DCM, \"Baseline Result Correction\"), VM 1, U"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "12"})
    """Row 12: INCLUDE DTID 300, VM 1-n, U"""

    image_interval: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM EV (122640, DCM, \"Image Interval\"), VM 1, U; units EV (ms, UCUM, \"ms\")"""

    mr_perfusion_peak: Num | None = field(default=None, metadata={"row": "14"})
    """Row 14: NUM EV (122635, DCM, \"MR Perfusion Peak\"), VM 1, U; units DT (1, UCUM, \"No units\")"""

    mr_perfusion_slope: Num | None = field(default=None, metadata={"row": "15"})
    """Row 15: NUM EV (122636, DCM, \"MR Perfusion Slope\"), VM 1, U; units DT (1, UCUM, \"No units\")"""

    mr_perfusion_time_integral: Num | None = field(default=None, metadata={"row": "16"})
    """Row 16: NUM EV (122637, DCM, \"MR Perfusion Time Integral\"), VM 1, U; units DT (1, UCUM, \"No units\")"""

    measurement_group: list[MyocardialPerfusionAnalysisFindingsMeasurementGroup] = field(
        default_factory=no_items, metadata={"row": "17"}
    )
    """Row 17: CONTAINER EV (125007, DCM, \"Measurement Group\"), VM 1-n, U"""

    late_contrast_enhancement: MyocardialPerfusionAnalysisFindingsLateContrastEnhancement | None = (
        field(default=None, metadata={"row": "22"})
    )
    """Row 22: CODE EV (122664, DCM, \"Late Contrast Enhancement\"), VM 1, U; values DCID 230"""


@dataclass(kw_only=True)
class MyocardialPerfusionAnalysisFindingsFindingSite(TemplatePart):
    """Row 4 of TID 3926."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: groups.Cid3717Code
    """The value of row 4 (CODE)."""

    topographical_modifier: groups.Cid3843Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (106233006, SCT, \"Topographical Modifier\"), VM 1, U; values DCID 3843"""


@dataclass(kw_only=True)
class MyocardialPerfusionAnalysisFindingsMeasurementGroup(TemplatePart):
    """Row 17 of TID 3926."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "17"

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "18"})
    """Row 18: INCLUDE DTID 300, VM 1-n, U"""

    mr_perfusion_peak: Num | None = field(default=None, metadata={"row": "19"})
    """Row 19: NUM EV (122635, DCM, \"MR Perfusion Peak\"), VM 1, U; units DT (1, UCUM, \"No units\")"""

    mr_perfusion_slope: Num | None = field(default=None, metadata={"row": "20"})
    """Row 20: NUM EV (122636, DCM, \"MR Perfusion Slope\"), VM 1, U; units DT (1, UCUM, \"No units\")"""

    mr_perfusion_time_integral: Num | None = field(default=None, metadata={"row": "21"})
    """Row 21: NUM EV (122637, DCM, \"MR Perfusion Time Integral\"), VM 1, U; units DT (1, UCUM, \"No units\")"""


@dataclass(kw_only=True)
class MyocardialPerfusionAnalysisFindingsLateContrastEnhancement(TemplatePart):
    """Row 22 of TID 3926."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "22"

    value: groups.Cid230Code
    """The value of row 22 (CODE)."""

    time_after_start_of_injection_of_contrast_bolus: Num = field(metadata={"row": "23"})
    """Row 23: NUM EV (122665, DCM, \"Time after start of injection of contrast bolus\"), VM 1, M; units DT (s, UCUM, \"s\")"""

    time_interval_since_detection_of_contrast_bolus: Num | None = field(
        default=None, metadata={"row": "24"}
    )
    """Row 24: NUM EV (122668, DCM, \"Time interval since detection of contrast bolus\"), VM 1, U; units DT (s, UCUM, \"s\")"""
