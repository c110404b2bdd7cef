"""TID 9002 Medication, Substance, Environmental Exposure.

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
    "MedicationSubstanceEnvironmentalExposure",
    "MedicationSubstanceEnvironmentalExposureCodeconcept",
    "MedicationSubstanceEnvironmentalExposureCodeconceptRouteOfAdministration",
    "MedicationSubstanceEnvironmentalExposureCodeconceptRouteOfAdministrationSiteOf",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="9002",
    name="Medication, Substance, Environmental Exposure",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept_ref=("parameter", "$ContainerConcept"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept_ref=("parameter", "$CodeConcept"),
            vm_min=1,
            vm_max=None,
            values=(("parameter", "$CodeValue"),),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "278201002", "Classification"),
            values=(("parameter", "$Classification"),),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "111534", "Role of person reporting"),
            values=(("cid", "D", "7450"),),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111524", "Age Started"),
            values=(("cid", "D", "7456"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111525", "Age Ended"),
            values=(("cid", "D", "7456"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="DATETIME",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111526", "DateTime Started"),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="DATETIME",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111527", "DateTime Ended"),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "103335007", "Duration"),
            units=(("cid", "D", "6046"),),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111528", "Ongoing"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111529", "Brand Name"),
        ),
        RowDef(
            key="12",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept_ref=("cid", "D", "6092"),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept_ref=("cid", "D", "6093"),
            values=(("cid", "D", "6090"),),
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept_ref=("cid", "D", "6094"),
            values=(("cid", "D", "6091"),),
        ),
        RowDef(
            key="15",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "410675002", "Route of administration"),
            values=(("parameter", "$Route"),),
        ),
        RowDef(
            key="16",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "272737002", "Site of"),
            values=(("parameter", "$Site"),),
        ),
        RowDef(
            key="17",
            nesting=4,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            condition="IF Row 16 has laterality",
            condition_status="undecidable",
            required_if=("unknown", "what a row's value means: Row 16 has laterality"),
            values=(("cid", "D", "244"),),
        ),
    ),
)


@dataclass(kw_only=True)
class MedicationSubstanceEnvironmentalExposure(TemplatePart):
    """TID 9002 Medication, Substance, Environmental Exposure."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: Code
    """The concept name of row 1."""

    codeconcept: list[MedicationSubstanceEnvironmentalExposureCodeconcept] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: CODE $CodeConcept, VM 1-n, M; values $CodeValue"""


@dataclass(kw_only=True)
class MedicationSubstanceEnvironmentalExposureCodeconcept(TemplatePart):
    """Row 2 of TID 9002."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    concept: Code
    """The concept name of row 2."""

    value: Code
    """The value of row 2 (CODE)."""

    classification: Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (278201002, SCT, \"Classification\"), VM 1, U; values $Classification"""

    role_of_person_reporting: groups.Cid7450Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (111534, DCM, \"Role of person reporting\"), VM 1, U; values DCID 7450"""

    age_started: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (111524, DCM, \"Age Started\"), VM 1, U; values DCID 7456"""

    age_ended: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (111525, DCM, \"Age Ended\"), VM 1, U; values DCID 7456"""

    datetime_started: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: DATETIME EV (111526, DCM, \"DateTime Started\"), VM 1, U"""

    datetime_ended: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: DATETIME EV (111527, DCM, \"DateTime Ended\"), VM 1, U"""

    duration: Num | None = field(default=None, metadata={"row": "9"})
    """Row 9: NUM EV (103335007, SCT, \"Duration\"), VM 1, U; units DCID 6046"""

    ongoing: groups.Cid230Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE EV (111528, DCM, \"Ongoing\"), VM 1, U; values DCID 230"""

    brand_name: str | None = field(default=None, metadata={"row": "11"})
    """Row 11: TEXT EV (111529, DCM, \"Brand Name\"), VM 1, U"""

    cid_6092: Named[Num] | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM DCID 6092, VM 1, U"""

    cid_6093: Named[groups.Cid6090Code] | None = field(default=None, metadata={"row": "13"})
    """Row 13: CODE DCID 6093, VM 1, U; values DCID 6090"""

    cid_6094: Named[groups.Cid6091Code] | None = field(default=None, metadata={"row": "14"})
    """Row 14: CODE DCID 6094, VM 1, U; values DCID 6091"""

    route_of_administration: (
        MedicationSubstanceEnvironmentalExposureCodeconceptRouteOfAdministration | None
    ) = field(default=None, metadata={"row": "15"})
    """Row 15: CODE EV (410675002, SCT, \"Route of administration\"), VM 1, U; values $Route"""


@dataclass(kw_only=True)
class MedicationSubstanceEnvironmentalExposureCodeconceptRouteOfAdministration(TemplatePart):
    """Row 15 of TID 9002."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "15"

    value: Code
    """The value of row 15 (CODE)."""

    site_of: (
        MedicationSubstanceEnvironmentalExposureCodeconceptRouteOfAdministrationSiteOf | None
    ) = field(default=None, metadata={"row": "16"})
    """Row 16: CODE EV (272737002, SCT, \"Site of\"), VM 1, U; values $Site"""


@dataclass(kw_only=True)
class MedicationSubstanceEnvironmentalExposureCodeconceptRouteOfAdministrationSiteOf(TemplatePart):
    """Row 16 of TID 9002."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "16"

    value: Code
    """The value of row 16 (CODE)."""

    laterality: groups.Cid244Code | None = field(default=None, metadata={"row": "17"})
    """Row 17: CODE EV (272741003, SCT, \"Laterality\"), VM 1, MC: IF Row 16 has laterality; values DCID 244"""
