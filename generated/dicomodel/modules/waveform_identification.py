"""Waveform Identification Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.referenced_instance_sequence_item_waveform_identification import (
        ReferencedInstanceSequenceItemWaveformIdentification as _ReferencedInstanceSequenceItemWaveformIdentification,
    )
else:
    from dicomodel.lazy import Lazy

    _ReferencedInstanceSequenceItemWaveformIdentification = Lazy(
        "dicomodel.items.referenced_instance_sequence_item_waveform_identification",
        "ReferencedInstanceSequenceItemWaveformIdentification",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_waveform_identification import (
        ReferencedInstanceSequenceItemWaveformIdentification as ReferencedInstanceSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PurposeOfReferenceCodeSequenceItem",
    "ReferencedInstanceSequenceItem",
    "WaveformIdentificationModule",
]


class WaveformIdentificationModule(DicomModel):
    """Waveform Identification Module Attributes (PS3.3 Table C.10-8)."""

    dicom_name: ClassVar[str] = "Waveform Identification"
    dicom_table: ClassVar[str] = "table_C.10-8"

    InstanceNumber: Annotated[vr.IS, Attribute(0x00200013, "IS", "1", "1", name="Instance Number")]
    """Instance Number (0020,0013): Type 1, VR IS, VM 1. A number that identifies this Waveform."""

    ContentDate: Annotated[vr.DA, Attribute(0x00080023, "DA", "1", "1", name="Content Date")]
    """Content Date (0008,0023): Type 1, VR DA, VM 1. The date the Waveform data was created."""

    ContentTime: Annotated[vr.TM, Attribute(0x00080033, "TM", "1", "1", name="Content Time")]
    """Content Time (0008,0033): Type 1, VR TM, VM 1. The time the Waveform data was created."""

    AcquisitionDateTime: Annotated[
        vr.DT, Attribute(0x0008002A, "DT", "1", "1", name="Acquisition DateTime")
    ]
    """Acquisition DateTime (0008,002A): Type 1, VR DT, VM 1. The date and time that the acquisition of data that resulted in this waveform started; the reference timestamp for the Multiplex Group Time Offset (0018,1068) for a waveform multiplex group The synchronization of this time with an external..."""

    ReferencedInstanceSequence: Annotated[
        list[_ReferencedInstanceSequenceItemWaveformIdentification] | None,
        Attribute(0x0008114A, "SQ", "1", "3", name="Referenced Instance Sequence"),
    ] = None
    """Referenced Instance Sequence (0008,114A): Type 3, VR SQ, VM 1. Composite SOP Instances that are significantly related to this Waveform. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item_waveform_identification",
        "ReferencedInstanceSequenceItemWaveformIdentification",
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
