"""TID 10043 Irradiation Details.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import (
        tid10044,
        tid10045,
        tid10046,
        tid10047,
        tid10048,
        tid10049,
        tid10050,
        tid10051,
        tid10052,
        tid10053,
        tid10054,
    )

__all__ = [
    "TEMPLATE",
    "IrradiationDetails",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10043",
    name="Irradiation Details",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130505", "Irradiation Details"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111526", "DateTime Started"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111527", "DateTime Ended"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="UIDREF",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "112227", "Frame of Reference UID"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130506", "RDSR Frame of Reference Origin"),
            values=(("cid", "D", "10074"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130507", "RDSR Frame of Reference Description"),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="10044",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="10045",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="10046",
            vm_min=1,
            vm_max=None,
            condition="IF filtration characteristics are known",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF filtration characteristics are known",
            ),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="10047",
            vm_min=1,
            vm_max=None,
            condition="IF attenuator characteristics are known",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF attenuator characteristics are known",
            ),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="10048",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="10049",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="10050",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="10051",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="10052",
            vm_min=1,
            vm_max=None,
            condition="IF Row 10 is present AND any attenuator position is known",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF Row 10 is present AND any attenuator position is known",
            ),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="10053",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="10054",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class IrradiationDetails(TemplatePart):
    """TID 10043 Irradiation Details."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    datetime_started: str = field(metadata={"row": "2"})
    """Row 2: DATETIME DT (111526, DCM, \"DateTime Started\"), VM 1, M"""

    datetime_ended: str = field(metadata={"row": "3"})
    """Row 3: DATETIME DT (111527, DCM, \"DateTime Ended\"), VM 1, M"""

    frame_of_reference_uid: str = field(metadata={"row": "4"})
    """Row 4: UIDREF EV (112227, DCM, \"Frame of Reference UID\"), VM 1, M"""

    rdsr_frame_of_reference_origin: groups.Cid10074Code = field(metadata={"row": "5"})
    """Row 5: CODE EV (130506, DCM, \"RDSR Frame of Reference Origin\"), VM 1, M; values DCID 10074"""

    rdsr_frame_of_reference_description: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: TEXT EV (130507, DCM, \"RDSR Frame of Reference Description\"), VM 1, U"""

    radiation_source_characteristics: list[tid10044.RadiationSourceCharacteristics] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 10044, VM 1-n, M"""

    radiation_technique: list[tid10045.RadiationTechnique] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 10045, VM 1-n, M"""

    filtration: list[tid10046.Filtration] = field(default_factory=no_items, metadata={"row": "9"})
    """Row 9: INCLUDE DTID 10046, VM 1-n, MC: IF filtration characteristics are known"""

    attenuators: list[tid10047.Attenuators] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 10047, VM 1-n, MC: IF attenuator characteristics are known"""

    radiation_output: list[tid10048.RadiationOutput] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 10048, VM 1-n, M"""

    radiation_field_area: list[tid10049.RadiationFieldArea] = field(
        default_factory=no_items, metadata={"row": "12"}
    )
    """Row 12: INCLUDE DTID 10049, VM 1-n, M"""

    x_ray_source_reference_coordinate_system: list[tid10050.XRaySourceReferenceCoordinateSystem] = (
        field(default_factory=no_items, metadata={"row": "13"})
    )
    """Row 13: INCLUDE DTID 10050, VM 1-n, M"""

    beam_position: list[tid10051.BeamPosition] = field(
        default_factory=no_items, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 10051, VM 1-n, M"""

    attenuator_position: list[tid10052.AttenuatorPosition] = field(
        default_factory=no_items, metadata={"row": "15"}
    )
    """Row 15: INCLUDE DTID 10052, VM 1-n, MC: IF Row 10 is present AND any attenuator position is known"""

    patient_attenuation_characteristics: list[tid10053.PatientAttenuationCharacteristics] = field(
        default_factory=no_items, metadata={"row": "16"}
    )
    """Row 16: INCLUDE DTID 10053, VM 1-n, U"""

    procedure_characteristics: list[tid10054.ProcedureCharacteristics] = field(
        default_factory=no_items, metadata={"row": "17"}
    )
    """Row 17: INCLUDE DTID 10054, VM 1-n, U"""
