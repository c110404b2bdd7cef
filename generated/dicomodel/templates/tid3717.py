"""TID 3717 ECG Qualitative Analysis.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ECGQualitativeAnalysis",
    "ECGQualitativeAnalysisEcgFindingRow3",
    "ECGQualitativeAnalysisEcgFindingRow3EcgFinding",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3717",
    name="ECG Qualitative Analysis",
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
            concept=Code("DCM", "122145", "Qualitative Analysis"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("SCT", "271921002", "ECG Finding"),
            condition="At least one of Rows 2 and 3 shall be present",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "2"), ("row_present", "3"))),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("SCT", "271921002", "ECG Finding"),
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 2 and 3 shall be present",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "2"), ("row_present", "3"))),
            values=(("cid", "B", "3230"),),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121051", "Equivalent Meaning of Value"),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="INFERRED FROM",
            concept=Code("SCT", "271921002", "ECG Finding"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=3,
            value_type="TEXT",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121051", "Equivalent Meaning of Value"),
        ),
    ),
)


@dataclass(kw_only=True)
class ECGQualitativeAnalysis(TemplatePart):
    """TID 3717 ECG Qualitative Analysis."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    ecg_finding: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (271921002, SCT, \"ECG Finding\"), VM 1, MC: At least one of Rows 2 and 3 shall be present"""

    ecg_finding_row_3: list[ECGQualitativeAnalysisEcgFindingRow3] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CODE EV (271921002, SCT, \"ECG Finding\"), VM 1-n, MC: At least one of Rows 2 and 3 shall be present; values BCID 3230"""


@dataclass(kw_only=True)
class ECGQualitativeAnalysisEcgFindingRow3(TemplatePart):
    """Row 3 of TID 3717."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: groups.Cid3230Code | Code
    """The value of row 3 (CODE)."""

    equivalent_meaning_of_value: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: TEXT EV (121051, DCM, \"Equivalent Meaning of Value\"), VM 1, U"""

    ecg_finding: list[ECGQualitativeAnalysisEcgFindingRow3EcgFinding] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: CODE EV (271921002, SCT, \"ECG Finding\"), VM 1-n, U"""


@dataclass(kw_only=True)
class ECGQualitativeAnalysisEcgFindingRow3EcgFinding(TemplatePart):
    """Row 5 of TID 3717."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: Code
    """The value of row 5 (CODE)."""

    equivalent_meaning_of_value: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: TEXT EV (121051, DCM, \"Equivalent Meaning of Value\"), VM 1, U"""
