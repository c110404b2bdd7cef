"""Item class ReconstructionProtocolElementSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContentQualification as ContentQualification
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import ConvolutionKernelGroupTerm as ConvolutionKernelGroupTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import OffsetDirection as OffsetDirection
from dicomodel.items import AlgorithmIdentificationItem as ReconstructionAlgorithmSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmFamilyCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DerivationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReferenceBasisCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReferenceGeometryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestedSeriesDescriptionCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    ReconstructionProtocolElementSequenceItem as ReconstructionProtocolElementSequenceItem,
)
from dicomodel.items import ReferenceLocationItem as ReconstructionEndLocationSequenceItem
from dicomodel.items import ReferenceLocationItem as ReconstructionStartLocationSequenceItem
from dicomodel.items import ReferenceLocationItem as ReconstructionTargetCenterLocationSequenceItem

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
    "ReconstructionAlgorithmSequenceItem",
    "ReconstructionEndLocationSequenceItem",
    "ReconstructionProtocolElementSequenceItem",
    "ReconstructionStartLocationSequenceItem",
    "ReconstructionTargetCenterLocationSequenceItem",
    "ReferenceBasisCodeSequenceItem",
    "ReferenceGeometryCodeSequenceItem",
    "RequestedSeriesDescriptionCodeSequenceItem",
]
