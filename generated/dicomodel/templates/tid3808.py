"""TID 3808 Lesion Intervention Information.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1000, tid3105

__all__ = [
    "TEMPLATE",
    "LesionInterventionInformation",
    "LesionInterventionInformationUsesEquipment",
    "LesionInterventionInformationLumenDiameterStenosis",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3808",
    name="Lesion Intervention Information",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "122178", "Lesion Intervention Information"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3105",
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NDR [2.0b]", "108", "Previous Dilation"),
            values=(("cid", "D", "3750"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NDR [2.0b]", "103", "Guidewire crossing lesion"),
            values=(("cid", "D", "3752"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "116682006", "Uses Equipment"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3411"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "122111", "Primary Intervention Device"),
            condition="IF Device is Primary for this Lesion",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF Device is Primary for this Lesion",
            ),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121145", "Description of Material"),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept_ref=("cid", "D", "3423"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept_ref=("cid", "D", "3425"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="DATETIME",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122105", "DateTime of Intervention"),
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122106", "Duration of Intervention"),
            units=(("code", "EV", "s", "UCUM", "s"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "408715008", "Lumen Diameter Stenosis"),
            units=(("code", "EV", "%", "UCUM", "%"),),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "129085009", "Catheterization Procedure Phase"),
            values=(("code", "EV", "128960007", "SCT", "Post-intervention Phase"),),
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121401", "Derivation"),
            values=(("cid", "D", "3745"),),
        ),
        RowDef(key="15", nesting=2, value_type="INCLUDE", requirement="U", include="1000"),
        RowDef(
            key="16",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122110", "Post- Intervention TIMI Flow"),
            values=(("cid", "D", "3713"),),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "115", "Dissection in segment observed"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "116", "Acute closure observed"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="CODE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "117", "Acute closure re-opened"),
            condition="IFF Row 18 value is <yes>",
            condition_status="undecidable",
            required_if=("unknown", "what a row's value means: Row 18 value is <yes>"),
            forbidden_if=("not", ("unknown", "what a row's value means: Row 18 value is <yes>")),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "118", "Perforation occurred"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="IMAGE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121080", "Best illustration of finding"),
        ),
        RowDef(
            key="22",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122177", "Procedure Result"),
        ),
    ),
)


@dataclass(kw_only=True)
class LesionInterventionInformation(TemplatePart):
    """TID 3808 Lesion Intervention Information."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    lesion_identification_and_properties: tid3105.LesionIdentificationAndProperties = field(
        metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 3105, VM 1, M"""

    previous_dilation: groups.Cid3750Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (108, NDR [2.0b], \"Previous Dilation\"), VM 1, U; values DCID 3750"""

    guidewire_crossing_lesion: groups.Cid3752Code | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: CODE EV (103, NDR [2.0b], \"Guidewire crossing lesion\"), VM 1, U; values DCID 3752"""

    uses_equipment: list[LesionInterventionInformationUsesEquipment] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: CODE EV (116682006, SCT, \"Uses Equipment\"), VM 1-n, M; values DCID 3411"""

    lumen_diameter_stenosis: LesionInterventionInformationLumenDiameterStenosis = field(
        metadata={"row": "12"}
    )
    """Row 12: NUM EV (408715008, SCT, \"Lumen Diameter Stenosis\"), VM 1, M; units EV (%, UCUM, \"%\")"""

    post_intervention_timi_flow: groups.Cid3713Code | None = field(
        default=None, metadata={"row": "16"}
    )
    """Row 16: CODE EV (122110, DCM, \"Post- Intervention TIMI Flow\"), VM 1, U; values DCID 3713"""

    dissection_in_segment_observed: groups.Cid230Code | None = field(
        default=None, metadata={"row": "17"}
    )
    """Row 17: CODE EV (115, NCDR [2.0b], \"Dissection in segment observed\"), VM 1, U; values DCID 230"""

    acute_closure_observed: groups.Cid230Code | None = field(default=None, metadata={"row": "18"})
    """Row 18: CODE EV (116, NCDR [2.0b], \"Acute closure observed\"), VM 1, U; values DCID 230"""

    acute_closure_re_opened: groups.Cid230Code | None = field(default=None, metadata={"row": "19"})
    """Row 19: CODE EV (117, NCDR [2.0b], \"Acute closure re-opened\"), VM 1, UC: IFF Row 18 value is <yes>; values DCID 230"""

    perforation_occurred: groups.Cid230Code | None = field(default=None, metadata={"row": "20"})
    """Row 20: CODE EV (118, NCDR [2.0b], \"Perforation occurred\"), VM 1, U; values DCID 230"""

    best_illustration_of_finding: Reference | None = field(default=None, metadata={"row": "21"})
    """Row 21: IMAGE DT (121080, DCM, \"Best illustration of finding\"), VM 1, U"""

    procedure_result: str | None = field(default=None, metadata={"row": "22"})
    """Row 22: TEXT DT (122177, DCM, \"Procedure Result\"), VM 1, U"""


@dataclass(kw_only=True)
class LesionInterventionInformationUsesEquipment(TemplatePart):
    """Row 5 of TID 3808."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: groups.Cid3411Code
    """The value of row 5 (CODE)."""

    primary_intervention_device: groups.Cid230Code | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: CODE EV (122111, DCM, \"Primary Intervention Device\"), VM 1, MC: IF Device is Primary for this Lesion; values DCID 230"""

    description_of_material: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: TEXT EV (121145, DCM, \"Description of Material\"), VM 1, U"""

    cid_3423: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "8"})
    """Row 8: NUM DCID 3423, VM 1-n, U"""

    cid_3425: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "9"})
    """Row 9: NUM DCID 3425, VM 1-n, U"""

    datetime_of_intervention: str | None = field(default=None, metadata={"row": "10"})
    """Row 10: DATETIME EV (122105, DCM, \"DateTime of Intervention\"), VM 1, U"""

    duration_of_intervention: Num | None = field(default=None, metadata={"row": "11"})
    """Row 11: NUM EV (122106, DCM, \"Duration of Intervention\"), VM 1, U; units EV (s, UCUM, \"s\")"""


@dataclass(kw_only=True)
class LesionInterventionInformationLumenDiameterStenosis(TemplatePart):
    """Row 12 of TID 3808."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    value: Num
    """The value of row 12 (NUM)."""

    catheterization_procedure_phase: Code = field(metadata={"row": "13"})
    """Row 13: CODE EV (129085009, SCT, \"Catheterization Procedure Phase\"), VM 1, M; values EV (128960007, SCT, \"Post-intervention Phase\")"""

    derivation: groups.Cid3745Code | None = field(default=None, metadata={"row": "14"})
    """Row 14: CODE EV (121401, DCM, \"Derivation\"), VM 1, U; values DCID 3745"""

    quotation: tid1000.Quotation | None = field(default=None, metadata={"row": "15"})
    """Row 15: INCLUDE DTID 1000, VM 1, U"""
