"""Item class OpticalOphthalmicAxialLengthMeasurementsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as OphthalmicAxialLengthDataSourceCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    OpticalOphthalmicAxialLengthMeasurementsSequenceItem as OpticalOphthalmicAxialLengthMeasurementsSequenceItem,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "OphthalmicAxialLengthDataSourceCodeSequenceItem",
    "OpticalOphthalmicAxialLengthMeasurementsSequenceItem",
]
