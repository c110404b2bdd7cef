"""TID 5105 Ultrasound Graft Section.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "UltrasoundGraftSection",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5105",
    name="Ultrasound Graft Section",
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
            values=(("code", "DT", "312288001", "SCT", "Vascular Graft"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "244"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "128949003", "Graft to proximal anastomosis"),
            values=(("cid", "B", "12103"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "128948006", "Graft to distal Anastomosis"),
            values=(("cid", "B", "12103"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "125102", "Graft Type"),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(("$Measurement", (("cid", "D", "12119"),)),),
        ),
    ),
)


@dataclass(kw_only=True)
class UltrasoundGraftSection(TemplatePart):
    """TID 5105 Ultrasound Graft Section."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    finding_site: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values DT (312288001, SCT, \"Vascular Graft\")"""

    laterality: groups.Cid244Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (272741003, SCT, \"Laterality\"), VM 1, U; values DCID 244"""

    graft_to_proximal_anastomosis: groups.Cid12103Code | Code = field(metadata={"row": "4"})
    """Row 4: CODE DT (128949003, SCT, \"Graft to proximal anastomosis\"), VM 1, M; values BCID 12103"""

    graft_to_distal_anastomosis: groups.Cid12103Code | Code = field(metadata={"row": "5"})
    """Row 5: CODE DT (128948006, SCT, \"Graft to distal Anastomosis\"), VM 1, M; values BCID 12103"""

    graft_type: Code | None = field(default=None, metadata={"row": "6"})
    """Row 6: CODE DT (125102, DCM, \"Graft Type\"), VM 1, U"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "7"})
    """Row 7: INCLUDE DTID 300, VM 1-n, M"""
