"""General Reference Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.referenced_image_sequence_item_x_ray_image import (
        ReferencedImageSequenceItemXRayImage as _ReferencedImageSequenceItemXRayImage,
    )
    from dicomodel.items.referenced_instance_sequence_item_rt_dose import (
        ReferencedInstanceSequenceItemRTDose as _ReferencedInstanceSequenceItemRTDose,
    )
    from dicomodel.items.referenced_instance_sequence_item_waveform_identification import (
        ReferencedInstanceSequenceItemWaveformIdentification as _ReferencedInstanceSequenceItemWaveformIdentification,
    )
    from dicomodel.items.source_image_sequence_item_general_reference import (
        SourceImageSequenceItemGeneralReference as _SourceImageSequenceItemGeneralReference,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ReferencedImageSequenceItemXRayImage = Lazy(
        "dicomodel.items.referenced_image_sequence_item_x_ray_image",
        "ReferencedImageSequenceItemXRayImage",
    )
    _ReferencedInstanceSequenceItemRTDose = Lazy(
        "dicomodel.items.referenced_instance_sequence_item_rt_dose",
        "ReferencedInstanceSequenceItemRTDose",
    )
    _ReferencedInstanceSequenceItemWaveformIdentification = Lazy(
        "dicomodel.items.referenced_instance_sequence_item_waveform_identification",
        "ReferencedInstanceSequenceItemWaveformIdentification",
    )
    _SourceImageSequenceItemGeneralReference = Lazy(
        "dicomodel.items.source_image_sequence_item_general_reference",
        "SourceImageSequenceItemGeneralReference",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.spatial_locations_preserved import (
        SpatialLocationsPreserved as SpatialLocationsPreserved,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DerivationCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item_x_ray_image import (
        ReferencedImageSequenceItemXRayImage as ReferencedImageSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_rt_dose import (
        ReferencedInstanceSequenceItemRTDose as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_waveform_identification import (
        ReferencedInstanceSequenceItemWaveformIdentification as SourceInstanceSequenceItem,
    )
    from dicomodel.items.source_image_sequence_item_general_reference import (
        SourceImageSequenceItemGeneralReference as SourceImageSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "DerivationCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "GeneralReferenceModule",
    "MappingResourceTerm",
    "PurposeOfReferenceCodeSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "SourceImageSequenceItem",
    "SourceInstanceSequenceItem",
    "SpatialLocationsPreserved",
]


class GeneralReferenceModule(DicomModel):
    """General Reference Module Attributes (PS3.3 Table C.12-10)."""

    dicom_name: ClassVar[str] = "General Reference"
    dicom_table: ClassVar[str] = "table_C.12-10"

    ReferencedImageSequence: Annotated[
        list[_ReferencedImageSequenceItemXRayImage] | None,
        Attribute(0x00081140, "SQ", "1", "3", name="Referenced Image Sequence"),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 3, VR SQ, VM 1. Other images significantly related to this image (e.g., post-localizer CT image, Mammographic biopsy or partial view images, or slide images containing control material). One or more Items are permitted in this Sequence."""

    ReferencedInstanceSequence: Annotated[
        list[_ReferencedInstanceSequenceItemRTDose] | None,
        Attribute(0x0008114A, "SQ", "1", "3", name="Referenced Instance Sequence"),
    ] = None
    """Referenced Instance Sequence (0008,114A): Type 3, VR SQ, VM 1. Non-image composite SOP Instances that are significantly related to this Image, including waveforms that may or may not be temporally synchronized with this image. One or more Items are permitted in this Sequence."""

    DerivationDescription: Annotated[
        vr.ST | None, Attribute(0x00082111, "ST", "1", "3", name="Derivation Description")
    ] = None
    """Derivation Description (0008,2111): Type 3, VR ST, VM 1. A text description of how this image was derived. See Section C.12.4.1.1 for further explanation."""

    DerivationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00089215, "SQ", "1", "3", name="Derivation Code Sequence"),
    ] = None
    """Derivation Code Sequence (0008,9215): Type 3, VR SQ, VM 1. A coded description of how this image was derived. See Section C.12.4.1.1 for further explanation. One or more Items are permitted in this Sequence. More than one Item indicates that successive derivation steps have been applied."""

    SourceImageSequence: Annotated[
        list[_SourceImageSequenceItemGeneralReference] | None,
        Attribute(0x00082112, "SQ", "1", "3", name="Source Image Sequence"),
    ] = None
    """Source Image Sequence (0008,2112): Type 3, VR SQ, VM 1. The set of Image SOP Class/Instance pairs of the Images that were used to derive this Image. One or more Items are permitted in this Sequence. See Section C.12.4.1.2 for further explanation."""

    SourceInstanceSequence: Annotated[
        list[_ReferencedInstanceSequenceItemWaveformIdentification] | None,
        Attribute(0x00420013, "SQ", "1", "3", name="Source Instance Sequence"),
    ] = None
    """Source Instance Sequence (0042,0013): Type 3, VR SQ, VM 1. The set of non-image composite SOP Instances that were used to derive this Instance. One or more Items are permitted in this Sequence. See Section C.12.4.1.2 for further explanation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DerivationCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.referenced_image_sequence_item_x_ray_image",
        "ReferencedImageSequenceItemXRayImage",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item_rt_dose",
        "ReferencedInstanceSequenceItemRTDose",
    ),
    "SourceImageSequenceItem": (
        "dicomodel.items.source_image_sequence_item_general_reference",
        "SourceImageSequenceItemGeneralReference",
    ),
    "SourceInstanceSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item_waveform_identification",
        "ReferencedInstanceSequenceItemWaveformIdentification",
    ),
    "SpatialLocationsPreserved": (
        "dicomodel.enums.spatial_locations_preserved",
        "SpatialLocationsPreserved",
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
