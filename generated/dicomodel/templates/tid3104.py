"""TID 3104 Consumables.

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
    "Consumables",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3104",
    name="Consumables",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1", nesting=0, value_type="CODE", requirement="M", concept_ref=("cid", "D", "3408")
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept_ref=("cid", "D", "3426"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121146", "Quantity of Material"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121147", "Billing Code"),
        ),
        RowDef(key="5", nesting=1, value_type="INCLUDE", requirement="U", include="3010"),
    ),
)


@dataclass(kw_only=True)
class Consumables(TemplatePart):
    """TID 3104 Consumables."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid3408Code
    """The concept name of row 1."""

    value: Code
    """The value of row 1 (CODE)."""

    cid_3426: list[Named[str]] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: TEXT DCID 3426, VM 1-n, U"""

    quantity_of_material: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (121146, DCM, \"Quantity of Material\"), VM 1, U"""

    billing_code: Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (121147, DCM, \"Billing Code\"), VM 1, U"""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 3010, VM 1, U"""
