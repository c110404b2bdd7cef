"""TID 9004 Indicated Problem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "IndicatedProblem",
    "IndicatedProblemIndicatedProblem",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="9004",
    name="Indicated Problem",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "11450-4", "Problem List"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111533", "Indicated Problem"),
            vm_min=1,
            vm_max=None,
            values=(("parameter", "$ProblemList"),),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "111534", "Role of person reporting"),
            values=(("cid", "D", "7450"),),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="DATETIME",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "111535", "DateTime problem observed"),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("parameter", "$LateralityValue"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "363698007", "Finding site"),
            values=(("parameter", "$LocationValue"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "103335007", "Duration"),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "272123002", "Frequency"),
            values=(("cid", "D", "6091"),),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="DATETIME",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111536", "DateTime of last evaluation"),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121106", "Comment"),
        ),
    ),
)


@dataclass(kw_only=True)
class IndicatedProblem(TemplatePart):
    """TID 9004 Indicated Problem."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    indicated_problem: list[IndicatedProblemIndicatedProblem] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: CODE EV (111533, DCM, \"Indicated Problem\"), VM 1-n, M; values $ProblemList"""


@dataclass(kw_only=True)
class IndicatedProblemIndicatedProblem(TemplatePart):
    """Row 2 of TID 9004."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: Code
    """The value of row 2 (CODE)."""

    role_of_person_reporting: groups.Cid7450Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (111534, DCM, \"Role of person reporting\"), VM 1, U; values DCID 7450"""

    datetime_problem_observed: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: DATETIME EV (111535, DCM, \"DateTime problem observed\"), VM 1, U"""

    laterality: Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (272741003, SCT, \"Laterality\"), VM 1, U; values $LateralityValue"""

    finding_site: Code | None = field(default=None, metadata={"row": "6"})
    """Row 6: CODE EV (363698007, SCT, \"Finding site\"), VM 1, U; values $LocationValue"""

    duration: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (103335007, SCT, \"Duration\"), VM 1, U"""

    frequency: groups.Cid6091Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (272123002, SCT, \"Frequency\"), VM 1, U; values DCID 6091"""

    datetime_of_last_evaluation: str | None = field(default=None, metadata={"row": "9"})
    """Row 9: DATETIME EV (111536, DCM, \"DateTime of last evaluation\"), VM 1, U"""

    comment: str | None = field(default=None, metadata={"row": "10"})
    """Row 10: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""
