"""TID 8121 Animal Housing.

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
    "AnimalHousing",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="8121",
    name="Animal Housing",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "127120", "Animal housing"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127121", "Animal room type"),
            values=(("cid", "D", "603"),),
        ),
        RowDef(
            key="2b",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127122", "Animal room identifier"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127125", "Housing manufacturer"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127126", "Housing rack product name"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127127", "Housing rack product code"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127128", "Housing unit product name"),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127129", "Housing unit product code"),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127130", "Housing unit lid product name"),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127131", "Housing unit lid product code"),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127140", "Number of racks per room"),
            units=(("code", "EV", "{racks}", "UCUM", "racks"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127141", "Number of housing units per rack"),
            units=(
                ("code", "EV", "{housing units}", "UCUM", "housing units"),
                ("code", "EV", "{cages}", "UCUM", "cages"),
            ),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127142", "Housing unit location in rack"),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127143", "Number of animals within same housing unit"),
            units=(("code", "EV", "{animals}", "UCUM", "animals"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127144", "Sex of animals within same housing unit"),
            values=(("cid", "D", "7457"),),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127145", "Sex of handler"),
            values=(("cid", "D", "7457"),),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127150", "Total duration in housing"),
            units=(("code", "EV", "d", "UCUM", "days"),),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127151", "Housing change interval"),
            units=(("code", "EV", "d", "UCUM", "days"),),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127152", "Manual handling interval"),
            units=(("code", "EV", "h", "UCUM", "hours"),),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127153", "Housing unit movement"),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127160", "Housing unit width"),
            units=(("code", "EV", "cm", "UCUM", "cm"),),
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127161", "Housing unit height"),
            units=(("code", "EV", "cm", "UCUM", "cm"),),
        ),
        RowDef(
            key="22",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127162", "Housing unit length"),
            units=(("code", "EV", "cm", "UCUM", "cm"),),
        ),
        RowDef(
            key="23",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127170", "Housing individually ventilated"),
            values=(("cid", "D", "231"),),
        ),
        RowDef(
            key="24",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127172", "Air changes"),
            units=(("code", "EV", "/h", "UCUM", "/hour"),),
        ),
        RowDef(
            key="25",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCIt", "C90380", "Environmental temperature"),
            units=(("code", "EV", "Cel", "UCUM", "C"),),
        ),
        RowDef(
            key="26",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCIt", "C90395", "Housing humidity"),
            units=(("code", "EV", "%", "UCUM", "%"),),
        ),
        RowDef(
            key="27",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127175", "Housing unit reuse"),
            values=(("cid", "D", "604"),),
        ),
        RowDef(
            key="28",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCIt", "C90366", "Bedding material"),
            values=(("cid", "D", "605"),),
        ),
        RowDef(
            key="29",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCIt", "C90366", "Bedding material"),
        ),
        RowDef(
            key="30",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127180", "Bedding manufacturer"),
        ),
        RowDef(
            key="31",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127181", "Bedding product name"),
        ),
        RowDef(
            key="32",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127182", "Bedding product code"),
        ),
        RowDef(
            key="33",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127183", "Bedding volume"),
            units=(("code", "EV", "ml", "UCUM", "ml"),),
        ),
        RowDef(
            key="34",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127184", "Bedding mass"),
            units=(("code", "EV", "g", "UCUM", "g"),),
        ),
        RowDef(
            key="34b",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127185", "Bedding depth"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="35",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCIt", "C90365", "Bedding change"),
            units=(("code", "EV", "d", "UCUM", "days"),),
        ),
        RowDef(
            key="36",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127192", "Enrichment material present"),
            values=(("cid", "D", "241"),),
        ),
        RowDef(
            key="36b",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127191", "Enrichment manufacturer"),
        ),
        RowDef(
            key="37",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127190", "Enrichment material"),
        ),
        RowDef(
            key="38",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127193", "Exerciser device present"),
            values=(("cid", "D", "241"),),
        ),
        RowDef(
            key="39",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "111045004", "Exerciser device"),
        ),
        RowDef(
            key="40",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127195", "Shelter type"),
            values=(("cid", "D", "606"),),
        ),
        RowDef(
            key="41",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127196", "Shelter manufacturer"),
        ),
        RowDef(
            key="42",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127197", "Shelter product name"),
        ),
        RowDef(
            key="43",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127198", "Shelter product code"),
        ),
        RowDef(
            key="44",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
    ),
)


@dataclass(kw_only=True)
class AnimalHousing(TemplatePart):
    """TID 8121 Animal Housing."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    animal_room_type: groups.Cid603Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (127121, DCM, \"Animal room type\"), VM 1, U; values DCID 603"""

    animal_room_identifier: str | None = field(default=None, metadata={"row": "2b"})
    """Row 2b: TEXT EV (127122, DCM, \"Animal room identifier\"), VM 1, U"""

    housing_manufacturer: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT EV (127125, DCM, \"Housing manufacturer\"), VM 1, U"""

    housing_rack_product_name: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: TEXT EV (127126, DCM, \"Housing rack product name\"), VM 1, U"""

    housing_rack_product_code: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (127127, DCM, \"Housing rack product code\"), VM 1, U"""

    housing_unit_product_name: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: TEXT EV (127128, DCM, \"Housing unit product name\"), VM 1, U"""

    housing_unit_product_code: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: TEXT EV (127129, DCM, \"Housing unit product code\"), VM 1, U"""

    housing_unit_lid_product_name: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: TEXT EV (127130, DCM, \"Housing unit lid product name\"), VM 1, U"""

    housing_unit_lid_product_code: str | None = field(default=None, metadata={"row": "9"})
    """Row 9: TEXT EV (127131, DCM, \"Housing unit lid product code\"), VM 1, U"""

    number_of_racks_per_room: Num | None = field(default=None, metadata={"row": "10"})
    """Row 10: NUM EV (127140, DCM, \"Number of racks per room\"), VM 1, U; units EV ({racks}, UCUM, \"racks\")"""

    number_of_housing_units_per_rack: Num | None = field(default=None, metadata={"row": "11"})
    """Row 11: NUM EV (127141, DCM, \"Number of housing units per rack\"), VM 1, U; units EV ({housing units}, UCUM, \"housing units\"), EV ({cages}, UCUM, \"cages\")"""

    housing_unit_location_in_rack: str | None = field(default=None, metadata={"row": "12"})
    """Row 12: TEXT EV (127142, DCM, \"Housing unit location in rack\"), VM 1, U"""

    number_of_animals_within_same_housing_unit: Num | None = field(
        default=None, metadata={"row": "13"}
    )
    """Row 13: NUM EV (127143, DCM, \"Number of animals within same housing unit\"), VM 1, U; units EV ({animals}, UCUM, \"animals\")"""

    sex_of_animals_within_same_housing_unit: groups.Cid7457Code | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: CODE EV (127144, DCM, \"Sex of animals within same housing unit\"), VM 1, U; values DCID 7457"""

    sex_of_handler: groups.Cid7457Code | None = field(default=None, metadata={"row": "15"})
    """Row 15: CODE EV (127145, DCM, \"Sex of handler\"), VM 1, U; values DCID 7457"""

    total_duration_in_housing: Num | None = field(default=None, metadata={"row": "16"})
    """Row 16: NUM EV (127150, DCM, \"Total duration in housing\"), VM 1, U; units EV (d, UCUM, \"days\")"""

    housing_change_interval: Num | None = field(default=None, metadata={"row": "17"})
    """Row 17: NUM EV (127151, DCM, \"Housing change interval\"), VM 1, U; units EV (d, UCUM, \"days\")"""

    manual_handling_interval: Num | None = field(default=None, metadata={"row": "18"})
    """Row 18: NUM EV (127152, DCM, \"Manual handling interval\"), VM 1, U; units EV (h, UCUM, \"hours\")"""

    housing_unit_movement: str | None = field(default=None, metadata={"row": "19"})
    """Row 19: TEXT EV (127153, DCM, \"Housing unit movement\"), VM 1, U"""

    housing_unit_width: Num | None = field(default=None, metadata={"row": "20"})
    """Row 20: NUM EV (127160, DCM, \"Housing unit width\"), VM 1, U; units EV (cm, UCUM, \"cm\")"""

    housing_unit_height: Num | None = field(default=None, metadata={"row": "21"})
    """Row 21: NUM EV (127161, DCM, \"Housing unit height\"), VM 1, U; units EV (cm, UCUM, \"cm\")"""

    housing_unit_length: Num | None = field(default=None, metadata={"row": "22"})
    """Row 22: NUM EV (127162, DCM, \"Housing unit length\"), VM 1, U; units EV (cm, UCUM, \"cm\")"""

    housing_individually_ventilated: groups.Cid231Code | None = field(
        default=None, metadata={"row": "23"}
    )
    """Row 23: CODE EV (127170, DCM, \"Housing individually ventilated\"), VM 1, U; values DCID 231"""

    air_changes: Num | None = field(default=None, metadata={"row": "24"})
    """Row 24: NUM EV (127172, DCM, \"Air changes\"), VM 1, U; units EV (/h, UCUM, \"/hour\")"""

    environmental_temperature: Num | None = field(default=None, metadata={"row": "25"})
    """Row 25: NUM EV (C90380, NCIt, \"Environmental temperature\"), VM 1, U; units EV (Cel, UCUM, \"C\")"""

    housing_humidity: Num | None = field(default=None, metadata={"row": "26"})
    """Row 26: NUM EV (C90395, NCIt, \"Housing humidity\"), VM 1, U; units EV (%, UCUM, \"%\")"""

    housing_unit_reuse: groups.Cid604Code | None = field(default=None, metadata={"row": "27"})
    """Row 27: CODE EV (127175, DCM, \"Housing unit reuse\"), VM 1, U; values DCID 604"""

    bedding_material: groups.Cid605Code | None = field(default=None, metadata={"row": "28"})
    """Row 28: CODE EV (C90366, NCIt, \"Bedding material\"), VM 1, U; values DCID 605"""

    bedding_material_row_29: str | None = field(default=None, metadata={"row": "29"})
    """Row 29: TEXT EV (C90366, NCIt, \"Bedding material\"), VM 1, U"""

    bedding_manufacturer: str | None = field(default=None, metadata={"row": "30"})
    """Row 30: TEXT EV (127180, DCM, \"Bedding manufacturer\"), VM 1, U"""

    bedding_product_name: str | None = field(default=None, metadata={"row": "31"})
    """Row 31: TEXT EV (127181, DCM, \"Bedding product name\"), VM 1, U"""

    bedding_product_code: str | None = field(default=None, metadata={"row": "32"})
    """Row 32: TEXT EV (127182, DCM, \"Bedding product code\"), VM 1, U"""

    bedding_volume: Num | None = field(default=None, metadata={"row": "33"})
    """Row 33: NUM EV (127183, DCM, \"Bedding volume\"), VM 1, U; units EV (ml, UCUM, \"ml\")"""

    bedding_mass: Num | None = field(default=None, metadata={"row": "34"})
    """Row 34: NUM EV (127184, DCM, \"Bedding mass\"), VM 1, U; units EV (g, UCUM, \"g\")"""

    bedding_depth: Num | None = field(default=None, metadata={"row": "34b"})
    """Row 34b: NUM EV (127185, DCM, \"Bedding depth\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    bedding_change: Num | None = field(default=None, metadata={"row": "35"})
    """Row 35: NUM EV (C90365, NCIt, \"Bedding change\"), VM 1, U; units EV (d, UCUM, \"days\")"""

    enrichment_material_present: groups.Cid241Code | None = field(
        default=None, metadata={"row": "36"}
    )
    """Row 36: CODE EV (127192, DCM, \"Enrichment material present\"), VM 1, U; values DCID 241"""

    enrichment_manufacturer: str | None = field(default=None, metadata={"row": "36b"})
    """Row 36b: TEXT EV (127191, DCM, \"Enrichment manufacturer\"), VM 1, U"""

    enrichment_material: str | None = field(default=None, metadata={"row": "37"})
    """Row 37: TEXT EV (127190, DCM, \"Enrichment material\"), VM 1, U"""

    exerciser_device_present: groups.Cid241Code | None = field(default=None, metadata={"row": "38"})
    """Row 38: CODE EV (127193, DCM, \"Exerciser device present\"), VM 1, U; values DCID 241"""

    exerciser_device: str | None = field(default=None, metadata={"row": "39"})
    """Row 39: TEXT EV (111045004, SCT, \"Exerciser device\"), VM 1, U"""

    shelter_type: groups.Cid606Code | None = field(default=None, metadata={"row": "40"})
    """Row 40: CODE EV (127195, DCM, \"Shelter type\"), VM 1, U; values DCID 606"""

    shelter_manufacturer: str | None = field(default=None, metadata={"row": "41"})
    """Row 41: TEXT EV (127196, DCM, \"Shelter manufacturer\"), VM 1, U"""

    shelter_product_name: str | None = field(default=None, metadata={"row": "42"})
    """Row 42: TEXT EV (127197, DCM, \"Shelter product name\"), VM 1, U"""

    shelter_product_code: str | None = field(default=None, metadata={"row": "43"})
    """Row 43: TEXT EV (127198, DCM, \"Shelter product code\"), VM 1, U"""

    comment: str | None = field(default=None, metadata={"row": "44"})
    """Row 44: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""
