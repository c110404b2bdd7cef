"""TID 5025 OB-GYN Fetal Vascular Ultrasound Measurement Group.

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
    from dicomodel.templates import tid300, tid1008

__all__ = [
    "TEMPLATE",
    "OBGYNFetalVascularUltrasoundMeasurementGroup",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5025",
    name="OB-GYN Fetal Vascular Ultrasound Measurement Group",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept_ref=("parameter", "$AnatomyGroup"),
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
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            condition="IFF anatomy has laterality",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IFF anatomy has laterality"),
            forbidden_if=(
                "not",
                ("unknown", "outside the content tree: IFF anatomy has laterality"),
            ),
            values=(("cid", "D", "244"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$MeasType", (("cid", "D", "12119"),)),
                ("$Derivation", (("cid", "D", "3627"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class OBGYNFetalVascularUltrasoundMeasurementGroup(TemplatePart):
    """TID 5025 OB-GYN Fetal Vascular Ultrasound Measurement Group."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: Code
    """The concept name of row 1."""

    subject_context_fetus: tid1008.SubjectContextFetus | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1008, VM 1, MC: IF this Template is invoked more than once to describe more than one fetus"""

    laterality: groups.Cid244Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (272741003, SCT, \"Laterality\"), VM 1, MC: IFF anatomy has laterality; values DCID 244"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 300, VM 1-n, M"""
