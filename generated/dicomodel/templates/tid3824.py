"""TID 3824 Summary, Cath.

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
    "SummaryCath",
    "SummaryCathFinding",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3824",
    name="Summary, Cath",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "55112-7", "Summary"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3728"),),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "246112005", "Severity"),
            values=(("cid", "D", "3716"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "55112-7", "Summary"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121075", "Recommendation"),
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class SummaryCath(TemplatePart):
    """TID 3824 Summary, Cath."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    finding: list[SummaryCathFinding] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: CODE EV (121071, DCM, \"Finding\"), VM 1-n, U; values DCID 3728"""

    summary: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: TEXT EV (55112-7, LN, \"Summary\"), VM 1, U"""

    recommendation: list[str] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: TEXT EV (121075, DCM, \"Recommendation\"), VM 1-n, U"""


@dataclass(kw_only=True)
class SummaryCathFinding(TemplatePart):
    """Row 2 of TID 3824."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: groups.Cid3728Code
    """The value of row 2 (CODE)."""

    severity: groups.Cid3716Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (246112005, SCT, \"Severity\"), VM 1, U; values DCID 3716"""
