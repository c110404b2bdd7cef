"""TID 3111 Percutaneous Entry.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3010

__all__ = [
    "TEMPLATE",
    "PercutaneousEntry",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3111",
    name="Percutaneous Entry",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "121156", "Percutaneous Entry Action"),
            values=(("cid", "D", "3403"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "244"),),
        ),
        RowDef(key="3", nesting=1, value_type="INCLUDE", requirement="U", include="3010"),
    ),
)


@dataclass(kw_only=True)
class PercutaneousEntry(TemplatePart):
    """TID 3111 Percutaneous Entry."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: groups.Cid3403Code
    """The value of row 1 (CODE)."""

    laterality: groups.Cid244Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (272741003, SCT, \"Laterality\"), VM 1, U; values DCID 244"""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 3010, VM 1, U"""
