"""TID 3829 Problem Properties.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ProblemProperties",
    "ProblemPropertiesCid3769",
    "ProblemPropertiesTherapy",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3829",
    name="Problem Properties",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "121430", "Concern"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="DATETIME",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121431", "DateTime Concern Noted"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="DATETIME",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121432", "DateTime Concern Resolved"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "3769"),
            values=(("parameter", "$Problem"),),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept_ref=("parameter", "$ModType"),
            vm_min=1,
            vm_max=None,
            values=(("parameter", "$ModValue"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="DATETIME",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111526", "DateTime Started"),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="DATETIME",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121433", "DateTime Problem Resolved"),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("LN", "33999-4", "Status"),
            values=(("cid", "D", "3770"),),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "246112005", "Severity"),
            values=(("cid", "D", "3716"),),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "258214002", "Stage"),
            values=(("parameter", "$Stage"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11323-3", "Health status"),
            values=(("cid", "D", "3772"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "277132007", "Therapy"),
            vm_min=1,
            vm_max=None,
            values=(("parameter", "$Therapy"),),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("LN", "33999-4", "Status"),
            values=(("cid", "D", "3773"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
    ),
)


@dataclass(kw_only=True)
class ProblemProperties(TemplatePart):
    """TID 3829 Problem Properties."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    datetime_concern_noted: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: DATETIME DT (121431, DCM, \"DateTime Concern Noted\"), VM 1, U"""

    datetime_concern_resolved: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: DATETIME DT (121432, DCM, \"DateTime Concern Resolved\"), VM 1, U"""

    cid_3769: ProblemPropertiesCid3769 = field(metadata={"row": "4"})
    """Row 4: CODE DCID 3769, VM 1, M; values $Problem"""

    health_status: groups.Cid3772Code | None = field(default=None, metadata={"row": "11"})
    """Row 11: CODE DT (11323-3, LN, \"Health status\"), VM 1, U; values DCID 3772"""

    therapy: list[ProblemPropertiesTherapy] = field(
        default_factory=no_items, metadata={"row": "12"}
    )
    """Row 12: CODE EV (277132007, SCT, \"Therapy\"), VM 1-n, U; values $Therapy"""

    comment: str | None = field(default=None, metadata={"row": "14"})
    """Row 14: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""


@dataclass(kw_only=True)
class ProblemPropertiesCid3769(TemplatePart):
    """Row 4 of TID 3829."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    concept: groups.Cid3769Code
    """The concept name of row 4."""

    value: Code
    """The value of row 4 (CODE)."""

    modtype: list[Named[Code]] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: CODE $ModType, VM 1-n, U; values $ModValue"""

    datetime_started: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: DATETIME DT (111526, DCM, \"DateTime Started\"), VM 1, U"""

    datetime_problem_resolved: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: DATETIME DT (121433, DCM, \"DateTime Problem Resolved\"), VM 1, U"""

    status: groups.Cid3770Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE DT (33999-4, LN, \"Status\"), VM 1, U; values DCID 3770"""

    severity: groups.Cid3716Code | None = field(default=None, metadata={"row": "9"})
    """Row 9: CODE DT (246112005, SCT, \"Severity\"), VM 1, U; values DCID 3716"""

    stage: Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE DT (258214002, SCT, \"Stage\"), VM 1, U; values $Stage"""


@dataclass(kw_only=True)
class ProblemPropertiesTherapy(TemplatePart):
    """Row 12 of TID 3829."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    value: Code
    """The value of row 12 (CODE)."""

    status: groups.Cid3773Code | None = field(default=None, metadata={"row": "13"})
    """Row 13: CODE DT (33999-4, LN, \"Status\"), VM 1, U; values DCID 3773"""
