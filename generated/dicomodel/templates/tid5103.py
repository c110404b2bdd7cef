"""TID 5103 Vascular Ultrasound Section.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300, tid5104

__all__ = [
    "TEMPLATE",
    "VascularUltrasoundSection",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5103",
    name="Vascular Ultrasound Section",
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
            values=(("parameter", "$SectionScope"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("parameter", "$SectionLaterality"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="5104",
            vm_min=1,
            vm_max=None,
            bindings=(("$AnatomyGroup", (("parameter", "$Anatomy"),)),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(("$Measurement", (("parameter", "$AnatomyRatio"),)),),
        ),
    ),
)


@dataclass(kw_only=True)
class VascularUltrasoundSection(TemplatePart):
    """TID 5103 Vascular Ultrasound Section."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    finding_site: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values $SectionScope"""

    laterality: Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (272741003, SCT, \"Laterality\"), VM 1, M; values $SectionLaterality"""

    vascular_ultrasound_measurement_group: list[tid5104.VascularUltrasoundMeasurementGroup] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 5104, VM 1-n, M"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 300, VM 1-n, U"""
