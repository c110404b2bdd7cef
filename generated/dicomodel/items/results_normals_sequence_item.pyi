"""Item class ResultsNormalsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import (
    GlobalDeviationProbabilityNormalsFlag as GlobalDeviationProbabilityNormalsFlag,
)
from dicomodel.enums import (
    LocalDeviationProbabilityNormalsFlag as LocalDeviationProbabilityNormalsFlag,
)
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as AlgorithmFamilyCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmNameCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    GlobalDeviationProbabilitySequenceItem as GlobalDeviationProbabilitySequenceItem,
)
from dicomodel.items import (
    LocalizedDeviationProbabilitySequenceItem as LocalizedDeviationProbabilitySequenceItem,
)
from dicomodel.items import ResultsNormalsSequenceItem as ResultsNormalsSequenceItem

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "GlobalDeviationProbabilityNormalsFlag",
    "GlobalDeviationProbabilitySequenceItem",
    "LocalDeviationProbabilityNormalsFlag",
    "LocalizedDeviationProbabilitySequenceItem",
    "MappingResourceTerm",
    "ResultsNormalsSequenceItem",
]
