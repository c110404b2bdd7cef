"""TID 11004 Imaging Agent Component.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ImagingAgentComponent",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="11004",
    name="Imaging Agent Component",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130238", "Imaging Agent Component"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122083", "Drug administered"),
            values=(
                ("cid", "D", "12"),
                ("cid", "D", "3204"),
                ("cid", "D", "70"),
                ("cid", "D", "66"),
            ),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "127489000", "Active Ingredient"),
            values=(("cid", "D", "13"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113510", "Drug Product Identifier"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122093", "Concentration"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "282258000", "Molarity"),
            units=(("code", "EV", "mmol/l", "UCUM", "mmol/l"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "56953008", "Osmolality"),
            values=(("cid", "D", "75"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "126380", "Contrast Longitudinal Relaxivity"),
            units=(("code", "EV", "l/mmol/s", "UCUM", "l/mmol/s"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130188", "Contrast Transverse Relaxivity"),
            units=(("code", "EV", "l/mmol/s", "UCUM", "l/mmol/s"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130184", "Osmolality at 37C"),
            units=(("code", "EV", "mosm/kg", "UCUM", "mosm/kg"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130185", "Osmolarity at 37C"),
            units=(("code", "EV", "mmol/l", "UCUM", "mmol/l"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130186", "Viscosity at 37C"),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130189", "Is Ionic"),
            values=(("cid", "D", "231"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130190", "Dosing Factor"),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "732935002", "Unit of Presentation"),
            values=(("cid", "D", "68"),),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130221", "Imaging Agent Volume Per Unit of Presentation"),
            units=(("code", "EV", "ml", "UCUM", "ml"),),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121147", "Billing Code"),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121145", "Description of Material"),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="DATE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCIt", "C70854", "Medical Product Expiration Date"),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("UMLS", "C0947322", "Manufacturer Name"),
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111529", "Brand Name"),
        ),
        RowDef(
            key="22",
            nesting=1,
            value_type="TEXT",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "130231", "Barcode Value"),
            vm_min=1,
            vm_max=None,
            condition='IFF root Concept Name Code Sequence = (130226, DCM, "Planned Imaging Agent Administration")',
            condition_status="parsed",
            required_if=("root_concept", (("130226", "DCM"),)),
            forbidden_if=("not", ("root_concept", (("130226", "DCM"),))),
        ),
        RowDef(
            key="23",
            nesting=1,
            value_type="TEXT",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "130231", "Barcode Value"),
            condition='IFF root Concept Name Code Sequence = (130227, DCM, "Performed Imaging Agent Administration")',
            condition_status="parsed",
            required_if=("root_concept", (("130227", "DCM"),)),
            forbidden_if=("not", ("root_concept", (("130227", "DCM"),))),
        ),
        RowDef(
            key="24",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121148", "Unit Serial Identifier"),
        ),
        RowDef(
            key="25",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121149", "Lot Identifier"),
        ),
        RowDef(
            key="26",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "128739", "UDI"),
        ),
    ),
)


@dataclass(kw_only=True)
class ImagingAgentComponent(TemplatePart):
    """TID 11004 Imaging Agent Component."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    drug_administered: (
        groups.Cid12Code | groups.Cid3204Code | groups.Cid70Code | groups.Cid66Code
    ) = field(metadata={"row": "2"})
    """Row 2: CODE EV (122083, DCM, \"Drug administered\"), VM 1, M; values DCID 12, DCID 3204, DCID 70, DCID 66"""

    active_ingredient: groups.Cid13Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (127489000, SCT, \"Active Ingredient\"), VM 1, U; values DCID 13"""

    drug_product_identifier: Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (113510, DCM, \"Drug Product Identifier\"), VM 1, U"""

    concentration: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (122093, DCM, \"Concentration\"), VM 1, U"""

    molarity: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (282258000, SCT, \"Molarity\"), VM 1, U; units EV (mmol/l, UCUM, \"mmol/l\")"""

    osmolality: groups.Cid75Code | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE EV (56953008, SCT, \"Osmolality\"), VM 1, U; values DCID 75"""

    contrast_longitudinal_relaxivity: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (126380, DCM, \"Contrast Longitudinal Relaxivity\"), VM 1, U; units EV (l/mmol/s, UCUM, \"l/mmol/s\")"""

    contrast_transverse_relaxivity: Num | None = field(default=None, metadata={"row": "9"})
    """Row 9: NUM EV (130188, DCM, \"Contrast Transverse Relaxivity\"), VM 1, U; units EV (l/mmol/s, UCUM, \"l/mmol/s\")"""

    osmolality_at_37c: Num | None = field(default=None, metadata={"row": "10"})
    """Row 10: NUM EV (130184, DCM, \"Osmolality at 37C\"), VM 1, U; units EV (mosm/kg, UCUM, \"mosm/kg\")"""

    osmolarity_at_37c: Num | None = field(default=None, metadata={"row": "11"})
    """Row 11: NUM EV (130185, DCM, \"Osmolarity at 37C\"), VM 1, U; units EV (mmol/l, UCUM, \"mmol/l\")"""

    viscosity_at_37c: Num | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM EV (130186, DCM, \"Viscosity at 37C\"), VM 1, U"""

    is_ionic: groups.Cid231Code | None = field(default=None, metadata={"row": "13"})
    """Row 13: CODE EV (130189, DCM, \"Is Ionic\"), VM 1, U; values DCID 231"""

    dosing_factor: Num | None = field(default=None, metadata={"row": "14"})
    """Row 14: NUM EV (130190, DCM, \"Dosing Factor\"), VM 1, U"""

    unit_of_presentation: groups.Cid68Code | None = field(default=None, metadata={"row": "15"})
    """Row 15: CODE EV (732935002, SCT, \"Unit of Presentation\"), VM 1, U; values DCID 68"""

    imaging_agent_volume_per_unit_of_presentation: Num | None = field(
        default=None, metadata={"row": "16"}
    )
    """Row 16: NUM EV (130221, DCM, \"Imaging Agent Volume Per Unit of Presentation\"), VM 1, U; units EV (ml, UCUM, \"ml\")"""

    billing_code: str | None = field(default=None, metadata={"row": "17"})
    """Row 17: TEXT EV (121147, DCM, \"Billing Code\"), VM 1, U"""

    description_of_material: str | None = field(default=None, metadata={"row": "18"})
    """Row 18: TEXT EV (121145, DCM, \"Description of Material\"), VM 1, U"""

    medical_product_expiration_date: str | None = field(default=None, metadata={"row": "19"})
    """Row 19: DATE EV (C70854, NCIt, \"Medical Product Expiration Date\"), VM 1, U"""

    manufacturer_name: str | None = field(default=None, metadata={"row": "20"})
    """Row 20: TEXT EV (C0947322, UMLS, \"Manufacturer Name\"), VM 1, U"""

    brand_name: str | None = field(default=None, metadata={"row": "21"})
    """Row 21: TEXT EV (111529, DCM, \"Brand Name\"), VM 1, U"""

    barcode_value: list[str] = field(default_factory=no_items, metadata={"row": "22"})
    """Row 22: TEXT EV (130231, DCM, \"Barcode Value\"), VM 1-n, UC: IFF root Concept Name Code Sequence = (130226, DCM, \"Planned Imaging Agent Administration\")"""

    barcode_value_row_23: str | None = field(default=None, metadata={"row": "23"})
    """Row 23: TEXT EV (130231, DCM, \"Barcode Value\"), VM 1, UC: IFF root Concept Name Code Sequence = (130227, DCM, \"Performed Imaging Agent Administration\")"""

    unit_serial_identifier: str | None = field(default=None, metadata={"row": "24"})
    """Row 24: TEXT EV (121148, DCM, \"Unit Serial Identifier\"), VM 1, U"""

    lot_identifier: str | None = field(default=None, metadata={"row": "25"})
    """Row 25: TEXT EV (121149, DCM, \"Lot Identifier\"), VM 1, U"""

    udi: Code | None = field(default=None, metadata={"row": "26"})
    """Row 26: CODE EV (128739, DCM, \"UDI\"), VM 1, U"""
