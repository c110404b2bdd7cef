"""Performed XA Reconstruction Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.reconstruction_protocol_element_sequence_item_performed_xa_reconstruction import (
        ReconstructionProtocolElementSequenceItemPerformedXAReconstruction as _ReconstructionProtocolElementSequenceItemPerformedXAReconstruction,
    )
else:
    from dicomodel.lazy import Lazy

    _ReconstructionProtocolElementSequenceItemPerformedXAReconstruction = Lazy(
        "dicomodel.items.reconstruction_protocol_element_sequence_item_performed_xa_reconstruction",
        "ReconstructionProtocolElementSequenceItemPerformedXAReconstruction",
    )

if TYPE_CHECKING:
    from dicomodel.enums.algorithm_type import AlgorithmTypeTerm as AlgorithmTypeTerm
    from dicomodel.enums.applied_mask_subtraction_flag import (
        AppliedMaskSubtractionFlag as AppliedMaskSubtractionFlag,
    )
    from dicomodel.enums.content_qualification import ContentQualification as ContentQualification
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.image_horizontal_flip import ImageHorizontalFlip as ImageHorizontalFlip
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.reconstruction_pipeline_type import (
        ReconstructionPipelineType as ReconstructionPipelineType,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DerivationCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RequestedSeriesDescriptionCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.image_filter_details_sequence_item import (
        ImageFilterDetailsSequenceItem as ImageFilterDetailsSequenceItem,
    )
    from dicomodel.items.reconstruction_protocol_element_sequence_item_performed_xa_reconstruction import (
        ReconstructionProtocolElementSequenceItemPerformedXAReconstruction as ReconstructionProtocolElementSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
    )

__all__ = [
    "AlgorithmTypeTerm",
    "AppliedMaskSubtractionFlag",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "DerivationCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "ImageFilterDetailsSequenceItem",
    "ImageHorizontalFlip",
    "MappingResourceTerm",
    "PerformedXAReconstructionModule",
    "ReconstructionPipelineType",
    "ReconstructionProtocolElementSequenceItem",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "RequestedSeriesDescriptionCodeSequenceItem",
]


class PerformedXAReconstructionModule(DicomModel):
    """Performed XA Reconstruction Module Attributes (PS3.3 Table C.34.18-1)."""

    dicom_name: ClassVar[str] = "Performed XA Reconstruction"
    dicom_table: ClassVar[str] = "table_C.34.18-1"

    ReconstructionProtocolElementSequence: Annotated[
        list[_ReconstructionProtocolElementSequenceItemPerformedXAReconstruction],
        Attribute(0x00189934, "SQ", "1", "1", name="Reconstruction Protocol Element Sequence"),
    ]
    """Reconstruction Protocol Element Sequence (0018,9934): Type 1, VR SQ, VM 1. Parameter values for each reconstruction protocol element in the Protocol. Elements are performed in the order of their Protocol Element Number (0018,9921). One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmTypeTerm": ("dicomodel.enums.algorithm_type", "AlgorithmTypeTerm"),
    "AppliedMaskSubtractionFlag": (
        "dicomodel.enums.applied_mask_subtraction_flag",
        "AppliedMaskSubtractionFlag",
    ),
    "ContentQualification": ("dicomodel.enums.content_qualification", "ContentQualification"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DerivationCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "ImageFilterDetailsSequenceItem": (
        "dicomodel.items.image_filter_details_sequence_item",
        "ImageFilterDetailsSequenceItem",
    ),
    "ImageHorizontalFlip": ("dicomodel.enums.image_horizontal_flip", "ImageHorizontalFlip"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ReconstructionPipelineType": (
        "dicomodel.enums.reconstruction_pipeline_type",
        "ReconstructionPipelineType",
    ),
    "ReconstructionProtocolElementSequenceItem": (
        "dicomodel.items.reconstruction_protocol_element_sequence_item_performed_xa_reconstruction",
        "ReconstructionProtocolElementSequenceItemPerformedXAReconstruction",
    ),
    "ReferencedDefinedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    ),
    "ReferencedPerformedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    ),
    "RequestedSeriesDescriptionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
