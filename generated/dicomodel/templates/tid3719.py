"""TID 3719 Summary, ECG.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "SummaryECG",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3719",
    name="Summary, ECG",
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
            concept=Code("LN", "55112-7", "Summary"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "55112-7", "Summary"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "18810-2", "ECG overall finding"),
            values=(("cid", "D", "3677"),),
        ),
    ),
)


@dataclass(kw_only=True)
class SummaryECG(TemplatePart):
    """TID 3719 Summary, ECG."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    summary: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (55112-7, LN, \"Summary\"), VM 1, U"""

    ecg_overall_finding: groups.Cid3677Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE DT (18810-2, LN, \"ECG overall finding\"), VM 1, U; values DCID 3677"""
