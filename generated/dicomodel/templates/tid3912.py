"""TID 3912 Stenosis Properties.

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
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "StenosisProperties",
    "StenosisPropertiesLumenAreaStenosis",
    "StenosisPropertiesLumenDiameterStenosis",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3912",
    name="Stenosis Properties",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "370129005", "Measurement method"),
            values=(("cid", "D", "3804"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "246244004", "Type of Stenosis"),
            values=(("cid", "D", "3805"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "47429007", "Associated with"),
            values=(("cid", "D", "3815"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "300842002", "Shape"),
            values=(("cid", "D", "3806"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("code", "EV", "397413000", "SCT", "Vessel Lumen Diameter"),)),
                ("$Derivation", (("cid", "D", "3488"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$Measurement",
                    (("code", "EV", "397415007", "SCT", "Vessel Lumen Cross-Sectional Area"),),
                ),
                ("$Derivation", (("cid", "D", "3488"),)),
                ("$Units", (("code", "DT", "mm2", "UCUM", "mm2"),)),
            ),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "408716009", "Stenotic Lesion Length"),
            units=(("code", "DT", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "408716009", "Stenotic Lesion Length"),
            values=(("cid", "D", "3831"),),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("code", "EV", "408714007", "SCT", "Lumen Area Stenosis"),)),
                ("$Derivation", (("cid", "D", "3488"),)),
                ("$Units", (("code", "DT", "%", "UCUM", "%"),)),
            ),
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("code", "EV", "408715008", "SCT", "Lumen Diameter stenosis"),)),
                ("$Derivation", (("cid", "D", "3488"),)),
                ("$Units", (("code", "DT", "%", "UCUM", "%"),)),
            ),
        ),
        RowDef(
            key="11",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "408714007", "Lumen Area Stenosis"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3832"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121401", "Derivation"),
            values=(("cid", "D", "3488"),),
        ),
        RowDef(
            key="13",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "408715008", "Lumen Diameter Stenosis"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3832"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121401", "Derivation"),
            values=(("cid", "D", "3488"),),
        ),
    ),
)


@dataclass(kw_only=True)
class StenosisProperties(TemplatePart):
    """TID 3912 Stenosis Properties."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    measurement_method: groups.Cid3804Code = field(metadata={"row": "1"})
    """Row 1: CODE EV (370129005, SCT, \"Measurement method\"), VM 1, M; values DCID 3804"""

    type_of_stenosis: groups.Cid3805Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (246244004, SCT, \"Type of Stenosis\"), VM 1, U; values DCID 3805"""

    associated_with: groups.Cid3815Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (47429007, SCT, \"Associated with\"), VM 1, U; values DCID 3815"""

    shape: groups.Cid3806Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (300842002, SCT, \"Shape\"), VM 1, U; values DCID 3806"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_6: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 300, VM 1-n, U"""

    stenotic_lesion_length: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (408716009, SCT, \"Stenotic Lesion Length\"), VM 1, U; units DT (mm, UCUM, \"mm\")"""

    stenotic_lesion_length_row_8: groups.Cid3831Code | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: CODE EV (408716009, SCT, \"Stenotic Lesion Length\"), VM 1, U; values DCID 3831"""

    measurement_row_9: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_10: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 300, VM 1-n, U"""

    lumen_area_stenosis: list[StenosisPropertiesLumenAreaStenosis] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: CODE EV (408714007, SCT, \"Lumen Area Stenosis\"), VM 1-n, U; values DCID 3832"""

    lumen_diameter_stenosis: list[StenosisPropertiesLumenDiameterStenosis] = field(
        default_factory=no_items, metadata={"row": "13"}
    )
    """Row 13: CODE EV (408715008, SCT, \"Lumen Diameter Stenosis\"), VM 1-n, U; values DCID 3832"""


@dataclass(kw_only=True)
class StenosisPropertiesLumenAreaStenosis(TemplatePart):
    """Row 11 of TID 3912."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "11"

    value: groups.Cid3832Code
    """The value of row 11 (CODE)."""

    derivation: groups.Cid3488Code = field(metadata={"row": "12"})
    """Row 12: CODE EV (121401, DCM, \"Derivation\"), VM 1, M; values DCID 3488"""


@dataclass(kw_only=True)
class StenosisPropertiesLumenDiameterStenosis(TemplatePart):
    """Row 13 of TID 3912."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "13"

    value: groups.Cid3832Code
    """The value of row 13 (CODE)."""

    derivation: groups.Cid3488Code = field(metadata={"row": "14"})
    """Row 14: CODE EV (121401, DCM, \"Derivation\"), VM 1, M; values DCID 3488"""
