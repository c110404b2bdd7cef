"""Item class OphthalmicAxialLengthMeasurementsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ObserverType as ObserverType
from dicomodel.enums import (
    OphthalmicAxialLengthMeasurementModified as OphthalmicAxialLengthMeasurementModified,
)
from dicomodel.enums import (
    OphthalmicAxialLengthMeasurementsType as OphthalmicAxialLengthMeasurementsType,
)
from dicomodel.items import CodeSequenceItem as OphthalmicAxialLengthDataSourceCodeSequenceItem
from dicomodel.items import (
    CodeSequenceItem as OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem as OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem,
)
from dicomodel.items import (
    OphthalmicAxialLengthMeasurementsSequenceItem as OphthalmicAxialLengthMeasurementsSequenceItem,
)
from dicomodel.items import (
    OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem as OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem,
)
from dicomodel.items import (
    OphthalmicAxialLengthSegmentalMeasurementsItem as OphthalmicAxialLengthMeasurementsSegmentalLengthSequenceItem,
)
from dicomodel.items import (
    OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem as ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem,
)
from dicomodel.items import (
    OpticalOphthalmicAxialLengthMeasurementsSequenceItem as OpticalOphthalmicAxialLengthMeasurementsSequenceItem,
)
from dicomodel.items import (
    UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem as UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "ObserverType",
    "OphthalmicAxialLengthDataSourceCodeSequenceItem",
    "OphthalmicAxialLengthMeasurementModified",
    "OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem",
    "OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem",
    "OphthalmicAxialLengthMeasurementsSegmentalLengthSequenceItem",
    "OphthalmicAxialLengthMeasurementsSequenceItem",
    "OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem",
    "OphthalmicAxialLengthMeasurementsType",
    "OpticalOphthalmicAxialLengthMeasurementsSequenceItem",
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem",
    "UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem",
]
