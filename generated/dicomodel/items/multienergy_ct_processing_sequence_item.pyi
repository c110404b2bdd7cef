"""Item class MultienergyCTProcessingSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DecompositionMethodTerm as DecompositionMethodTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    AlgorithmIdentificationItem as DecompositionAlgorithmIdentificationSequenceItem,
)
from dicomodel.items import CodeSequenceItem as AlgorithmFamilyCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MaterialCodeSequenceItem
from dicomodel.items import DecompositionMaterialSequenceItem as DecompositionMaterialSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import MaterialAttenuationSequenceItem as MaterialAttenuationSequenceItem
from dicomodel.items import (
    MultienergyCTProcessingSequenceItem as MultienergyCTProcessingSequenceItem,
)

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DecompositionAlgorithmIdentificationSequenceItem",
    "DecompositionMaterialSequenceItem",
    "DecompositionMethodTerm",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MaterialAttenuationSequenceItem",
    "MaterialCodeSequenceItem",
    "MultienergyCTProcessingSequenceItem",
]
