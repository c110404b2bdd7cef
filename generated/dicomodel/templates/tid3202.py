"""TID 3202 Quantitative Ventricular Analysis Report.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import (
        tid1002,
        tid1204,
        tid3205,
        tid3206,
        tid3207,
        tid3208,
        tid3209,
        tid3210,
        tid3211,
        tid3520,
        tid3602,
    )

__all__ = [
    "TEMPLATE",
    "QuantitativeVentricularAnalysisReport",
    "QuantitativeVentricularAnalysisReportQuantitativeAnalysis",
    "QuantitativeVentricularAnalysisReportQuantitativeAnalysisSourceOfMeasurement",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3202",
    name="Quantitative Ventricular Analysis Report",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "122292", "Quantitative Ventriculography Report"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            include="1204",
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="1002",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3602",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122144", "Quantitative Analysis"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="1002",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="TEXT",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "111001", "Algorithm Name"),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="TEXT",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "111003", "Algorithm Version"),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="TEXT",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "122405", "Algorithm Manufacturer"),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="IMAGE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "121112", "Source of Measurement"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="11",
            nesting=3,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "246092007", "Cardiac Phase"),
            values=(("cid", "D", "12233"),),
        ),
        RowDef(
            key="12",
            nesting=3,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "111031", "Image View"),
            condition="If Biplane Analysis",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: If Biplane Analysis"),
            values=(("cid", "D", "3466"),),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            include="3205",
            vm_min=1,
            vm_max=2,
            condition="VM = 1: Single plane analysis, VM = 2: Biplane analysis",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: VM = 1: Single plane analysis, VM = 2: Biplane analysis",
            ),
            bindings=(("$CalibrationPlane", (("cid", "D", "3466"),)),),
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            include="3520",
        ),
        RowDef(
            key="15",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3206",
        ),
        RowDef(
            key="16",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3207",
        ),
        RowDef(
            key="17",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3208",
        ),
        RowDef(
            key="18",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3209",
            vm_min=1,
            vm_max=2,
            condition="VM = 1: Single plane analysis, VM = 2: Biplane analysis",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: VM = 1: Single plane analysis, VM = 2: Biplane analysis",
            ),
        ),
        RowDef(
            key="19",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3210",
            vm_min=1,
            vm_max=2,
            condition="VM = 1: Single plane analysis, VM = 2: Biplane analysis",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: VM = 1: Single plane analysis, VM = 2: Biplane analysis",
            ),
        ),
        RowDef(
            key="20",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3211",
            vm_min=1,
            vm_max=2,
            condition="VM = 1: Single plane analysis, VM = 2: Biplane analysis",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: VM = 1: Single plane analysis, VM = 2: Biplane analysis",
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class QuantitativeVentricularAnalysisReport(TemplatePart):
    """TID 3202 Quantitative Ventricular Analysis Report."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants = field(
        metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1204, VM 1, M"""

    observer_context: list[tid1002.ObserverContext] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 1002, VM 1-n, M"""

    cardiovascular_patient_characteristics: tid3602.CardiovascularPatientCharacteristics | None = (
        field(default=None, metadata={"row": "4"})
    )
    """Row 4: INCLUDE DTID 3602, VM 1, U"""

    quantitative_analysis: list[QuantitativeVentricularAnalysisReportQuantitativeAnalysis] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: CONTAINER EV (122144, DCM, \"Quantitative Analysis\"), VM 1-n, M"""


@dataclass(kw_only=True)
class QuantitativeVentricularAnalysisReportQuantitativeAnalysis(TemplatePart):
    """Row 5 of TID 3202."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    observer_context: list[tid1002.ObserverContext] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 1002, VM 1-n, U"""

    algorithm_name: str = field(metadata={"row": "7"})
    """Row 7: TEXT EV (111001, DCM, \"Algorithm Name\"), VM 1, M"""

    algorithm_version: str = field(metadata={"row": "8"})
    """Row 8: TEXT EV (111003, DCM, \"Algorithm Version\"), VM 1, M"""

    algorithm_manufacturer: str = field(metadata={"row": "9"})
    """Row 9: TEXT EV (122405, DCM, \"Algorithm Manufacturer\"), VM 1, M"""

    source_of_measurement: list[
        QuantitativeVentricularAnalysisReportQuantitativeAnalysisSourceOfMeasurement
    ] = field(default_factory=no_items, metadata={"row": "10"})
    """Row 10: IMAGE EV (121112, DCM, \"Source of Measurement\"), VM 1-n, M"""

    calibration: list[tid3205.Calibration] = field(default_factory=no_items, metadata={"row": "13"})
    """Row 13: INCLUDE DTID 3205, VM 1-2, U: VM = 1: Single plane analysis, VM = 2: Biplane analysis"""

    hemodynamic_clinical_context: tid3520.HemodynamicClinicalContext | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 3520, VM 1, U"""

    va_main_results: tid3206.VAMainResults = field(metadata={"row": "15"})
    """Row 15: INCLUDE DTID 3206, VM 1, M"""

    aa_main_results: tid3207.AAMainResults | None = field(default=None, metadata={"row": "16"})
    """Row 16: INCLUDE DTID 3207, VM 1, U"""

    frame_to_frame_results: tid3208.FrameToFrameResults | None = field(
        default=None, metadata={"row": "17"}
    )
    """Row 17: INCLUDE DTID 3208, VM 1, U"""

    centerline_wall_motion: list[tid3209.CenterlineWallMotion] = field(
        default_factory=no_items, metadata={"row": "18"}
    )
    """Row 18: INCLUDE DTID 3209, VM 1-2, U: VM = 1: Single plane analysis, VM = 2: Biplane analysis"""

    radial_based_wall_motion: list[tid3210.RadialBasedWallMotion] = field(
        default_factory=no_items, metadata={"row": "19"}
    )
    """Row 19: INCLUDE DTID 3210, VM 1-2, U: VM = 1: Single plane analysis, VM = 2: Biplane analysis"""

    landmark_based_wall_motion: list[tid3211.LandmarkBasedWallMotion] = field(
        default_factory=no_items, metadata={"row": "20"}
    )
    """Row 20: INCLUDE DTID 3211, VM 1-2, U: VM = 1: Single plane analysis, VM = 2: Biplane analysis"""


@dataclass(kw_only=True)
class QuantitativeVentricularAnalysisReportQuantitativeAnalysisSourceOfMeasurement(TemplatePart):
    """Row 10 of TID 3202."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "10"

    value: Reference
    """The value of row 10 (IMAGE)."""

    cardiac_phase: groups.Cid12233Code = field(metadata={"row": "11"})
    """Row 11: CODE EV (246092007, SCT, \"Cardiac Phase\"), VM 1, M; values DCID 12233"""

    image_view: groups.Cid3466Code | None = field(default=None, metadata={"row": "12"})
    """Row 12: CODE EV (111031, DCM, \"Image View\"), VM 1, MC: If Biplane Analysis; values DCID 3466"""
