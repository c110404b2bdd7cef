"""TID 11005 Imaging Agent Administration Consumable.

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
    "ImagingAgentAdministrationConsumable",
    "ImagingAgentAdministrationConsumableQuantityOfMaterial",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="11005",
    name="Imaging Agent Administration Consumable",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130222", "Imaging Agent Administration Consumable"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130223", "Imaging Agent Administration Consumable Type"),
            values=(("cid", "D", "69"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121146", "Quantity of Material"),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130224", "Consumable is New"),
            values=(("cid", "D", "231"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121147", "Billing Code"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121145", "Description of Material"),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="DATE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCIt", "C70854", "Medical Product Expiration Date"),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111467", "Needle Length"),
            condition='IF value of Row 2 = (19923001, SCT, "Catheter")',
            condition_status="parsed",
            required_if=("row_code", "2", (("19923001", "SCT"),)),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "122319", "Catheter Size"),
            condition='IF value of Row 2 = (19923001, SCT, "Catheter")\nAND\nIf Row 10 = (82449006, SCT, "Peripheral intravenous catheter")',
            condition_status="parsed",
            required_if=(
                "and",
                ("row_code", "2", (("19923001", "SCT"),)),
                ("row_code", "10", (("82449006", "SCT"),)),
            ),
            units=(("cid", "D", "3510"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "130257", "Consumable Catheter Type"),
            condition='IF value of Row 2 = (19923001, SCT, "Catheter")',
            condition_status="parsed",
            required_if=("row_code", "2", (("19923001", "SCT"),)),
            values=(("cid", "D", "74"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("UMLS", "C0947322", "Manufacturer Name"),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111529", "Brand Name"),
        ),
        RowDef(
            key="13",
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
            key="14",
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
            key="15",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121148", "Unit Serial Identifier"),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121149", "Lot Identifier"),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "128739", "UDI"),
        ),
    ),
)


@dataclass(kw_only=True)
class ImagingAgentAdministrationConsumable(TemplatePart):
    """TID 11005 Imaging Agent Administration Consumable."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    imaging_agent_administration_consumable_type: groups.Cid69Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (130223, DCM, \"Imaging Agent Administration Consumable Type\"), VM 1, M; values DCID 69"""

    quantity_of_material: ImagingAgentAdministrationConsumableQuantityOfMaterial | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: NUM EV (121146, DCM, \"Quantity of Material\"), VM 1, U"""

    billing_code: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (121147, DCM, \"Billing Code\"), VM 1, U"""

    description_of_material: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: TEXT EV (121145, DCM, \"Description of Material\"), VM 1, U"""

    medical_product_expiration_date: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: DATE EV (C70854, NCIt, \"Medical Product Expiration Date\"), VM 1, U"""

    needle_length: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (111467, DCM, \"Needle Length\"), VM 1, U: IF value of Row 2 = (19923001, SCT, \"Catheter\"); units EV (mm, UCUM, \"mm\")"""

    catheter_size: Num | None = field(default=None, metadata={"row": "9"})
    """Row 9: NUM EV (122319, DCM, \"Catheter Size\"), VM 1, MC: IF value of Row 2 = (19923001, SCT, \"Catheter\") AND If Row 10 = (82449006, SCT, \"Peripheral intravenous catheter\"); units DCID 3510"""

    consumable_catheter_type: groups.Cid74Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE EV (130257, DCM, \"Consumable Catheter Type\"), VM 1, MC: IF value of Row 2 = (19923001, SCT, \"Catheter\"); values DCID 74"""

    manufacturer_name: str | None = field(default=None, metadata={"row": "11"})
    """Row 11: TEXT EV (C0947322, UMLS, \"Manufacturer Name\"), VM 1, U"""

    brand_name: str | None = field(default=None, metadata={"row": "12"})
    """Row 12: TEXT EV (111529, DCM, \"Brand Name\"), VM 1, U"""

    barcode_value: list[str] = field(default_factory=no_items, metadata={"row": "13"})
    """Row 13: TEXT EV (130231, DCM, \"Barcode Value\"), VM 1-n, UC: IFF root Concept Name Code Sequence = (130226, DCM, \"Planned Imaging Agent Administration\")"""

    barcode_value_row_14: str | None = field(default=None, metadata={"row": "14"})
    """Row 14: TEXT EV (130231, DCM, \"Barcode Value\"), VM 1, UC: IFF root Concept Name Code Sequence = (130227, DCM, \"Performed Imaging Agent Administration\")"""

    unit_serial_identifier: str | None = field(default=None, metadata={"row": "15"})
    """Row 15: TEXT EV (121148, DCM, \"Unit Serial Identifier\"), VM 1, U"""

    lot_identifier: str | None = field(default=None, metadata={"row": "16"})
    """Row 16: TEXT EV (121149, DCM, \"Lot Identifier\"), VM 1, U"""

    udi: Code | None = field(default=None, metadata={"row": "17"})
    """Row 17: CODE EV (128739, DCM, \"UDI\"), VM 1, U"""


@dataclass(kw_only=True)
class ImagingAgentAdministrationConsumableQuantityOfMaterial(TemplatePart):
    """Row 3 of TID 11005."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: Num
    """The value of row 3 (NUM)."""

    consumable_is_new: groups.Cid231Code = field(metadata={"row": "4"})
    """Row 4: CODE EV (130224, DCM, \"Consumable is New\"), VM 1, M; values DCID 231"""
