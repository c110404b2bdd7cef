"""TID 3105 Lesion Identification and Properties.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3010

__all__ = [
    "TEMPLATE",
    "LesionIdentificationAndProperties",
    "LesionIdentificationAndPropertiesFindingSite",
    "LesionIdentificationAndPropertiesLumenDiameterStenosis",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3105",
    name="Lesion Identification and Properties",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="TEXT",
            requirement="M",
            concept=Code("DCM", "121151", "Lesion Identifier"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("cid", "D", "3604"),),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "106233006", "Topographical modifier"),
            values=(("cid", "D", "3019"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121153", "Lesion Risk"),
            values=(("cid", "D", "3418"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "408715008", "Lumen Diameter Stenosis"),
            units=(("code", "EV", "%", "UCUM", "%"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "129085009", "Catheterization Procedure Phase"),
            values=(("code", "EV", "128955008", "SCT", "Baseline Phase"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121401", "Derivation"),
            values=(("cid", "D", "3745"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CODE",
            requirement="UC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122109", "Baseline TIMI Flow"),
            condition="IFF Row 2 specifies a coronary artery",
            condition_status="undecidable",
            required_if=("unknown", "what a row's value means: Row 2 specifies a coronary artery"),
            forbidden_if=(
                "not",
                ("unknown", "what a row's value means: Row 2 specifies a coronary artery"),
            ),
            values=(("cid", "D", "3713"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122131", "Degree of Thrombus"),
            values=(("cid", "D", "3714"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "129737002", "Lesion Margin Characteristics"),
            values=(("cid", "D", "3715"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122134", "Vessel Morphology"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3712"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122132", "Severity of Calcification"),
            values=(("cid", "D", "3716"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="IMAGE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121080", "Best illustration of finding"),
        ),
        RowDef(key="14", nesting=1, value_type="INCLUDE", requirement="U", include="3010"),
    ),
)


@dataclass(kw_only=True)
class LesionIdentificationAndProperties(TemplatePart):
    """TID 3105 Lesion Identification and Properties."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: str
    """The value of row 1 (TEXT)."""

    finding_site: LesionIdentificationAndPropertiesFindingSite = field(metadata={"row": "2"})
    """Row 2: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values DCID 3604"""

    lesion_risk: groups.Cid3418Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (121153, DCM, \"Lesion Risk\"), VM 1, U; values DCID 3418"""

    lumen_diameter_stenosis: LesionIdentificationAndPropertiesLumenDiameterStenosis | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: NUM EV (408715008, SCT, \"Lumen Diameter Stenosis\"), VM 1, U; units EV (%, UCUM, \"%\")"""

    baseline_timi_flow: groups.Cid3713Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (122109, DCM, \"Baseline TIMI Flow\"), VM 1, UC: IFF Row 2 specifies a coronary artery; values DCID 3713"""

    degree_of_thrombus: groups.Cid3714Code | None = field(default=None, metadata={"row": "9"})
    """Row 9: CODE EV (122131, DCM, \"Degree of Thrombus\"), VM 1, U; values DCID 3714"""

    lesion_margin_characteristics: groups.Cid3715Code | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: CODE EV (129737002, SCT, \"Lesion Margin Characteristics\"), VM 1, U; values DCID 3715"""

    vessel_morphology: list[groups.Cid3712Code] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: CODE EV (122134, DCM, \"Vessel Morphology\"), VM 1-n, U; values DCID 3712"""

    severity_of_calcification: groups.Cid3716Code | None = field(
        default=None, metadata={"row": "12"}
    )
    """Row 12: CODE EV (122132, DCM, \"Severity of Calcification\"), VM 1, U; values DCID 3716"""

    best_illustration_of_finding: Reference | None = field(default=None, metadata={"row": "13"})
    """Row 13: IMAGE DT (121080, DCM, \"Best illustration of finding\"), VM 1, U"""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 3010, VM 1, U"""


@dataclass(kw_only=True)
class LesionIdentificationAndPropertiesFindingSite(TemplatePart):
    """Row 2 of TID 3105."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: groups.Cid3604Code
    """The value of row 2 (CODE)."""

    topographical_modifier: groups.Cid3019Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (106233006, SCT, \"Topographical modifier\"), VM 1, U; values DCID 3019"""


@dataclass(kw_only=True)
class LesionIdentificationAndPropertiesLumenDiameterStenosis(TemplatePart):
    """Row 5 of TID 3105."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: Num
    """The value of row 5 (NUM)."""

    catheterization_procedure_phase: Code = field(metadata={"row": "6"})
    """Row 6: CODE EV (129085009, SCT, \"Catheterization Procedure Phase\"), VM 1, M; values EV (128955008, SCT, \"Baseline Phase\")"""

    derivation: groups.Cid3745Code | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE EV (121401, DCM, \"Derivation\"), VM 1, U; values DCID 3745"""
