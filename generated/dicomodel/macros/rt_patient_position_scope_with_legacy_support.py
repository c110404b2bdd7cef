"""RT Patient Position Scope With Legacy Support Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.referenced_rt_plan_sequence_item import (
        ReferencedRTPlanSequenceItem as _ReferencedRTPlanSequenceItem,
    )
    from dicomodel.items.referenced_rt_radiation_set_sequence_item import (
        ReferencedRTRadiationSetSequenceItem as _ReferencedRTRadiationSetSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ReferencedRTPlanSequenceItem = Lazy(
        "dicomodel.items.referenced_rt_plan_sequence_item", "ReferencedRTPlanSequenceItem"
    )
    _ReferencedRTRadiationSetSequenceItem = Lazy(
        "dicomodel.items.referenced_rt_radiation_set_sequence_item",
        "ReferencedRTRadiationSetSequenceItem",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.beam_sequence_item import BeamSequenceItem as BeamSequenceItem
    from dicomodel.items.referenced_rt_plan_sequence_item import (
        ReferencedRTPlanSequenceItem as ReferencedRTPlanSequenceItem,
    )
    from dicomodel.items.referenced_rt_radiation_set_sequence_item import (
        ReferencedRTRadiationSetSequenceItem as ReferencedRTRadiationSetSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTRadiationSequenceItem,
    )
    from dicomodel.items.treatment_position_group_sequence_item import (
        TreatmentPositionGroupSequenceItem as TreatmentPositionGroupSequenceItem,
    )

__all__ = [
    "BeamSequenceItem",
    "RTPatientPositionScopeWithLegacySupportMacro",
    "ReferencedRTPlanSequenceItem",
    "ReferencedRTRadiationSequenceItem",
    "ReferencedRTRadiationSetSequenceItem",
    "TreatmentPositionGroupSequenceItem",
]


class RTPatientPositionScopeWithLegacySupportMacro(DicomModel):
    """RT Patient Position Scope With Legacy Support Macro Attributes (PS3.3 Table C.36.2.3.3-1)."""

    dicom_name: ClassVar[str] = "RT Patient Position Scope With Legacy Support"
    dicom_table: ClassVar[str] = "table_C.36.2.3.3-1"

    ReferencedRTRadiationSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x300A0630,
            "SQ",
            "1",
            "1C",
            name="Referenced RT Radiation Sequence",
            when=("and", ("not", ("present", 0x300A0702)), ("not", ("present", 0x300C0002))),
        ),
    ] = None
    """Referenced RT Radiation Sequence (300A,0630): Type 1C, VR SQ, VM 1. Required if Referenced RT Radiation Set Sequence (300A,0702) and Referenced RT Plan Sequence (300C,0002) are absent. A set of RT Radiation Instances for which the positioning parameters apply. Required if Referenced RT Radiation Set Sequence (300A,0702) and Referenced RT Plan Sequence (300C,0002) are absent."""

    ReferencedRTRadiationSetSequence: Annotated[
        list[_ReferencedRTRadiationSetSequenceItem] | None,
        Attribute(
            0x300A0702,
            "SQ",
            "1",
            "1C",
            name="Referenced RT Radiation Set Sequence",
            when=("and", ("not", ("present", 0x300A0630)), ("not", ("present", 0x300C0002))),
        ),
    ] = None
    """Referenced RT Radiation Set Sequence (300A,0702): Type 1C, VR SQ, VM 1. Required if Referenced RT Radiation Sequence (300A,0630) and Referenced RT Plan Sequence (300C,0002) are absent. A collection of RT Radiation Sets for which the positioning parameters apply. Required if Referenced RT Radiation Sequence (300A,0630) and Referenced RT Plan Sequence (300C,0002) are absent."""

    ReferencedRTPlanSequence: Annotated[
        list[_ReferencedRTPlanSequenceItem] | None,
        Attribute(
            0x300C0002,
            "SQ",
            "1",
            "1C",
            name="Referenced RT Plan Sequence",
            when=("and", ("not", ("present", 0x300A0630)), ("not", ("present", 0x300A0702))),
        ),
    ] = None
    """Referenced RT Plan Sequence (300C,0002): Type 1C, VR SQ, VM 1. Required if Referenced RT Radiation Sequence (300A,0630) and Referenced RT Radiation Set Sequence (300A,0702) are absent. A collection of RT Plans and/or RT Ion Plans for which the positioning parameters apply. Required if Referenced RT Radiation Sequence (300A,0630) and Referenced RT Radiation Set Sequence (300A,0702) are absent."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BeamSequenceItem": ("dicomodel.items.beam_sequence_item", "BeamSequenceItem"),
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
