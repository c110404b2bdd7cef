"""TID 5026 OB-GYN Pelvic Vascular Ultrasound Measurement Group.

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
    "OBGYNPelvicVascularUltrasoundMeasurementGroup",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5026",
    name="OB-GYN Pelvic Vascular Ultrasound Measurement Group",
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
            key="3",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "112050", "Anatomic Identifier"),
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
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "125105", "Measurement Orientation"),
            values=(("cid", "D", "12118"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "125106", "Doppler Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "125107", "Sample Volume Depth"),
            units=(("code", "EV", "cm", "UCUM", "cm"),),
        ),
    ),
)


@dataclass(kw_only=True)
class OBGYNPelvicVascularUltrasoundMeasurementGroup(TemplatePart):
    """TID 5026 OB-GYN Pelvic Vascular Ultrasound Measurement Group."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: Code
    """The concept name of row 1."""

    laterality: groups.Cid244Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (272741003, SCT, \"Laterality\"), VM 1, MC: IFF anatomy has laterality; values DCID 244"""

    anatomic_identifier: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT EV (112050, DCM, \"Anatomic Identifier\"), VM 1, U"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 300, VM 1-n, M"""
