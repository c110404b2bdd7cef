"""TID 1015 Person Observer Description.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "PersonObserverDescription",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1015",
    name="Person Observer Description",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "128003", "Reader Specialty"),
            values=(("cid", "D", "7449"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("NCIt", "C54627", "Experience"),
            units=(("code", "EV", "a", "UCUM", "Year"),),
        ),
    ),
)


@dataclass(kw_only=True)
class PersonObserverDescription(TemplatePart):
    """TID 1015 Person Observer Description."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: groups.Cid7449Code
    """The value of row 1 (CODE)."""

    experience: Num = field(metadata={"row": "2"})
    """Row 2: NUM EV (C54627, NCIt, \"Experience\"), VM 1, M; units EV (a, UCUM, \"Year\")"""
