"""TID 5006 Fetal Long Bones Section.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1008, tid5008

__all__ = [
    "TEMPLATE",
    "FetalLongBonesSection",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5006",
    name="Fetal Long Bones Section",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "125003", "Fetal Long Bones"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            include="1008",
            condition="IF this Template is invoked more than once to describe more than one fetus",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF this Template is invoked more than once to describe more than one fetus",
            ),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="5008",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$BiometryType", (("cid", "D", "12006"),)),
                ("$TargetSite", (("cid", "D", "12021"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class FetalLongBonesSection(TemplatePart):
    """TID 5006 Fetal Long Bones Section."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    subject_context_fetus: tid1008.SubjectContextFetus | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1008, VM 1, MC: IF this Template is invoked more than once to describe more than one fetus"""

    fetal_biometry_group: list[tid5008.FetalBiometryGroup] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 5008, VM 1-n, M"""
