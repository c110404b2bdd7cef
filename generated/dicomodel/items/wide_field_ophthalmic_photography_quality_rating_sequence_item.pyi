"""Item class WideFieldOphthalmicPhotographyQualityRatingSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as AlgorithmFamilyCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    WideFieldOphthalmicPhotographyQualityRatingSequenceItem as WideFieldOphthalmicPhotographyQualityRatingSequenceItem,
)
from dicomodel.items import (
    WideFieldOphthalmicPhotographyQualityThresholdSequenceItem as WideFieldOphthalmicPhotographyQualityThresholdSequenceItem,
)

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "WideFieldOphthalmicPhotographyQualityRatingSequenceItem",
    "WideFieldOphthalmicPhotographyQualityThresholdSequenceItem",
]
