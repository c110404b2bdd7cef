"""TID 8131 Medications and Mixture Medications.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "MedicationsAndMixtureMedications",
    "MedicationsAndMixtureMedicationsMixture",
    "MedicationsAndMixtureMedicationsMixtureDrugProductIdentifier",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="8131",
    name="Medications and Mixture Medications",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("SCT", "182833002", "Medication given"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="DATETIME",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111526", "DateTime Started"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="DATETIME",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111527", "DateTime Ended"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "410675002", "Route of administration"),
            values=(("cid", "D", "11"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "272163001", "Mixture"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "122083", "Drug administered"),
            condition="XOR Row 7",
            condition_status="parsed",
            required_if=("not", ("row_present", "7")),
            forbidden_if=("row_present", "7"),
            values=(("parameter", "$DrugAdministered"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="TEXT",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "122083", "Drug administered"),
            condition="XOR Row 6",
            condition_status="parsed",
            required_if=("not", ("row_present", "6")),
            forbidden_if=("row_present", "6"),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111516", "Medication Type"),
            values=(("cid", "D", "621"), ("cid", "D", "76")),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "260911001", "Dosage"),
            units=(("cid", "D", "82"),),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122093", "Concentration"),
            units=(("cid", "D", "82"),),
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113510", "Drug Product Identifier"),
        ),
        RowDef(
            key="12",
            nesting=3,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111529", "Brand Name"),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "3410"),
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class MedicationsAndMixtureMedications(TemplatePart):
    """TID 8131 Medications and Mixture Medications."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    datetime_started: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: DATETIME EV (111526, DCM, \"DateTime Started\"), VM 1, U"""

    datetime_ended: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: DATETIME EV (111527, DCM, \"DateTime Ended\"), VM 1, U"""

    route_of_administration: groups.Cid11Code = field(metadata={"row": "4"})
    """Row 4: CODE EV (410675002, SCT, \"Route of administration\"), VM 1, M; values DCID 11"""

    mixture: list[MedicationsAndMixtureMedicationsMixture] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: CONTAINER EV (272163001, SCT, \"Mixture\"), VM 1-n, M"""


@dataclass(kw_only=True)
class MedicationsAndMixtureMedicationsMixture(TemplatePart):
    """Row 5 of TID 8131."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    drug_administered: Code | None = field(default=None, metadata={"row": "6"})
    """Row 6: CODE EV (122083, DCM, \"Drug administered\"), VM 1, MC: XOR Row 7; values $DrugAdministered"""

    drug_administered_row_7: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: TEXT EV (122083, DCM, \"Drug administered\"), VM 1, MC: XOR Row 6"""

    medication_type: groups.Cid621Code | groups.Cid76Code = field(metadata={"row": "8"})
    """Row 8: CODE EV (111516, DCM, \"Medication Type\"), VM 1, M; values DCID 621, DCID 76"""

    dosage: Num | None = field(default=None, metadata={"row": "9"})
    """Row 9: NUM EV (260911001, SCT, \"Dosage\"), VM 1, U; units DCID 82"""

    concentration: Num | None = field(default=None, metadata={"row": "10"})
    """Row 10: NUM EV (122093, DCM, \"Concentration\"), VM 1, U; units DCID 82"""

    drug_product_identifier: MedicationsAndMixtureMedicationsMixtureDrugProductIdentifier | None = (
        field(default=None, metadata={"row": "11"})
    )
    """Row 11: CODE EV (113510, DCM, \"Drug Product Identifier\"), VM 1, U"""

    cid_3410: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "13"})
    """Row 13: NUM DCID 3410, VM 1-n, U"""


@dataclass(kw_only=True)
class MedicationsAndMixtureMedicationsMixtureDrugProductIdentifier(TemplatePart):
    """Row 11 of TID 8131."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "11"

    value: Code
    """The value of row 11 (CODE)."""

    brand_name: str | None = field(default=None, metadata={"row": "12"})
    """Row 12: TEXT EV (111529, DCM, \"Brand Name\"), VM 1, U"""
