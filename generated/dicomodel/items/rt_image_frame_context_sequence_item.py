"""Item class RTImageFrameContextSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.rt_patient_position_scope_with_legacy_support_item import (
        RTPatientPositionScopeWithLegacySupportItem as _RTPatientPositionScopeWithLegacySupportItem,
    )
else:
    from dicomodel.lazy import Lazy

    _RTPatientPositionScopeWithLegacySupportItem = Lazy(
        "dicomodel.items.rt_patient_position_scope_with_legacy_support_item",
        "RTPatientPositionScopeWithLegacySupportItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.beam_sequence_item import BeamSequenceItem as BeamSequenceItem
    from dicomodel.items.referenced_rt_plan_sequence_item import (
        ReferencedRTPlanSequenceItem as ReferencedRTPlanSequenceItem,
    )
    from dicomodel.items.referenced_rt_radiation_set_sequence_item import (
        ReferencedRTRadiationSetSequenceItem as ReferencedRTRadiationSetSequenceItem,
    )
    from dicomodel.items.rt_patient_position_scope_with_legacy_support_item import (
        RTPatientPositionScopeWithLegacySupportItem as RTImageScopeSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTRadiationSequenceItem,
    )
    from dicomodel.items.treatment_position_group_sequence_item import (
        TreatmentPositionGroupSequenceItem as TreatmentPositionGroupSequenceItem,
    )

__all__ = [
    "BeamSequenceItem",
    "RTImageFrameContextSequenceItem",
    "RTImageScopeSequenceItem",
    "ReferencedRTPlanSequenceItem",
    "ReferencedRTRadiationSequenceItem",
    "ReferencedRTRadiationSetSequenceItem",
    "TreatmentPositionGroupSequenceItem",
]


class RTImageFrameContextSequenceItem(DicomModel):
    """An item of RT Image Frame Context Sequence (3002,0103), as first defined in RT Image Frame Context Macro Attributes (C.36.2.4.11-1)."""

    dicom_name: ClassVar[str] = "RT Image Frame Context Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.4.11-1"

    RTImageScopeSequence: Annotated[
        list[_RTPatientPositionScopeWithLegacySupportItem],
        Attribute(0x30020104, "SQ", "1", "1", name="RT Image Scope Sequence"),
    ]
    """RT Image Scope Sequence (3002,0104): Type 1, VR SQ, VM 1. The RT Radiation Instances or the Treatment Position Groups for which the Frame is reconstructed or acquired. Only a single Item shall be included in this Sequence."""

    RTRadiationSetDeliveryNumber: Annotated[
        vr.US | None,
        Attribute(
            0x300A0704,
            "US",
            "1",
            "1C",
            name="RT Radiation Set Delivery Number",
            when=("unknown", "names no attribute: the Frame is related to a specific Fraction"),
        ),
    ] = None
    """RT Radiation Set Delivery Number (300A,0704): Type 1C, VR US, VM 1. Required if the Frame is related to a specific Fraction. Identification of the RT Radiation Set Deliveryof the referenced RT Radiation Set Instance that this frame refers to. Required if the Frame is related to a specific Fraction. See Section C.36.20.1.2."""

    ClinicalFractionNumber: Annotated[
        vr.US | None,
        Attribute(
            0x300A0705,
            "US",
            "1",
            "1C",
            name="Clinical Fraction Number",
            when=("unknown", "names no attribute: the Frame is related to a specific Fraction"),
        ),
    ] = None
    """Clinical Fraction Number (300A,0705): Type 1C, VR US, VM 1. Required if the Frame is related to a specific Fraction. Identification of the RT Treatment Fraction of the referenced RT Radiation Set Instance that this frame refers to. Required if the Frame is related to a specific Fraction. See Section C.36.20.1.2."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BeamSequenceItem": ("dicomodel.items.beam_sequence_item", "BeamSequenceItem"),
    "RTImageScopeSequenceItem": (
        "dicomodel.items.rt_patient_position_scope_with_legacy_support_item",
        "RTPatientPositionScopeWithLegacySupportItem",
    ),
    "ReferencedRTPlanSequenceItem": (
        "dicomodel.items.referenced_rt_plan_sequence_item",
        "ReferencedRTPlanSequenceItem",
    ),
    "ReferencedRTRadiationSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedRTRadiationSetSequenceItem": (
        "dicomodel.items.referenced_rt_radiation_set_sequence_item",
        "ReferencedRTRadiationSetSequenceItem",
    ),
    "TreatmentPositionGroupSequenceItem": (
        "dicomodel.items.treatment_position_group_sequence_item",
        "TreatmentPositionGroupSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
