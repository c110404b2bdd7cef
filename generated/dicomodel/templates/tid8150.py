"""TID 8150 Circadian Effects.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "CircadianEffects",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="8150",
    name="Circadian Effects",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "127050", "Circadian effects"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127214", "Total duration of light-dark cycle"),
            units=(("code", "EV", "h", "UCUM", "hours"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCIt", "C90419", "Light cycle"),
            units=(("code", "EV", "%", "UCUM", "%"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TIME",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127215", "Lights on time of day"),
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class CircadianEffects(TemplatePart):
    """TID 8150 Circadian Effects."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    total_duration_of_light_dark_cycle: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (127214, DCM, \"Total duration of light-dark cycle\"), VM 1, U; units EV (h, UCUM, \"hours\")"""

    light_cycle: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (C90419, NCIt, \"Light cycle\"), VM 1, U; units EV (%, UCUM, \"%\")"""

    lights_on_time_of_day: list[str] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: TIME EV (127215, DCM, \"Lights on time of day\"), VM 1-n, U"""
