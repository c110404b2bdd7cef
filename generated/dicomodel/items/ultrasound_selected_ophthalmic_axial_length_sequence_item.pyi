"""Item class UltrasoundSelectedOphthalmicAxialLengthSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import (
    OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected as OphthalmicAxialLengthMeasurementsType,
)
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import (
    CodeSequenceItem as OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem,
)
from dicomodel.items import CodeSequenceItem as OphthalmicAxialLengthSelectionMethodCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    OphthalmicAxialLengthQualityMetricItem as OphthalmicAxialLengthQualityMetricSequenceItem,
)
from dicomodel.items import (
    OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem as ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem,
)
from dicomodel.items import (
    SelectedSegmentalOphthalmicAxialLengthSequenceItem as SelectedSegmentalOphthalmicAxialLengthSequenceItem,
)
from dicomodel.items import (
    UltrasoundSelectedOphthalmicAxialLengthSequenceItem as UltrasoundSelectedOphthalmicAxialLengthSequenceItem,
)

__all__ = [
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem",
    "OphthalmicAxialLengthMeasurementsType",
    "OphthalmicAxialLengthQualityMetricSequenceItem",
    "OphthalmicAxialLengthSelectionMethodCodeSequenceItem",
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem",
    "SelectedSegmentalOphthalmicAxialLengthSequenceItem",
    "UltrasoundSelectedOphthalmicAxialLengthSequenceItem",
]
