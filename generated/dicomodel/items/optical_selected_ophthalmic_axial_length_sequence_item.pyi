"""Item class OpticalSelectedOphthalmicAxialLengthSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import (
    OphthalmicAxialLengthMeasurementsType as OphthalmicAxialLengthMeasurementsType,
)
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import (
    CodeSequenceItem as OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    OphthalmicAxialLengthQualityMetricItem as OphthalmicAxialLengthQualityMetricSequenceItem,
)
from dicomodel.items import (
    OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem as ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem,
)
from dicomodel.items import (
    OpticalSelectedOphthalmicAxialLengthSequenceItem as OpticalSelectedOphthalmicAxialLengthSequenceItem,
)
from dicomodel.items import (
    SelectedSegmentalOphthalmicAxialLengthSequenceItemOphthalmicAxialMeasurementsSelected as SelectedSegmentalOphthalmicAxialLengthSequenceItem,
)
from dicomodel.items import (
    SelectedTotalOphthalmicAxialLengthSequenceItem as SelectedTotalOphthalmicAxialLengthSequenceItem,
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
    "OpticalSelectedOphthalmicAxialLengthSequenceItem",
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem",
    "SelectedSegmentalOphthalmicAxialLengthSequenceItem",
    "SelectedTotalOphthalmicAxialLengthSequenceItem",
]
