"""RT Image Frame Context Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.rt_image_frame_context_sequence_item import (
        RTImageFrameContextSequenceItem as _RTImageFrameContextSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _RTImageFrameContextSequenceItem = Lazy(
        "dicomodel.items.rt_image_frame_context_sequence_item", "RTImageFrameContextSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.beam_sequence_item import BeamSequenceItem as BeamSequenceItem
    from dicomodel.items.referenced_rt_plan_sequence_item import (
        ReferencedRTPlanSequenceItem as ReferencedRTPlanSequenceItem,
    )
    from dicomodel.items.referenced_rt_radiation_set_sequence_item import (
        ReferencedRTRadiationSetSequenceItem as ReferencedRTRadiationSetSequenceItem,
    )
    from dicomodel.items.rt_image_frame_context_sequence_item import (
        RTImageFrameContextSequenceItem as RTImageFrameContextSequenceItem,
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
    "RTImageFrameContextMacro",
    "RTImageFrameContextSequenceItem",
    "RTImageScopeSequenceItem",
    "ReferencedRTPlanSequenceItem",
    "ReferencedRTRadiationSequenceItem",
    "ReferencedRTRadiationSetSequenceItem",
    "TreatmentPositionGroupSequenceItem",
]


class RTImageFrameContextMacro(DicomModel):
    """RT Image Frame Context Macro Attributes (PS3.3 Table C.36.2.4.11-1)."""

    dicom_name: ClassVar[str] = "RT Image Frame Context"
    dicom_table: ClassVar[str] = "table_C.36.2.4.11-1"

    RTImageFrameContextSequence: Annotated[
        list[_RTImageFrameContextSequenceItem],
        Attribute(0x30020103, "SQ", "1", "1", name="RT Image Frame Context Sequence"),
    ]
    """RT Image Frame Context Sequence (3002,0103): Type 1, VR SQ, VM 1. Contextual information of the frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BeamSequenceItem": ("dicomodel.items.beam_sequence_item", "BeamSequenceItem"),
    "RTImageFrameContextSequenceItem": (
        "dicomodel.items.rt_image_frame_context_sequence_item",
        "RTImageFrameContextSequenceItem",
    ),
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
