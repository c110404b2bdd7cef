"""TID 3107 Device Used.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3010

__all__ = [
    "TEMPLATE",
    "DeviceUsed",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3107",
    name="Device Used",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept_ref=("cid", "D", "3422"),
            values=(("cid", "B", "3429"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121150", "Device Code"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121145", "Description of Material"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept_ref=("cid", "D", "3423"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "363704007", "Procedure site"),
            values=(("cid", "B", "3630"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363703001", "Has Intent"),
            values=(("code", "DT", "121155", "DCM", "Deployment"),),
        ),
        RowDef(key="7", nesting=1, value_type="INCLUDE", requirement="U", include="3010"),
    ),
)


@dataclass(kw_only=True)
class DeviceUsed(TemplatePart):
    """TID 3107 Device Used."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid3422Code
    """The concept name of row 1."""

    value: groups.Cid3429Code | Code
    """The value of row 1 (CODE)."""

    device_code: list[Code] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: CODE EV (121150, DCM, \"Device Code\"), VM 1-n, U"""

    description_of_material: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT EV (121145, DCM, \"Description of Material\"), VM 1, U"""

    cid_3423: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: NUM DCID 3423, VM 1-n, U"""

    procedure_site: groups.Cid3630Code | Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (363704007, SCT, \"Procedure site\"), VM 1, U; values BCID 3630"""

    has_intent: Code | None = field(default=None, metadata={"row": "6"})
    """Row 6: CODE EV (363703001, SCT, \"Has Intent\"), VM 1, U; values DT (121155, DCM, \"Deployment\")"""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 3010, VM 1, U"""
