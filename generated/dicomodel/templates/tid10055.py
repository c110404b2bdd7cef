"""TID 10055 Attenuator Characteristics.

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
    "AttenuatorCharacteristics",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10055",
    name="Attenuator Characteristics",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130531", "Attenuator Characteristics"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130527", "Identification of the Attenuator"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "128458", "Attenuator Category"),
            values=(("cid", "D", "10066"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113757", "X-Ray Filter Material"),
            condition="XOR Row 5",
            condition_status="parsed",
            required_if=("not", ("row_present", "5")),
            forbidden_if=("row_present", "5"),
            values=(("cid", "D", "10067"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128465", "Equivalent Attenuator Material"),
            condition="XOR Row 4",
            condition_status="parsed",
            required_if=("not", ("row_present", "4")),
            forbidden_if=("row_present", "4"),
            values=(("cid", "D", "10067"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113772", "X-Ray Filter Type"),
            values=(("cid", "D", "10007"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113758", "X-Ray Filter Thickness Minimum"),
            condition="XOR Row 9",
            condition_status="parsed",
            required_if=("not", ("row_present", "9")),
            forbidden_if=("row_present", "9"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113773", "X-Ray Filter Thickness Maximum"),
            condition="IFF Row 7 is present",
            condition_status="parsed",
            required_if=("row_present", "7"),
            forbidden_if=("not", ("row_present", "7")),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "130509", "X-Ray Filter Thickness"),
            condition="XOR Row 7",
            condition_status="parsed",
            required_if=("not", ("row_present", "7")),
            forbidden_if=("row_present", "7"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
    ),
)


@dataclass(kw_only=True)
class AttenuatorCharacteristics(TemplatePart):
    """TID 10055 Attenuator Characteristics."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    identification_of_the_attenuator: str = field(metadata={"row": "2"})
    """Row 2: TEXT EV (130527, DCM, \"Identification of the Attenuator\"), VM 1, M"""

    attenuator_category: groups.Cid10066Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (128458, DCM, \"Attenuator Category\"), VM 1, M; values DCID 10066"""

    x_ray_filter_material: groups.Cid10067Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (113757, DCM, \"X-Ray Filter Material\"), VM 1, MC: XOR Row 5; values DCID 10067"""

    equivalent_attenuator_material: groups.Cid10067Code | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: CODE EV (128465, DCM, \"Equivalent Attenuator Material\"), VM 1, MC: XOR Row 4; values DCID 10067"""

    x_ray_filter_type: groups.Cid10007Code = field(metadata={"row": "6"})
    """Row 6: CODE EV (113772, DCM, \"X-Ray Filter Type\"), VM 1, M; values DCID 10007"""

    x_ray_filter_thickness_minimum: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (113758, DCM, \"X-Ray Filter Thickness Minimum\"), VM 1, MC: XOR Row 9; units EV (mm, UCUM, \"mm\")"""

    x_ray_filter_thickness_maximum: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (113773, DCM, \"X-Ray Filter Thickness Maximum\"), VM 1, MC: IFF Row 7 is present; units EV (mm, UCUM, \"mm\")"""

    x_ray_filter_thickness: Num | None = field(default=None, metadata={"row": "9"})
    """Row 9: NUM EV (130509, DCM, \"X-Ray Filter Thickness\"), VM 1, MC: XOR Row 7; units EV (mm, UCUM, \"mm\")"""
