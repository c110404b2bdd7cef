"""Presentation State Blending Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.blending_sequence_item import BlendingSequenceItem as _BlendingSequenceItem
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as _HierarchicalSOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BlendingSequenceItem = Lazy("dicomodel.items.blending_sequence_item", "BlendingSequenceItem")
    _HierarchicalSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.blending_position import BlendingPosition as BlendingPosition
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.rescale_type import RescaleTypeTerm as RescaleTypeTerm
    from dicomodel.enums.voilut_function import VOILUTFunctionTerm as VOILUTFunctionTerm
    from dicomodel.items.blending_sequence_item import BlendingSequenceItem as BlendingSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as ReferencedSpatialRegistrationSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.modality_lut_sequence_item_presentation_state_blending import (
        ModalityLUTSequenceItemPresentationStateBlending as ModalityLUTSequenceItem,
    )
    from dicomodel.items.referenced_digital_signature_sequence_item import (
        ReferencedDigitalSignatureSequenceItem as ReferencedDigitalSignatureSequenceItem,
    )
    from dicomodel.items.referenced_sop_instance_mac_sequence_item import (
        ReferencedSOPInstanceMACSequenceItem as ReferencedSOPInstanceMACSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference import (
        ReferencedSOPSequenceItemHierarchicalEvidenceReference as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.softcopy_voilut_sequence_item import (
        SoftcopyVOILUTSequenceItem as SoftcopyVOILUTSequenceItem,
    )
    from dicomodel.items.voilut_sequence_item import VOILUTSequenceItem as VOILUTSequenceItem

__all__ = [
    "BlendingPosition",
    "BlendingSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MACAlgorithmTerm",
    "MappingResourceTerm",
    "ModalityLUTSequenceItem",
    "PresentationStateBlendingModule",
    "PurposeOfReferenceCodeSequenceItem",
    "ReferencedDigitalSignatureSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedSOPInstanceMACSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSpatialRegistrationSequenceItem",
    "RescaleTypeTerm",
    "SoftcopyVOILUTSequenceItem",
    "VOILUTFunctionTerm",
    "VOILUTSequenceItem",
]


class PresentationStateBlendingModule(DicomModel):
    """Presentation State Blending Module Attributes (PS3.3 Table C.11.14-1)."""

    dicom_name: ClassVar[str] = "Presentation State Blending"
    dicom_table: ClassVar[str] = "table_C.11.14-1"

    BlendingSequence: Annotated[
        list[_BlendingSequenceItem], Attribute(0x00700402, "SQ", "1", "1", name="Blending Sequence")
    ]
    """Blending Sequence (0070,0402): Type 1, VR SQ, VM 1. A Sequence of Items, one identifying and describing transformations upon a set of underlying grayscale images, and the other identifying and describing transformations upon a set of superimposed grayscale images."""

    RelativeOpacity: Annotated[
        vr.FL, Attribute(0x00700403, "FL", "1", "1", name="Relative Opacity")
    ]
    """Relative Opacity (0070,0403): Type 1, VR FL, VM 1. A value from 0.0 to 1.0 indicating the relative opacity of the pixels of the superimposed image, where 1.0 means that pixels of the superimposed image completely replace the pixels of the underlying image, and 0.0 means that the pixels of t..."""

    ReferencedSpatialRegistrationSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(0x00700404, "SQ", "1", "3", name="Referenced Spatial Registration Sequence"),
    ] = None
    """Referenced Spatial Registration Sequence (0070,0404): Type 3, VR SQ, VM 1. A reference to Spatial Registration Instances that may be used to register the underlying and superimposed images. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BlendingPosition": ("dicomodel.enums.blending_position", "BlendingPosition"),
    "BlendingSequenceItem": ("dicomodel.items.blending_sequence_item", "BlendingSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MACAlgorithmTerm": ("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ModalityLUTSequenceItem": (
        "dicomodel.items.modality_lut_sequence_item_presentation_state_blending",
        "ModalityLUTSequenceItemPresentationStateBlending",
    ),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedDigitalSignatureSequenceItem": (
        "dicomodel.items.referenced_digital_signature_sequence_item",
        "ReferencedDigitalSignatureSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "ReferencedSOPInstanceMACSequenceItem": (
        "dicomodel.items.referenced_sop_instance_mac_sequence_item",
        "ReferencedSOPInstanceMACSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference",
        "ReferencedSOPSequenceItemHierarchicalEvidenceReference",
    ),
    "ReferencedSpatialRegistrationSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "RescaleTypeTerm": ("dicomodel.enums.rescale_type", "RescaleTypeTerm"),
    "SoftcopyVOILUTSequenceItem": (
        "dicomodel.items.softcopy_voilut_sequence_item",
        "SoftcopyVOILUTSequenceItem",
    ),
    "VOILUTFunctionTerm": ("dicomodel.enums.voilut_function", "VOILUTFunctionTerm"),
    "VOILUTSequenceItem": ("dicomodel.items.voilut_sequence_item", "VOILUTSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
