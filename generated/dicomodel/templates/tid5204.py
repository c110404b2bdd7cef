"""TID 5204 Wall Motion Analysis.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "WallMotionAnalysis",
    "WallMotionAnalysisLvWallMotionScoreIndex",
    "WallMotionAnalysisFindings",
    "WallMotionAnalysisFindingsWallSegment",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5204",
    name="Wall Motion Analysis",
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
            concept=Code("DCM", "121058", "Procedure reported"),
            values=(("parameter", "$Procedure"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("LN", "18139-6", "Stage"),
            values=(("cid", "B", "3207"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="IMAGE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "125201", "Illustration of Finding"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "18118-0", "LV Wall Motion Segmental Findings"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "125202", "LV Wall Motion Score Index"),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "273249006", "Assessment Scale"),
            values=(("cid", "B", "12238"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("code", "DT", "272657006", "SCT", "Myocardial Wall"),),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "18179-2", "Wall Segment"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "3717"),),
        ),
        RowDef(
            key="11",
            nesting=3,
            value_type="CODE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "60797005", "Cardiac Wall Motion"),
            condition="IF Row 12 is absent",
            condition_status="parsed",
            required_if=("not", ("row_present", "12")),
            values=(("cid", "D", "3703"),),
        ),
        RowDef(
            key="12",
            nesting=3,
            value_type="CODE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "116676008", "Associated Morphology"),
            condition="IF Row 11 is absent",
            condition_status="parsed",
            required_if=("not", ("row_present", "11")),
            values=(("cid", "D", "3704"),),
        ),
        RowDef(
            key="13",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "246262008", "Score"),
        ),
        RowDef(
            key="14",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122624", "Wall Thickness Ratio end-systolic to end-diastolic"),
            units=(("code", "DT", "%", "UCUM", "%"),),
        ),
    ),
)


@dataclass(kw_only=True)
class WallMotionAnalysis(TemplatePart):
    """TID 5204 Wall Motion Analysis."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    procedure_reported: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (121058, DCM, \"Procedure reported\"), VM 1, M; values $Procedure"""

    stage: groups.Cid3207Code | Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (18139-6, LN, \"Stage\"), VM 1, U; values BCID 3207"""

    illustration_of_finding: Reference | None = field(default=None, metadata={"row": "4"})
    """Row 4: IMAGE EV (125201, DCM, \"Illustration of Finding\"), VM 1, U"""

    lv_wall_motion_segmental_findings: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (18118-0, LN, \"LV Wall Motion Segmental Findings\"), VM 1, U"""

    lv_wall_motion_score_index: WallMotionAnalysisLvWallMotionScoreIndex | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: NUM DT (125202, DCM, \"LV Wall Motion Score Index\"), VM 1, U"""

    findings: WallMotionAnalysisFindings | None = field(default=None, metadata={"row": "8"})
    """Row 8: CONTAINER EV (59776-5, LN, \"Findings\"), VM 1, U"""


@dataclass(kw_only=True)
class WallMotionAnalysisLvWallMotionScoreIndex(TemplatePart):
    """Row 6 of TID 5204."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    value: Num
    """The value of row 6 (NUM)."""

    assessment_scale: groups.Cid12238Code | Code = field(metadata={"row": "7"})
    """Row 7: CODE EV (273249006, SCT, \"Assessment Scale\"), VM 1, M; values BCID 12238"""


@dataclass(kw_only=True)
class WallMotionAnalysisFindings(TemplatePart):
    """Row 8 of TID 5204."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    finding_site: Code = field(metadata={"row": "9"})
    """Row 9: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values DT (272657006, SCT, \"Myocardial Wall\")"""

    wall_segment: list[WallMotionAnalysisFindingsWallSegment] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: CODE EV (18179-2, LN, \"Wall Segment\"), VM 1-n, M; values BCID 3717"""


@dataclass(kw_only=True)
class WallMotionAnalysisFindingsWallSegment(TemplatePart):
    """Row 10 of TID 5204."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "10"

    value: groups.Cid3717Code | Code
    """The value of row 10 (CODE)."""

    cardiac_wall_motion: groups.Cid3703Code | None = field(default=None, metadata={"row": "11"})
    """Row 11: CODE EV (60797005, SCT, \"Cardiac Wall Motion\"), VM 1, MC: IF Row 12 is absent; values DCID 3703"""

    associated_morphology: groups.Cid3704Code | None = field(default=None, metadata={"row": "12"})
    """Row 12: CODE EV (116676008, SCT, \"Associated Morphology\"), VM 1, MC: IF Row 11 is absent; values DCID 3704"""

    score: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM DT (246262008, SCT, \"Score\"), VM 1, U"""

    wall_thickness_ratio_end_systolic_to_end_diastolic: Num | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: NUM EV (122624, DCM, \"Wall Thickness Ratio end-systolic to end-diastolic\"), VM 1, U; units DT (%, UCUM, \"%\")"""
