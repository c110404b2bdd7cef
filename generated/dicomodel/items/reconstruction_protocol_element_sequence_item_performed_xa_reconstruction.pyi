"""Item class ReconstructionProtocolElementSequenceItemPerformedXAReconstruction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AlgorithmTypeTerm as AlgorithmTypeTerm
from dicomodel.enums import AppliedMaskSubtractionFlag as AppliedMaskSubtractionFlag
from dicomodel.enums import ContentQualification as ContentQualification
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import ImageHorizontalFlip as ImageHorizontalFlip
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ReconstructionPipelineType as ReconstructionPipelineType
from dicomodel.items import CodeSequenceItem as DerivationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestedSeriesDescriptionCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import ImageFilterDetailsSequenceItem as ImageFilterDetailsSequenceItem
from dicomodel.items import (
    ReconstructionProtocolElementSequenceItemPerformedXAReconstruction as ReconstructionProtocolElementSequenceItemPerformedXAReconstruction,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
)
from dicomodel.items import (
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
    "ReconstructionPipelineType",
    "ReconstructionProtocolElementSequenceItemPerformedXAReconstruction",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "RequestedSeriesDescriptionCodeSequenceItem",
]
