"""Photoacoustic Reconstruction Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.sound_speed_correction_mechanism_code_sequence_item import (
        SoundSpeedCorrectionMechanismCodeSequenceItem as _SoundSpeedCorrectionMechanismCodeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _SoundSpeedCorrectionMechanismCodeSequenceItem = Lazy(
        "dicomodel.items.sound_speed_correction_mechanism_code_sequence_item",
        "SoundSpeedCorrectionMechanismCodeSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.sound_speed_correction_mechanism_code_sequence_item import (
        SoundSpeedCorrectionMechanismCodeSequenceItem as SoundSpeedCorrectionMechanismCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PhotoacousticReconstructionModule",
    "ReferencedImageSequenceItem",
    "SoundSpeedCorrectionMechanismCodeSequenceItem",
]


class PhotoacousticReconstructionModule(DicomModel):
    """Photoacoustic Reconstruction Module Attributes (PS3.3 Table C.8.34.4-1)."""

    dicom_name: ClassVar[str] = "Photoacoustic Reconstruction"
    dicom_table: ClassVar[str] = "table_C.8.34.4-1"

    SoundSpeedCorrectionMechanismCodeSequence: Annotated[
        list[_SoundSpeedCorrectionMechanismCodeSequenceItem],
        Attribute(
            0x00189832, "SQ", "1", "1", name="Sound Speed Correction Mechanism Code Sequence"
        ),
    ]
    """Sound Speed Correction Mechanism Code Sequence (0018,9832): Type 1, VR SQ, VM 1. Mechanism used to correct for the speed of sound during image reconstruction due to differences in tissue composition. Only a single Item shall be included in this Sequence."""


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
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "SoundSpeedCorrectionMechanismCodeSequenceItem": (
        "dicomodel.items.sound_speed_correction_mechanism_code_sequence_item",
        "SoundSpeedCorrectionMechanismCodeSequenceItem",
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
