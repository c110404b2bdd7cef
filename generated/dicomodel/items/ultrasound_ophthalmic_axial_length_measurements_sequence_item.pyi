"""Item class UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ObserverType as ObserverType
from dicomodel.items import CodeSequenceItem as OphthalmicAxialLengthDataSourceCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem as UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "ObserverType",
    "OphthalmicAxialLengthDataSourceCodeSequenceItem",
    "UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem",
]
