"""TID 8110 Biosafety Conditions.

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
    "BiosafetyConditions",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="8110",
    name="Biosafety Conditions",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "127010", "Biosafety conditions"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "409599009", "Biosafety level"),
            values=(("cid", "D", "601"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127011", "Reason for biosafety controls"),
            values=(("cid", "D", "602"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
    ),
)


@dataclass(kw_only=True)
class BiosafetyConditions(TemplatePart):
    """TID 8110 Biosafety Conditions."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    biosafety_level: groups.Cid601Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (409599009, SCT, \"Biosafety level\"), VM 1, U; values DCID 601"""

    reason_for_biosafety_controls: groups.Cid602Code | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: CODE EV (127011, DCM, \"Reason for biosafety controls\"), VM 1, U; values DCID 602"""

    comment: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""
