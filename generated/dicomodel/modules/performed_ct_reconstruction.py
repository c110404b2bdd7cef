"""Performed CT Reconstruction Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.reconstruction_protocol_element_sequence_item import (
        ReconstructionProtocolElementSequenceItem as _ReconstructionProtocolElementSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ReconstructionProtocolElementSequenceItem = Lazy(
        "dicomodel.items.reconstruction_protocol_element_sequence_item",
        "ReconstructionProtocolElementSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.content_qualification import ContentQualification as ContentQualification
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.convolution_kernel_group import (
        ConvolutionKernelGroupTerm as ConvolutionKernelGroupTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.offset_direction import OffsetDirection as OffsetDirection
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as ReconstructionAlgorithmSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DerivationCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReferenceBasisCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReferenceGeometryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RequestedSeriesDescriptionCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.reconstruction_protocol_element_sequence_item import (
        ReconstructionProtocolElementSequenceItem as ReconstructionProtocolElementSequenceItem,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as ReconstructionEndLocationSequenceItem,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as ReconstructionStartLocationSequenceItem,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as ReconstructionTargetCenterLocationSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "ConvolutionKernelGroupTerm",
    "DerivationCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "OffsetDirection",
    "PerformedCTReconstructionModule",
    "ReconstructionAlgorithmSequenceItem",
    "ReconstructionEndLocationSequenceItem",
    "ReconstructionProtocolElementSequenceItem",
    "ReconstructionStartLocationSequenceItem",
    "ReconstructionTargetCenterLocationSequenceItem",
    "ReferenceBasisCodeSequenceItem",
    "ReferenceGeometryCodeSequenceItem",
    "RequestedSeriesDescriptionCodeSequenceItem",
]


class PerformedCTReconstructionModule(DicomModel):
    """Performed CT Reconstruction Module Attributes (PS3.3 Table C.34.12-1)."""

    dicom_name: ClassVar[str] = "Performed CT Reconstruction"
    dicom_table: ClassVar[str] = "table_C.34.12-1"

    ReconstructionProtocolElementSequence: Annotated[
        list[_ReconstructionProtocolElementSequenceItem],
        Attribute(0x00189934, "SQ", "1", "1", name="Reconstruction Protocol Element Sequence"),
    ]
    """Reconstruction Protocol Element Sequence (0018,9934): Type 1, VR SQ, VM 1. Parameter values for each reconstruction protocol element in the Protocol. See Section C.34.11.1. Elements are performed in the order of their Protocol Element Number (0018,9921). One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentQualification": ("dicomodel.enums.content_qualification", "ContentQualification"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ConvolutionKernelGroupTerm": (
        "dicomodel.enums.convolution_kernel_group",
        "ConvolutionKernelGroupTerm",
    ),
    "DerivationCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OffsetDirection": ("dicomodel.enums.offset_direction", "OffsetDirection"),
    "ReconstructionAlgorithmSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "ReconstructionEndLocationSequenceItem": (
        "dicomodel.items.reference_location_item",
        "ReferenceLocationItem",
    ),
    "ReconstructionProtocolElementSequenceItem": (
        "dicomodel.items.reconstruction_protocol_element_sequence_item",
        "ReconstructionProtocolElementSequenceItem",
    ),
    "ReconstructionStartLocationSequenceItem": (
        "dicomodel.items.reference_location_item",
        "ReferenceLocationItem",
    ),
    "ReconstructionTargetCenterLocationSequenceItem": (
        "dicomodel.items.reference_location_item",
        "ReferenceLocationItem",
    ),
    "ReferenceBasisCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferenceGeometryCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
