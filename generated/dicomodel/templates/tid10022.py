"""TID 10022 Radiopharmaceutical Administration Event Data.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1002, tid1020, tid10023

__all__ = [
    "TEMPLATE",
    "RadiopharmaceuticalAdministrationEventData",
    "RadiopharmaceuticalAdministrationEventDataRadiopharmaceuticalAgent",
    "RadiopharmaceuticalAdministrationEventDataPreAdministrationMeasuredActivity",
    "RadiopharmaceuticalAdministrationEventDataPostAdministrationMeasuredActivity",
    "RadiopharmaceuticalAdministrationEventDataRouteOfAdministration",
    "RadiopharmaceuticalAdministrationEventDataRouteOfAdministrationSiteOf",
    "RadiopharmaceuticalAdministrationEventDataRadiopharmaceuticalDispenseUnitIdentifier",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10022",
    name="Radiopharmaceutical Administration Event Data",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "113502", "Radiopharmaceutical Administration"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "349358000", "Radiopharmaceutical agent"),
            values=(("cid", "D", "25"), ("cid", "D", "4021")),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "89457008", "Radionuclide"),
            values=(("cid", "D", "18"), ("cid", "D", "4020")),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "304283002", "Radionuclide Half Life"),
            units=(("code", "EV", "s", "UCUM", "seconds"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "123007", "Radiopharmaceutical Specific Activity"),
            units=(("code", "EV", "Bq/mmol", "UCUM", "Bq/mmol"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="UIDREF",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113503", "Radiopharmaceutical Administration Event UID"),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113505", "Intravenous Extravasation Symptoms"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "10043"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113506", "Estimated Extravasation Activity"),
            units=(("code", "EV", "%", "UCUM", "percent"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "123003", "Radiopharmaceutical Start DateTime"),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="DATETIME",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "123004", "Radiopharmaceutical Stop DateTime"),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113507", "Administered activity"),
            units=(("code", "EV", "MBq", "UCUM", "MBq"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "123005", "Radiopharmaceutical Volume"),
            units=(("code", "EV", "cm3", "UCUM", "cm3"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113508", "Pre-Administration Measured Activity"),
            units=(("code", "EV", "MBq", "UCUM", "MBq"),),
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "113540", "Activity Measurement Device"),
            values=(("cid", "D", "10041"),),
        ),
        RowDef(
            key="15",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="1002",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113509", "Post-Administration Measured Activity"),
            units=(("code", "EV", "MBq", "UCUM", "MBq"),),
        ),
        RowDef(
            key="17",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "113540", "Activity Measurement Device"),
            values=(("cid", "D", "10041"),),
        ),
        RowDef(
            key="18",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="1002",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="10023",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "410675002", "Route of administration"),
            values=(("cid", "B", "11"),),
        ),
        RowDef(
            key="21",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "272737002", "Site of"),
            condition='IF value of Row 20 = (47625008, SCT, "Intravenous route") or (78421000, SCT, "Intramuscular route")',
            condition_status="parsed",
            required_if=("row_code", "20", (("47625008", "SCT"), ("78421000", "SCT"))),
            values=(("cid", "D", "3746"),),
        ),
        RowDef(
            key="22",
            nesting=3,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            condition="IF Row 21 has laterality",
            condition_status="undecidable",
            required_if=("unknown", "what a row's value means: Row 21 has laterality"),
            values=(("cid", "D", "244"),),
        ),
        RowDef(
            key="23",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="1020",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$PersonProcedureRole",
                    (("code", "EV", "113851", "DCM", "Irradiation Administering"),),
                ),
            ),
        ),
        RowDef(
            key="24",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121147", "Billing Code(s)"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="25",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113510", "Drug Product Identifier"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="26",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111529", "Brand Name"),
        ),
        RowDef(
            key="27",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113511", "Radiopharmaceutical Dispense Unit Identifier"),
        ),
        RowDef(
            key="28",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113512", "Radiopharmaceutical Lot Identifier"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="29",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113513", "Reagent Vial Identifier"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="30",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113514", "Radionuclide Identifier"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="31",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113516", "Prescription Identifier"),
        ),
        RowDef(
            key="32",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
    ),
)


@dataclass(kw_only=True)
class RadiopharmaceuticalAdministrationEventData(TemplatePart):
    """TID 10022 Radiopharmaceutical Administration Event Data."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    radiopharmaceutical_agent: RadiopharmaceuticalAdministrationEventDataRadiopharmaceuticalAgent = field(
        metadata={"row": "2"}
    )
    """Row 2: CODE EV (349358000, SCT, \"Radiopharmaceutical agent\"), VM 1, M; values DCID 25, DCID 4021"""

    radiopharmaceutical_specific_activity: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (123007, DCM, \"Radiopharmaceutical Specific Activity\"), VM 1, U; units EV (Bq/mmol, UCUM, \"Bq/mmol\")"""

    radiopharmaceutical_administration_event_uid: str = field(metadata={"row": "6"})
    """Row 6: UIDREF EV (113503, DCM, \"Radiopharmaceutical Administration Event UID\"), VM 1, M"""

    intravenous_extravasation_symptoms: list[groups.Cid10043Code] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: CODE EV (113505, DCM, \"Intravenous Extravasation Symptoms\"), VM 1-n, U; values DCID 10043"""

    estimated_extravasation_activity: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (113506, DCM, \"Estimated Extravasation Activity\"), VM 1, U; units EV (%, UCUM, \"percent\")"""

    radiopharmaceutical_start_datetime: str = field(metadata={"row": "9"})
    """Row 9: DATETIME EV (123003, DCM, \"Radiopharmaceutical Start DateTime\"), VM 1, M"""

    radiopharmaceutical_stop_datetime: str | None = field(default=None, metadata={"row": "10"})
    """Row 10: DATETIME EV (123004, DCM, \"Radiopharmaceutical Stop DateTime\"), VM 1, U"""

    administered_activity: Num = field(metadata={"row": "11"})
    """Row 11: NUM EV (113507, DCM, \"Administered activity\"), VM 1, M; units EV (MBq, UCUM, \"MBq\")"""

    radiopharmaceutical_volume: Num | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM EV (123005, DCM, \"Radiopharmaceutical Volume\"), VM 1, U; units EV (cm3, UCUM, \"cm3\")"""

    pre_administration_measured_activity: (
        RadiopharmaceuticalAdministrationEventDataPreAdministrationMeasuredActivity | None
    ) = field(default=None, metadata={"row": "13"})
    """Row 13: NUM EV (113508, DCM, \"Pre-Administration Measured Activity\"), VM 1, U; units EV (MBq, UCUM, \"MBq\")"""

    post_administration_measured_activity: (
        RadiopharmaceuticalAdministrationEventDataPostAdministrationMeasuredActivity | None
    ) = field(default=None, metadata={"row": "16"})
    """Row 16: NUM EV (113509, DCM, \"Post-Administration Measured Activity\"), VM 1, U; units EV (MBq, UCUM, \"MBq\")"""

    organ_dose: list[tid10023.OrganDose] = field(default_factory=no_items, metadata={"row": "19"})
    """Row 19: INCLUDE DTID 10023, VM 1-n, U"""

    route_of_administration: RadiopharmaceuticalAdministrationEventDataRouteOfAdministration = (
        field(metadata={"row": "20"})
    )
    """Row 20: CODE EV (410675002, SCT, \"Route of administration\"), VM 1, M; values BCID 11"""

    person_participant: list[tid1020.PersonParticipant] = field(
        default_factory=no_items, metadata={"row": "23"}
    )
    """Row 23: INCLUDE DTID 1020, VM 1-n, M"""

    billing_code_s: list[Code] = field(default_factory=no_items, metadata={"row": "24"})
    """Row 24: CODE EV (121147, DCM, \"Billing Code(s)\"), VM 1-n, U"""

    drug_product_identifier: list[Code] = field(default_factory=no_items, metadata={"row": "25"})
    """Row 25: CODE EV (113510, DCM, \"Drug Product Identifier\"), VM 1-n, U"""

    brand_name: str | None = field(default=None, metadata={"row": "26"})
    """Row 26: TEXT EV (111529, DCM, \"Brand Name\"), VM 1, U"""

    radiopharmaceutical_dispense_unit_identifier: (
        RadiopharmaceuticalAdministrationEventDataRadiopharmaceuticalDispenseUnitIdentifier | None
    ) = field(default=None, metadata={"row": "27"})
    """Row 27: TEXT EV (113511, DCM, \"Radiopharmaceutical Dispense Unit Identifier\"), VM 1, U"""

    prescription_identifier: str | None = field(default=None, metadata={"row": "31"})
    """Row 31: TEXT EV (113516, DCM, \"Prescription Identifier\"), VM 1, U"""

    comment: str | None = field(default=None, metadata={"row": "32"})
    """Row 32: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""


@dataclass(kw_only=True)
class RadiopharmaceuticalAdministrationEventDataRadiopharmaceuticalAgent(TemplatePart):
    """Row 2 of TID 10022."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: groups.Cid25Code | groups.Cid4021Code
    """The value of row 2 (CODE)."""

    radionuclide: groups.Cid18Code | groups.Cid4020Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (89457008, SCT, \"Radionuclide\"), VM 1, M; values DCID 18, DCID 4020"""

    radionuclide_half_life: Num = field(metadata={"row": "4"})
    """Row 4: NUM EV (304283002, SCT, \"Radionuclide Half Life\"), VM 1, M; units EV (s, UCUM, \"seconds\")"""


@dataclass(kw_only=True)
class RadiopharmaceuticalAdministrationEventDataPreAdministrationMeasuredActivity(TemplatePart):
    """Row 13 of TID 10022."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "13"

    value: Num
    """The value of row 13 (NUM)."""

    activity_measurement_device: groups.Cid10041Code | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: CODE EV (113540, DCM, \"Activity Measurement Device\"), VM 1, U; values DCID 10041"""

    observer_context: list[tid1002.ObserverContext] = field(
        default_factory=no_items, metadata={"row": "15"}
    )
    """Row 15: INCLUDE DTID 1002, VM 1-n, U"""


@dataclass(kw_only=True)
class RadiopharmaceuticalAdministrationEventDataPostAdministrationMeasuredActivity(TemplatePart):
    """Row 16 of TID 10022."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "16"

    value: Num
    """The value of row 16 (NUM)."""

    activity_measurement_device: groups.Cid10041Code | None = field(
        default=None, metadata={"row": "17"}
    )
    """Row 17: CODE EV (113540, DCM, \"Activity Measurement Device\"), VM 1, U; values DCID 10041"""

    observer_context: list[tid1002.ObserverContext] = field(
        default_factory=no_items, metadata={"row": "18"}
    )
    """Row 18: INCLUDE DTID 1002, VM 1-n, U"""


@dataclass(kw_only=True)
class RadiopharmaceuticalAdministrationEventDataRouteOfAdministration(TemplatePart):
    """Row 20 of TID 10022."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "20"

    value: groups.Cid11Code | Code
    """The value of row 20 (CODE)."""

    site_of: RadiopharmaceuticalAdministrationEventDataRouteOfAdministrationSiteOf | None = field(
        default=None, metadata={"row": "21"}
    )
    """Row 21: CODE EV (272737002, SCT, \"Site of\"), VM 1, MC: IF value of Row 20 = (47625008, SCT, \"Intravenous route\") or (78421000, SCT, \"Intramuscular route\"); values DCID 3746"""


@dataclass(kw_only=True)
class RadiopharmaceuticalAdministrationEventDataRouteOfAdministrationSiteOf(TemplatePart):
    """Row 21 of TID 10022."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "21"

    value: groups.Cid3746Code
    """The value of row 21 (CODE)."""

    laterality: groups.Cid244Code | None = field(default=None, metadata={"row": "22"})
    """Row 22: CODE EV (272741003, SCT, \"Laterality\"), VM 1, MC: IF Row 21 has laterality; values DCID 244"""


@dataclass(kw_only=True)
class RadiopharmaceuticalAdministrationEventDataRadiopharmaceuticalDispenseUnitIdentifier(
    TemplatePart
):
    """Row 27 of TID 10022."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "27"

    value: str
    """The value of row 27 (TEXT)."""

    radiopharmaceutical_lot_identifier: list[str] = field(
        default_factory=no_items, metadata={"row": "28"}
    )
    """Row 28: TEXT EV (113512, DCM, \"Radiopharmaceutical Lot Identifier\"), VM 1-n, U"""

    reagent_vial_identifier: list[str] = field(default_factory=no_items, metadata={"row": "29"})
    """Row 29: TEXT EV (113513, DCM, \"Reagent Vial Identifier\"), VM 1-n, U"""

    radionuclide_identifier: list[str] = field(default_factory=no_items, metadata={"row": "30"})
    """Row 30: TEXT EV (113514, DCM, \"Radionuclide Identifier\"), VM 1-n, U"""
