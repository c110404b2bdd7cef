"""TID 5010 Amniotic Sac Section.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300, tid1008

__all__ = [
    "TEMPLATE",
    "AmnioticSacSection",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5010",
    name="Amniotic Sac Section",
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
            values=(("code", "DT", "70847004", "SCT", "Amniotic Sac"),),
        ),
        RowDef(
            key="2a",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            include="1008",
            condition="IF this Template is invoked more than once",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF this Template is invoked more than once",
            ),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "DT", "11627-7", "LN", "Amniotic Fluid Index"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=4,
            vm_max=4,
            bindings=(("$Measurement", (("cid", "D", "12008"),)),),
        ),
    ),
)


@dataclass(kw_only=True)
class AmnioticSacSection(TemplatePart):
    """TID 5010 Amniotic Sac Section."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    finding_site: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values DT (70847004, SCT, \"Amniotic Sac\")"""

    subject_context_fetus: tid1008.SubjectContextFetus | None = field(
        default=None, metadata={"row": "2a"}
    )
    """Row 2a: INCLUDE DTID 1008, VM 1, MC: IF this Template is invoked more than once"""

    measurement: tid300.Measurement = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 300, VM 1, M"""

    measurement_row_4: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 300, VM 4, U"""
