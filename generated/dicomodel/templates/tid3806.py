"""TID 3806 Cath Procedure.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "CathProcedure",
    "CathProcedureMedicationGiven",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3806",
    name="Cath Procedure",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "55111-9", "Current Procedure Descriptions"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122146", "Procedure DateTime"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "53", "Procedure Number in this admission"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121065", "Procedure Description"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="COMPOSITE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121120", "Cath Lab Procedure Log"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "55", "Fluoroscopy Time"),
            units=(("code", "DT", "min", "UCUM", "min"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122130", "Dose Area Product"),
            units=(("code", "DT", "mGy.cm2", "UCUM", "mGy.cm2"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="PNAME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "76", "Catheterization Operator"),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="PNAME",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121088", "Fellow"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="PNAME",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "B", "7453"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122129", "PCI during this procedure"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "182833002", "Medication Given"),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "57", "Thrombolytics"),
            values=(("cid", "D", "3740"),),
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "58", "IIb/IIIa Blockade"),
            values=(("cid", "D", "3741"),),
        ),
        RowDef(
            key="15",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "59", "Heparin"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3742"),),
        ),
        RowDef(
            key="16",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "60", "Aspirin"),
            values=(("cid", "D", "3741"),),
        ),
        RowDef(
            key="17",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "61", "Clopidogrel/Ticlopidine"),
            values=(("cid", "D", "3743"),),
        ),
        RowDef(
            key="18",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122083", "Drug administered"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122138", "Circulatory Support"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3553"),),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "74", "Percutaneous Entry Site"),
            values=(("cid", "D", "3746"),),
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "75", "Closure Device"),
            values=(("cid", "D", "3747"),),
        ),
    ),
)


@dataclass(kw_only=True)
class CathProcedure(TemplatePart):
    """TID 3806 Cath Procedure."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    procedure_datetime: str = field(metadata={"row": "2"})
    """Row 2: DATETIME EV (122146, DCM, \"Procedure DateTime\"), VM 1, M"""

    procedure_number_in_this_admission: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT EV (53, NCDR [2.0b], \"Procedure Number in this admission\"), VM 1, U"""

    procedure_description: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: TEXT EV (121065, DCM, \"Procedure Description\"), VM 1, U"""

    cath_lab_procedure_log: list[Reference] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: COMPOSITE EV (121120, DCM, \"Cath Lab Procedure Log\"), VM 1-n, U"""

    fluoroscopy_time: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (55, NCDR [2.0b], \"Fluoroscopy Time\"), VM 1, U; units DT (min, UCUM, \"min\")"""

    dose_area_product: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (122130, DCM, \"Dose Area Product\"), VM 1, U; units DT (mGy.cm2, UCUM, \"mGy.cm2\")"""

    catheterization_operator: str = field(metadata={"row": "8"})
    """Row 8: PNAME EV (76, NCDR [2.0b], \"Catheterization Operator\"), VM 1, M"""

    fellow: list[str] = field(default_factory=no_items, metadata={"row": "9"})
    """Row 9: PNAME EV (121088, DCM, \"Fellow\"), VM 1-n, U"""

    cid_7453: list[Named[str]] = field(default_factory=no_items, metadata={"row": "10"})
    """Row 10: PNAME BCID 7453, VM 1-n, U"""

    pci_during_this_procedure: groups.Cid230Code | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: CODE EV (122129, DCM, \"PCI during this procedure\"), VM 1, U; values DCID 230"""

    medication_given: CathProcedureMedicationGiven = field(metadata={"row": "12"})
    """Row 12: CONTAINER EV (182833002, SCT, \"Medication Given\"), VM 1, M"""

    circulatory_support: list[groups.Cid3553Code] = field(
        default_factory=no_items, metadata={"row": "19"}
    )
    """Row 19: CODE EV (122138, DCM, \"Circulatory Support\"), VM 1-n, U; values DCID 3553"""

    percutaneous_entry_site: groups.Cid3746Code = field(metadata={"row": "20"})
    """Row 20: CODE EV (74, NCDR [2.0b], \"Percutaneous Entry Site\"), VM 1, M; values DCID 3746"""

    closure_device: groups.Cid3747Code | None = field(default=None, metadata={"row": "21"})
    """Row 21: CODE EV (75, NCDR [2.0b], \"Closure Device\"), VM 1, U; values DCID 3747"""


@dataclass(kw_only=True)
class CathProcedureMedicationGiven(TemplatePart):
    """Row 12 of TID 3806."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    thrombolytics: groups.Cid3740Code | None = field(default=None, metadata={"row": "13"})
    """Row 13: CODE EV (57, NCDR [2.0b], \"Thrombolytics\"), VM 1, U; values DCID 3740"""

    iib_iiia_blockade: groups.Cid3741Code | None = field(default=None, metadata={"row": "14"})
    """Row 14: CODE EV (58, NCDR [2.0b], \"IIb/IIIa Blockade\"), VM 1, U; values DCID 3741"""

    heparin: list[groups.Cid3742Code] = field(default_factory=no_items, metadata={"row": "15"})
    """Row 15: CODE EV (59, NCDR [2.0b], \"Heparin\"), VM 1-n, U; values DCID 3742"""

    aspirin: groups.Cid3741Code | None = field(default=None, metadata={"row": "16"})
    """Row 16: CODE EV (60, NCDR [2.0b], \"Aspirin\"), VM 1, U; values DCID 3741"""

    clopidogrel_ticlopidine: groups.Cid3743Code | None = field(default=None, metadata={"row": "17"})
    """Row 17: CODE EV (61, NCDR [2.0b], \"Clopidogrel/Ticlopidine\"), VM 1, U; values DCID 3743"""

    drug_administered: list[str] = field(default_factory=no_items, metadata={"row": "18"})
    """Row 18: TEXT EV (122083, DCM, \"Drug administered\"), VM 1-n, U"""
