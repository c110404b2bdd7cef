"""TID 1350 Negation Modifier, Presence of Finding.

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

    presence_of_property: groups.Cid240Code = field(metadata={"row": "1"})
    """Row 1: CODE EV (121052, DCM, \"Presence of property\"), VM 1, M; values DCID 240"""
