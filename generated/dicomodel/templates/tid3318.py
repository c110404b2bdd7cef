"""TID 3318 Comparison to Prior Stress Study.

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
    "ComparisonToPriorStressStudy",
    "ComparisonToPriorStressStudyProcedureReported",
    "ComparisonToPriorStressStudyMyocardialPerfusion",
    "ComparisonToPriorStressStudyLvWallMotion",
    "ComparisonToPriorStressStudyDifferenceInEdLvVolumeRow14",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3318",
    name="Comparison to Prior Stress Study",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "111424", "Comparison to previous studies"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121058", "Procedure Reported"),
            values=(("cid", "B", "3200"),),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="DATETIME",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122146", "Procedure DateTime"),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="UIDREF",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121018", "Procedure Study Instance UID"),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="COMPOSITE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122075", "Prior report for current patient"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "248243004", "Exercise tolerance"),
            values=(("cid", "B", "3236"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "251053005", "Myocardial Perfusion"),
            values=(("cid", "B", "3235"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "370129005", "Measurement Method"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "3215"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "250909007", "LV Wall motion"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "3237"),),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "109054", "Patient State"),
            values=(("cid", "D", "3102"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111424", "Comparison to previous studies"),
            values=(("cid", "B", "3217"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122768", "Difference in Ejection Fraction"),
            units=(("code", "EV", "%", "UCUM", "%"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122769", "Difference in ED LV Volume"),
            units=(("code", "EV", "ml", "UCUM", "ml"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122769", "Difference in ED LV Volume"),
            units=(("code", "EV", "ml/m2", "UCUM", "ml/m2"),),
        ),
        RowDef(
            key="15",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121425", "Index"),
            values=(("code", "DT", "8277-6", "LN", "BSA"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ComparisonToPriorStressStudy(TemplatePart):
    """TID 3318 Comparison to Prior Stress Study."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    procedure_reported: ComparisonToPriorStressStudyProcedureReported | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: CODE DT (121058, DCM, \"Procedure Reported\"), VM 1, U; values BCID 3200"""

    exercise_tolerance: groups.Cid3236Code | Code | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: CODE DT (248243004, SCT, \"Exercise tolerance\"), VM 1, U; values BCID 3236"""

    myocardial_perfusion: ComparisonToPriorStressStudyMyocardialPerfusion | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: CODE DT (251053005, SCT, \"Myocardial Perfusion\"), VM 1, U; values BCID 3235"""

    lv_wall_motion: list[ComparisonToPriorStressStudyLvWallMotion] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: CODE DT (250909007, SCT, \"LV Wall motion\"), VM 1-n, U; values BCID 3237"""

    comparison_to_previous_studies: groups.Cid3217Code | Code | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: CODE EV (111424, DCM, \"Comparison to previous studies\"), VM 1, U; values BCID 3217"""

    difference_in_ejection_fraction: Num | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM DT (122768, DCM, \"Difference in Ejection Fraction\"), VM 1, U; units EV (%, UCUM, \"%\")"""

    difference_in_ed_lv_volume: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM DT (122769, DCM, \"Difference in ED LV Volume\"), VM 1, U; units EV (ml, UCUM, \"ml\")"""

    difference_in_ed_lv_volume_row_14: (
        ComparisonToPriorStressStudyDifferenceInEdLvVolumeRow14 | None
    ) = field(default=None, metadata={"row": "14"})
    """Row 14: NUM DT (122769, DCM, \"Difference in ED LV Volume\"), VM 1, U; units EV (ml/m2, UCUM, \"ml/m2\")"""


@dataclass(kw_only=True)
class ComparisonToPriorStressStudyProcedureReported(TemplatePart):
    """Row 2 of TID 3318."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: groups.Cid3200Code | Code
    """The value of row 2 (CODE)."""

    procedure_datetime: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: DATETIME EV (122146, DCM, \"Procedure DateTime\"), VM 1, U"""

    procedure_study_instance_uid: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: UIDREF EV (121018, DCM, \"Procedure Study Instance UID\"), VM 1, U"""

    prior_report_for_current_patient: list[Reference] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: COMPOSITE EV (122075, DCM, \"Prior report for current patient\"), VM 1-n, U"""


@dataclass(kw_only=True)
class ComparisonToPriorStressStudyMyocardialPerfusion(TemplatePart):
    """Row 7 of TID 3318."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    value: groups.Cid3235Code | Code
    """The value of row 7 (CODE)."""

    measurement_method: list[groups.Cid3215Code | Code] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: CODE EV (370129005, SCT, \"Measurement Method\"), VM 1-n, U; values BCID 3215"""


@dataclass(kw_only=True)
class ComparisonToPriorStressStudyLvWallMotion(TemplatePart):
    """Row 9 of TID 3318."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    value: groups.Cid3237Code | Code
    """The value of row 9 (CODE)."""

    patient_state: groups.Cid3102Code = field(metadata={"row": "10"})
    """Row 10: CODE EV (109054, DCM, \"Patient State\"), VM 1, M; values DCID 3102"""


@dataclass(kw_only=True)
class ComparisonToPriorStressStudyDifferenceInEdLvVolumeRow14(TemplatePart):
    """Row 14 of TID 3318."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "14"

    value: Num
    """The value of row 14 (NUM)."""

    index: Code = field(metadata={"row": "15"})
    """Row 15: CODE EV (121425, DCM, \"Index\"), VM 1, M; values DT (8277-6, LN, \"BSA\")"""
