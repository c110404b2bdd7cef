"""Item class ReconstructionProtocolElementSequenceItemPerformedXAReconstruction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AlgorithmTypeTerm as AlgorithmTypeTerm
from dicomodel.enums import AlgorithmTypeTerm as _AlgorithmTypeTerm
from dicomodel.enums import AppliedMaskSubtractionFlag as AppliedMaskSubtractionFlag
from dicomodel.enums import AppliedMaskSubtractionFlagValue as _AppliedMaskSubtractionFlagValue
from dicomodel.enums import ContentQualification as ContentQualification
from dicomodel.enums import ContentQualificationValue as _ContentQualificationValue
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import ImageHorizontalFlip as ImageHorizontalFlip
from dicomodel.enums import ImageHorizontalFlipValue as _ImageHorizontalFlipValue
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ReconstructionPipelineType as ReconstructionPipelineType
from dicomodel.enums import ReconstructionPipelineTypeValue as _ReconstructionPipelineTypeValue
from dicomodel.items import CodeSequenceItem as DerivationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RequestedSeriesDescriptionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as _CodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import ImageFilterDetailsSequenceItem as ImageFilterDetailsSequenceItem
from dicomodel.items import ImageFilterDetailsSequenceItem as _ImageFilterDetailsSequenceItem
from dicomodel.items import (
    ReconstructionProtocolElementSequenceItemPerformedXAReconstruction as ReconstructionProtocolElementSequenceItemPerformedXAReconstruction,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as _ReferencedDefinedProtocolSequenceItem,
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
