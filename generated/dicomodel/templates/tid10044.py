"""TID 10044 Radiation Source Characteristics.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import ContentItem, Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "RadiationSourceCharacteristics",
    "RadiationSourceCharacteristicsAttenuatorCharacteristics",
    "RadiationSourceCharacteristicsAttenuatorCharacteristicsXRayFilterThickness",
    "RadiationSourceCharacteristicsAttenuatorCharacteristicsEquivalentAttenuatorThickness",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10044",
    name="Radiation Source Characteristics",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130508", "Radiation Source Characteristics"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111526", "DateTime Started"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111527", "DateTime Ended"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113832", "Identification of the X-Ray Source"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113766", "Focal Spot Size"),
            condition="XOR Row 6",
            condition_status="parsed",
            required_if=("not", ("row_present", "6")),
            forbidden_if=("row_present", "6"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="TABLE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113766", "Focal Spot Size"),
            condition="XOR Row 5",
            condition_status="parsed",
            required_if=("not", ("row_present", "5")),
            forbidden_if=("row_present", "5"),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "111632", "Anode Target Material"),
            condition="XOR Row 8",
            condition_status="parsed",
            required_if=("not", ("row_present", "8")),
            forbidden_if=("row_present", "8"),
            values=(("cid", "D", "10016"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="TABLE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "111632", "Anode Target Material"),
            condition="XOR Row 7",
            condition_status="parsed",
            required_if=("not", ("row_present", "7")),
            forbidden_if=("row_present", "7"),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130531", "Attenuator Characteristics"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113757", "X-Ray Filter Material"),
            condition="XOR Row 13",
            condition_status="parsed",
            required_if=("not", ("row_present", "13")),
            forbidden_if=("row_present", "13"),
            values=(("cid", "D", "10067"),),
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "130509", "X-Ray Filter Thickness"),
            condition="IFF Row 10 is present",
            condition_status="parsed",
            required_if=("row_present", "10"),
            forbidden_if=("not", ("row_present", "10")),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="12",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130510", "Reported Value Type"),
            values=(("cid", "D", "10072"),),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128465", "Equivalent Attenuator Material"),
            condition="XOR Row 10",
            condition_status="parsed",
            required_if=("not", ("row_present", "10")),
            forbidden_if=("row_present", "10"),
            values=(("cid", "D", "10067"),),
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "128469", "Equivalent Attenuator Thickness"),
            condition="IFF Row 13 is present",
            condition_status="parsed",
            required_if=("row_present", "13"),
            forbidden_if=("not", ("row_present", "13")),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="15",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130510", "Reported Value Type"),
            values=(("cid", "D", "10072"),),
        ),
    ),
)


@dataclass(kw_only=True)
class RadiationSourceCharacteristics(TemplatePart):
    """TID 10044 Radiation Source Characteristics."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    datetime_started: str = field(metadata={"row": "2"})
    """Row 2: DATETIME DT (111526, DCM, \"DateTime Started\"), VM 1, M"""

    datetime_ended: str = field(metadata={"row": "3"})
    """Row 3: DATETIME DT (111527, DCM, \"DateTime Ended\"), VM 1, M"""

    identification_of_the_x_ray_source: str = field(metadata={"row": "4"})
    """Row 4: TEXT EV (113832, DCM, \"Identification of the X-Ray Source\"), VM 1, M"""

    focal_spot_size: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (113766, DCM, \"Focal Spot Size\"), VM 1, MC: XOR Row 6; units EV (mm, UCUM, \"mm\")"""

    focal_spot_size_row_6: ContentItem | None = field(default=None, metadata={"row": "6"})
    """Row 6: TABLE EV (113766, DCM, \"Focal Spot Size\"), VM 1, MC: XOR Row 5"""

    anode_target_material: groups.Cid10016Code | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE EV (111632, DCM, \"Anode Target Material\"), VM 1, UC: XOR Row 8; values DCID 10016"""

    anode_target_material_row_8: ContentItem | None = field(default=None, metadata={"row": "8"})
    """Row 8: TABLE EV (111632, DCM, \"Anode Target Material\"), VM 1, UC: XOR Row 7"""

    attenuator_characteristics: list[RadiationSourceCharacteristicsAttenuatorCharacteristics] = (
        field(default_factory=no_items, metadata={"row": "9"})
    )
    """Row 9: CONTAINER EV (130531, DCM, \"Attenuator Characteristics\"), VM 1-n, U"""


@dataclass(kw_only=True)
class RadiationSourceCharacteristicsAttenuatorCharacteristics(TemplatePart):
    """Row 9 of TID 10044."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    x_ray_filter_material: groups.Cid10067Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE EV (113757, DCM, \"X-Ray Filter Material\"), VM 1, MC: XOR Row 13; values DCID 10067"""

    x_ray_filter_thickness: (
        RadiationSourceCharacteristicsAttenuatorCharacteristicsXRayFilterThickness | None
    ) = field(default=None, metadata={"row": "11"})
    """Row 11: NUM EV (130509, DCM, \"X-Ray Filter Thickness\"), VM 1, MC: IFF Row 10 is present; units EV (mm, UCUM, \"mm\")"""

    equivalent_attenuator_material: groups.Cid10067Code | None = field(
        default=None, metadata={"row": "13"}
    )
    """Row 13: CODE EV (128465, DCM, \"Equivalent Attenuator Material\"), VM 1, MC: XOR Row 10; values DCID 10067"""

    equivalent_attenuator_thickness: (
        RadiationSourceCharacteristicsAttenuatorCharacteristicsEquivalentAttenuatorThickness | None
    ) = field(default=None, metadata={"row": "14"})
    """Row 14: NUM EV (128469, DCM, \"Equivalent Attenuator Thickness\"), VM 1, MC: IFF Row 13 is present; units EV (mm, UCUM, \"mm\")"""


@dataclass(kw_only=True)
class RadiationSourceCharacteristicsAttenuatorCharacteristicsXRayFilterThickness(TemplatePart):
    """Row 11 of TID 10044."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "11"

    value: Num
    """The value of row 11 (NUM)."""

    reported_value_type: groups.Cid10072Code | None = field(default=None, metadata={"row": "12"})
    """Row 12: CODE EV (130510, DCM, \"Reported Value Type\"), VM 1, U; values DCID 10072"""


@dataclass(kw_only=True)
class RadiationSourceCharacteristicsAttenuatorCharacteristicsEquivalentAttenuatorThickness(
    TemplatePart
):
    """Row 14 of TID 10044."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "14"

    value: Num
    """The value of row 14 (NUM)."""

    reported_value_type: groups.Cid10072Code | None = field(default=None, metadata={"row": "15"})
    """Row 15: CODE EV (130510, DCM, \"Reported Value Type\"), VM 1, U; values DCID 10072"""
