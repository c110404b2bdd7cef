"""TID 8300 Skin Imaging Acquisition Context.

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
    "SkinImagingAcquisitionContext",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="8300",
    name="Skin Imaging Acquisition Context",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "443635002", "Fitzpatrick Skin Type"),
            values=(("cid", "D", "4401"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "415229000", "Racial group"),
            values=(("cid", "B", "6099"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "161432005", "History of malignant melanoma"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "4402"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            concept=Code("DCM", "130483", "Number of malignant melanomas"),
            condition="IFF Row 3 is present",
            condition_status="parsed",
            required_if=("row_present", "3"),
            forbidden_if=("not", ("row_present", "3")),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "1251000119106", "History of melanoma in situ of skin"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "4403"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            concept=Code("DCM", "130484", "Number of melanomas in situ"),
            condition="IFF Row 5 is present",
            condition_status="parsed",
            required_if=("row_present", "5"),
            forbidden_if=("not", ("row_present", "5")),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "130482", "History of non-melanoma skin cancer"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "4404"),),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "64572001", "Disease"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "4405"),),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "427858005", "Family history of malignant melanoma"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "4402"),),
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            concept=Code(
                "DCM", "130487", "Number of first-degree relatives affected by malignant melanoma"
            ),
            condition="IFF Row 9 is present",
            condition_status="parsed",
            required_if=("row_present", "9"),
            forbidden_if=("not", ("row_present", "9")),
        ),
        RowDef(
            key="11",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "130481", "Family history of melanoma in situ"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "4403"),),
        ),
        RowDef(
            key="12",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "130480", "Family history of non-melanoma skin cancer"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "4403"),),
        ),
        RowDef(
            key="13",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "418799008", "Findings reported by patient/informant"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "4406"),),
        ),
        RowDef(
            key="14",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "118242002", "Finding by palpation"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "4407"),),
        ),
        RowDef(
            key="15",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "118243007", "Finding by inspection"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "4408"),),
        ),
        RowDef(
            key="16",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "416940007", "Past history of procedure"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "4409"),),
        ),
        RowDef(
            key="17",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "130832", "Skin lesion color"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "4411"),),
        ),
        RowDef(
            key="18",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "386439008", "Skin care topical treatments"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "4410"),),
        ),
        RowDef(
            key="19",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("NCIt", "C4684549", "New Lesion Indicator"),
            values=(("cid", "D", "230"),),
        ),
    ),
)


@dataclass(kw_only=True)
class SkinImagingAcquisitionContext(TemplatePart):
    """TID 8300 Skin Imaging Acquisition Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    fitzpatrick_skin_type: groups.Cid4401Code | None = field(default=None, metadata={"row": "1"})
    """Row 1: CODE EV (443635002, SCT, \"Fitzpatrick Skin Type\"), VM 1, U; values DCID 4401"""

    racial_group: groups.Cid6099Code | Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (415229000, SCT, \"Racial group\"), VM 1, U; values BCID 6099"""

    history_of_malignant_melanoma: list[groups.Cid4402Code] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CODE EV (161432005, SCT, \"History of malignant melanoma\"), VM 1-n, U; values DCID 4402"""

    number_of_malignant_melanomas: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM DT (130483, DCM, \"Number of malignant melanomas\"), VM 1, UC: IFF Row 3 is present"""

    history_of_melanoma_in_situ_of_skin: list[groups.Cid4403Code] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: CODE EV (1251000119106, SCT, \"History of melanoma in situ of skin\"), VM 1-n, U; values DCID 4403"""

    number_of_melanomas_in_situ: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM DT (130484, DCM, \"Number of melanomas in situ\"), VM 1, UC: IFF Row 5 is present"""

    history_of_non_melanoma_skin_cancer: list[groups.Cid4404Code] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: CODE EV (130482, DCM, \"History of non-melanoma skin cancer\"), VM 1-n, U; values DCID 4404"""

    disease: list[groups.Cid4405Code] = field(default_factory=no_items, metadata={"row": "8"})
    """Row 8: CODE EV (64572001, SCT, \"Disease\"), VM 1-n, U; values DCID 4405"""

    family_history_of_malignant_melanoma: list[groups.Cid4402Code] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: CODE EV (427858005, SCT, \"Family history of malignant melanoma\"), VM 1-n, U; values DCID 4402"""

    number_of_first_degree_relatives_affected_by_malignant_melanoma: Num | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: NUM DT (130487, DCM, \"Number of first-degree relatives affected by malignant melanoma\"), VM 1, UC: IFF Row 9 is present"""

    family_history_of_melanoma_in_situ: list[groups.Cid4403Code] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: CODE EV (130481, DCM, \"Family history of melanoma in situ\"), VM 1-n, U; values DCID 4403"""

    family_history_of_non_melanoma_skin_cancer: list[groups.Cid4403Code] = field(
        default_factory=no_items, metadata={"row": "12"}
    )
    """Row 12: CODE EV (130480, DCM, \"Family history of non-melanoma skin cancer\"), VM 1-n, U; values DCID 4403"""

    findings_reported_by_patient_informant: list[groups.Cid4406Code] = field(
        default_factory=no_items, metadata={"row": "13"}
    )
    """Row 13: CODE EV (418799008, SCT, \"Findings reported by patient/informant\"), VM 1-n, U; values DCID 4406"""

    finding_by_palpation: list[groups.Cid4407Code] = field(
        default_factory=no_items, metadata={"row": "14"}
    )
    """Row 14: CODE EV (118242002, SCT, \"Finding by palpation\"), VM 1-n, U; values DCID 4407"""

    finding_by_inspection: list[groups.Cid4408Code] = field(
        default_factory=no_items, metadata={"row": "15"}
    )
    """Row 15: CODE EV (118243007, SCT, \"Finding by inspection\"), VM 1-n, U; values DCID 4408"""

    past_history_of_procedure: list[groups.Cid4409Code] = field(
        default_factory=no_items, metadata={"row": "16"}
    )
    """Row 16: CODE EV (416940007, SCT, \"Past history of procedure\"), VM 1-n, U; values DCID 4409"""

    skin_lesion_color: list[groups.Cid4411Code] = field(
        default_factory=no_items, metadata={"row": "17"}
    )
    """Row 17: CODE EV (130832, DCM, \"Skin lesion color\"), VM 1-n, U; values DCID 4411"""

    skin_care_topical_treatments: list[groups.Cid4410Code] = field(
        default_factory=no_items, metadata={"row": "18"}
    )
    """Row 18: CODE EV (386439008, SCT, \"Skin care topical treatments\"), VM 1-n, U; values DCID 4410"""

    new_lesion_indicator: groups.Cid230Code | None = field(default=None, metadata={"row": "19"})
    """Row 19: CODE EV (C4684549, NCIt, \"New Lesion Indicator\"), VM 1, U; values DCID 230"""
