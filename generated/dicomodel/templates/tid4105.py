"""TID 4105 Chest CAD Descriptors.

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
    "ChestCADDescriptors",
    "ChestCADDescriptorsCid6142",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4105",
    name="Chest CAD Descriptors",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "112025", "Size Descriptor"),
            values=(("cid", "D", "6118"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "112026", "Width Descriptor"),
            values=(("cid", "D", "6107"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "112015", "Border shape"),
            values=(("cid", "D", "6119"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "112007", "Border definition"),
            values=(("cid", "D", "6120"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "112014", "Orientation Descriptor"),
            values=(("cid", "D", "6121"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "112009", "Type of Content"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "6122"),),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "112027", "Opacity Descriptor"),
            values=(("cid", "D", "6123"),),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "112013", "Location in Chest"),
            values=(("cid", "D", "6124"),),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "244"),),
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "112006", "Distribution Descriptor"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "6128"),),
        ),
        RowDef(
            key="11",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "112028", "Abnormal Distribution of Anatomic Structure"),
            values=(("cid", "D", "6108"),),
        ),
        RowDef(
            key="12",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "112008", "Site involvement"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "6129"),),
        ),
        RowDef(
            key="13",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "246112005", "Severity"),
            values=(("cid", "D", "6130"),),
        ),
        RowDef(
            key="14",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "112010", "Texture Descriptor"),
            values=(("cid", "D", "6131"),),
        ),
        RowDef(
            key="15",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "112030", "Calcification Descriptor"),
            values=(("cid", "D", "6132"),),
        ),
        RowDef(
            key="16",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept_ref=("cid", "D", "6142"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121401", "Derivation"),
            values=(("cid", "D", "6140"),),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="INFERRED FROM",
            concept=Code("DCM", "112032", "Threshold Attenuation Coefficient"),
            units=(("code", "EV", "[hnsf'U]", "UCUM", "Hounsfield unit"),),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="INFERRED FROM",
            concept=Code("DCM", "112034", "Calculation Description"),
        ),
        RowDef(
            key="20",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept_ref=("cid", "D", "6141"),
            vm_min=1,
            vm_max=None,
            units=(("code", "EV", "[hnsf'U]", "UCUM", "Hounsfield unit"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ChestCADDescriptors(TemplatePart):
    """TID 4105 Chest CAD Descriptors."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    size_descriptor: groups.Cid6118Code | None = field(default=None, metadata={"row": "1"})
    """Row 1: CODE EV (112025, DCM, \"Size Descriptor\"), VM 1, U; values DCID 6118"""

    width_descriptor: groups.Cid6107Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (112026, DCM, \"Width Descriptor\"), VM 1, U; values DCID 6107"""

    border_shape: groups.Cid6119Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (112015, DCM, \"Border shape\"), VM 1, U; values DCID 6119"""

    border_definition: groups.Cid6120Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (112007, DCM, \"Border definition\"), VM 1, U; values DCID 6120"""

    orientation_descriptor: groups.Cid6121Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (112014, DCM, \"Orientation Descriptor\"), VM 1, U; values DCID 6121"""

    type_of_content: list[groups.Cid6122Code] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: CODE EV (112009, DCM, \"Type of Content\"), VM 1-n, U; values DCID 6122"""

    opacity_descriptor: groups.Cid6123Code | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE EV (112027, DCM, \"Opacity Descriptor\"), VM 1, U; values DCID 6123"""

    location_in_chest: groups.Cid6124Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (112013, DCM, \"Location in Chest\"), VM 1, U; values DCID 6124"""

    laterality: groups.Cid244Code | None = field(default=None, metadata={"row": "9"})
    """Row 9: CODE EV (272741003, SCT, \"Laterality\"), VM 1, U; values DCID 244"""

    distribution_descriptor: list[groups.Cid6128Code] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: CODE EV (112006, DCM, \"Distribution Descriptor\"), VM 1-n, U; values DCID 6128"""

    abnormal_distribution_of_anatomic_structure: groups.Cid6108Code | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: CODE EV (112028, DCM, \"Abnormal Distribution of Anatomic Structure\"), VM 1, U; values DCID 6108"""

    site_involvement: list[groups.Cid6129Code] = field(
        default_factory=no_items, metadata={"row": "12"}
    )
    """Row 12: CODE EV (112008, DCM, \"Site involvement\"), VM 1-n, U; values DCID 6129"""

    severity: groups.Cid6130Code | None = field(default=None, metadata={"row": "13"})
    """Row 13: CODE EV (246112005, SCT, \"Severity\"), VM 1, U; values DCID 6130"""

    texture_descriptor: groups.Cid6131Code | None = field(default=None, metadata={"row": "14"})
    """Row 14: CODE EV (112010, DCM, \"Texture Descriptor\"), VM 1, U; values DCID 6131"""

    calcification_descriptor: groups.Cid6132Code | None = field(
        default=None, metadata={"row": "15"}
    )
    """Row 15: CODE EV (112030, DCM, \"Calcification Descriptor\"), VM 1, U; values DCID 6132"""

    cid_6142: list[ChestCADDescriptorsCid6142] = field(
        default_factory=no_items, metadata={"row": "16"}
    )
    """Row 16: NUM DCID 6142, VM 1-n, U"""

    cid_6141: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "20"})
    """Row 20: NUM DCID 6141, VM 1-n, U; units EV ([hnsf'U], UCUM, \"Hounsfield unit\")"""


@dataclass(kw_only=True)
class ChestCADDescriptorsCid6142(TemplatePart):
    """Row 16 of TID 4105."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "16"

    concept: groups.Cid6142Code
    """The concept name of row 16."""

    value: Num
    """The value of row 16 (NUM)."""

    derivation: groups.Cid6140Code = field(metadata={"row": "17"})
    """Row 17: CODE EV (121401, DCM, \"Derivation\"), VM 1, M; values DCID 6140"""

    threshold_attenuation_coefficient: Num | None = field(default=None, metadata={"row": "18"})
    """Row 18: NUM EV (112032, DCM, \"Threshold Attenuation Coefficient\"), VM 1, U; units EV ([hnsf'U], UCUM, \"Hounsfield unit\")"""

    calculation_description: str | None = field(default=None, metadata={"row": "19"})
    """Row 19: TEXT EV (112034, DCM, \"Calculation Description\"), VM 1, U"""
