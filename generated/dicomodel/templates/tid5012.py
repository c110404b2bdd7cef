"""TID 5012 Ovaries Section.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid5016

__all__ = [
    "TEMPLATE",
    "OvariesSection",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5012",
    name="Ovaries Section",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("code", "DT", "15497006", "SCT", "Ovary"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5016",
            bindings=(
                ("$GroupName", (("code", "EV", "15497006", "SCT", "Ovary"),)),
                ("$Width", (("code", "EV", "11829-9", "LN", "Left Ovary Width"),)),
                ("$Length", (("code", "EV", "11840-6", "LN", "Left Ovary Length"),)),
                ("$Height", (("code", "EV", "11857-0", "LN", "Left Ovary Height"),)),
                ("$Volume", (("code", "EV", "12164-0", "LN", "Left Ovary Volume"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5016",
            bindings=(
                ("$GroupName", (("code", "EV", "15497006", "SCT", "Ovary"),)),
                ("$Width", (("code", "EV", "11830-7", "LN", "Right Ovary Width"),)),
                ("$Length", (("code", "EV", "11841-4", "LN", "Right Ovary Length"),)),
                ("$Height", (("code", "EV", "11858-8", "LN", "Right Ovary Height"),)),
                ("$Volume", (("code", "EV", "12165-7", "LN", "Right Ovary Volume"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class OvariesSection(TemplatePart):
    """TID 5012 Ovaries Section."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    finding_site: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values DT (15497006, SCT, \"Ovary\")"""

    lwh_volume_group: tid5016.LWHVolumeGroup | None = field(default=None, metadata={"row": "3"})
    """Row 3: INCLUDE DTID 5016, VM 1, U"""

    lwh_volume_group_row_4: tid5016.LWHVolumeGroup | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 5016, VM 1, U"""
