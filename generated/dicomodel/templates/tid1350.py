"""TID 1350 Negation Modifier, Presence of Finding.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import ContentItem, Coordinates, Num, Reference
from dicomodel.sr.parts import Named, TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    pass

__all__ = [
    "TEMPLATE",
    "NegationModifierPresenceOfFinding",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1350",
    name="Negation Modifier, Presence of Finding",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121052", "Presence of property"),
            values=(("cid", "D", "240"),),
        ),
    ),
)


@dataclass(kw_only=True)
class NegationModifierPresenceOfFinding(TemplatePart):
    """TID 1350 Negation Modifier, Presence of Finding."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    presence_of_property: Code = field(metadata={"row": "1"})
    """Row 1: CODE EV (121052, DCM, \"Presence of property\"), VM 1, M; values DCID 240"""
