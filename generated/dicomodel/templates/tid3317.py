"""TID 3317 Stress Imaging Summary.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300, tid1350

__all__ = [
    "TEMPLATE",
    "StressImagingSummary",
    "StressImagingSummaryFindingRow7",
    "StressImagingSummaryMyocardialPerfusion",
    "StressImagingSummaryFindingRow12",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3317",
    name="Stress Imaging Summary",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "122739", "Overall study quality"),
            values=(("cid", "B", "3114"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "113010", "Quality Issue"),
            values=(("cid", "B", "3115"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "121071", "Finding"),
            values=(("cid", "B", "3116"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            vm_min=1,
            vm_max=2,
            bindings=(
                ("$Measurement", (("code", "DT", "427751006", "SCT", "Perfusion defect extent"),)),
                ("$ModType", (("code", "EV", "109054", "DCM", "Patient State"),)),
                ("$ModValue", (("cid", "D", "3102"),)),
                ("$Units", (("code", "EV", "%", "UCUM", "%"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            bindings=(
                ("$Measurement", (("code", "DT", "429162008", "SCT", "Stress ischemia extent"),)),
                ("$Units", (("code", "EV", "%", "UCUM", "%"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (("code", "DT", "122762", "DCM", "Number of diseased vessel territories"),),
                ),
                ("$Units", (("code", "EV", "{territories}", "UCUM", "territories"),)),
            ),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "121071", "Finding"),
            values=(("code", "EV", "53741008", "SCT", "Coronary artery disease"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "363698007", "Finding Site"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "3016"),),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "251053005", "Myocardial perfusion"),
            vm_min=1,
            vm_max=2,
            values=(("cid", "B", "3120"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("cid", "B", "3463"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "116676008", "Associated Morphology"),
            values=(("cid", "B", "3121"),),
        ),
        RowDef(
            key="12",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "121071", "Finding"),
            values=(("code", "DT", "429710001", "SCT", "Transient cavitary dilatation"),),
        ),
        RowDef(key="13", nesting=1, value_type="INCLUDE", requirement="U", include="1350"),
        RowDef(
            key="14",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (("code", "DT", "428832008", "SCT", "Transient cavitary dilatation ratio"),),
                ),
                ("$Units", (("code", "EV", "{ratio}", "UCUM", "ratio"),)),
            ),
        ),
        RowDef(
            key="15",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            vm_min=1,
            vm_max=2,
            bindings=(
                ("$Measurement", (("code", "EV", "10230-1", "LN", "LV Ejection Fraction"),)),
                ("$ModType", (("code", "EV", "109054", "DCM", "Patient State"),)),
                ("$ModValue", (("cid", "D", "3102"),)),
                ("$Units", (("code", "EV", "%", "UCUM", "%"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class StressImagingSummary(TemplatePart):
    """TID 3317 Stress Imaging Summary."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    overall_study_quality: groups.Cid3114Code | Code = field(metadata={"row": "1"})
    """Row 1: CODE DT (122739, DCM, \"Overall study quality\"), VM 1, M; values BCID 3114"""

    quality_issue: groups.Cid3115Code | Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE DT (113010, DCM, \"Quality Issue\"), VM 1, U; values BCID 3115"""

    finding: groups.Cid3116Code | Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (121071, DCM, \"Finding\"), VM 1, U; values BCID 3116"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 300, VM 1-2, U"""

    measurement_row_5: tid300.Measurement | None = field(default=None, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 300, VM 1, U"""

    measurement_row_6: tid300.Measurement | None = field(default=None, metadata={"row": "6"})
    """Row 6: INCLUDE DTID 300, VM 1, U"""

    finding_row_7: StressImagingSummaryFindingRow7 | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: CODE EV (121071, DCM, \"Finding\"), VM 1, U; values EV (53741008, SCT, \"Coronary artery disease\")"""

    myocardial_perfusion: list[StressImagingSummaryMyocardialPerfusion] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: CODE EV (251053005, SCT, \"Myocardial perfusion\"), VM 1-2, U; values BCID 3120"""

    finding_row_12: StressImagingSummaryFindingRow12 | None = field(
        default=None, metadata={"row": "12"}
    )
    """Row 12: CODE EV (121071, DCM, \"Finding\"), VM 1, U; values DT (429710001, SCT, \"Transient cavitary dilatation\")"""

    measurement_row_14: tid300.Measurement | None = field(default=None, metadata={"row": "14"})
    """Row 14: INCLUDE DTID 300, VM 1, U"""

    measurement_row_15: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "15"}
    )
    """Row 15: INCLUDE DTID 300, VM 1-2, U"""


@dataclass(kw_only=True)
class StressImagingSummaryFindingRow7(TemplatePart):
    """Row 7 of TID 3317."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    value: Code
    """The value of row 7 (CODE)."""

    finding_site: list[groups.Cid3016Code | Code] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: CODE EV (363698007, SCT, \"Finding Site\"), VM 1-n, M; values BCID 3016"""


@dataclass(kw_only=True)
class StressImagingSummaryMyocardialPerfusion(TemplatePart):
    """Row 9 of TID 3317."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    value: groups.Cid3120Code | Code
    """The value of row 9 (CODE)."""

    finding_site: groups.Cid3463Code | Code = field(metadata={"row": "10"})
    """Row 10: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values BCID 3463"""

    associated_morphology: groups.Cid3121Code | Code | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: CODE EV (116676008, SCT, \"Associated Morphology\"), VM 1, U; values BCID 3121"""


@dataclass(kw_only=True)
class StressImagingSummaryFindingRow12(TemplatePart):
    """Row 12 of TID 3317."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    value: Code
    """The value of row 12 (CODE)."""

    negation_modifier_presence_of_finding: tid1350.NegationModifierPresenceOfFinding | None = field(
        default=None, metadata={"row": "13"}
    )
    """Row 13: INCLUDE DTID 1350, VM 1, U"""
