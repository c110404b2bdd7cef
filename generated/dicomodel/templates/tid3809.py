"""TID 3809 Other Interventional Procedures.

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
    "OtherInterventionalProcedures",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3809",
    name="Other Interventional Procedures",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "55111-9", "Current Procedure Descriptions"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121058", "Procedure reported"),
            values=(("cid", "B", "3406"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121065", "Procedure Description"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121065", "Procedure Description"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122177", "Procedure Result"),
        ),
    ),
)


@dataclass(kw_only=True)
class OtherInterventionalProcedures(TemplatePart):
    """TID 3809 Other Interventional Procedures."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    procedure_reported: groups.Cid3406Code | Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (121058, DCM, \"Procedure reported\"), VM 1, M; values BCID 3406"""

    procedure_description: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT EV (121065, DCM, \"Procedure Description\"), VM 1, U"""

    procedure_description_row_4: Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE DT (121065, DCM, \"Procedure Description\"), VM 1, U"""

    procedure_result: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT DT (122177, DCM, \"Procedure Result\"), VM 1, U"""
