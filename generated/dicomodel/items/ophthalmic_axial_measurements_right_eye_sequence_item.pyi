"""Item class OphthalmicAxialMeasurementsRightEyeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ObserverType as ObserverType
from dicomodel.enums import (
    OphthalmicAxialLengthMeasurementModified as OphthalmicAxialLengthMeasurementModified,
)
from dicomodel.enums import PupilDilated as PupilDilated
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as LensStatusCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MydriaticAgentCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MydriaticAgentConcentrationUnitsSequenceItem
from dicomodel.items import CodeSequenceItem as OphthalmicAxialLengthDataSourceCodeSequenceItem
from dicomodel.items import (
    CodeSequenceItem as OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem,
)
from dicomodel.items import CodeSequenceItem as OphthalmicAxialLengthSelectionMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as VitreousStatusCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import MydriaticAgentSequenceItem as MydriaticAgentSequenceItem
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
    OphthalmicAxialLengthQualityMetricItem as OphthalmicAxialLengthQualityMetricSequenceItem,
)
from dicomodel.items import (
    OphthalmicAxialLengthSegmentalMeasurementsItem as OphthalmicAxialLengthMeasurementsSegmentalLengthSequenceItem,
)
from dicomodel.items import (
    OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem as ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem,
)
from dicomodel.items import (
    OphthalmicAxialMeasurementsRightEyeSequenceItem as OphthalmicAxialMeasurementsRightEyeSequenceItem,
)
from dicomodel.items import (
    OpticalOphthalmicAxialLengthMeasurementsSequenceItem as OpticalOphthalmicAxialLengthMeasurementsSequenceItem,
)
from dicomodel.items import (
    OpticalSelectedOphthalmicAxialLengthSequenceItem as OpticalSelectedOphthalmicAxialLengthSequenceItem,
)
from dicomodel.items import (
    SelectedTotalOphthalmicAxialLengthSequenceItem as SelectedTotalOphthalmicAxialLengthSequenceItem,
)
from dicomodel.items import (
    UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem as UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem,
)
from dicomodel.items import (
    UltrasoundSelectedOphthalmicAxialLengthSequenceItem as UltrasoundSelectedOphthalmicAxialLengthSequenceItem,
)

__all__ = [
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "LensStatusCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "MydriaticAgentCodeSequenceItem",
    "MydriaticAgentConcentrationUnitsSequenceItem",
    "MydriaticAgentSequenceItem",
    "ObserverType",
    "OphthalmicAxialLengthDataSourceCodeSequenceItem",
    "OphthalmicAxialLengthMeasurementModified",
    "OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem",
    "OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem",
    "OphthalmicAxialLengthMeasurementsSegmentalLengthSequenceItem",
    "OphthalmicAxialLengthMeasurementsSequenceItem",
    "OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem",
    "OphthalmicAxialLengthQualityMetricSequenceItem",
    "OphthalmicAxialLengthSelectionMethodCodeSequenceItem",
    "OphthalmicAxialMeasurementsRightEyeSequenceItem",
    "OpticalOphthalmicAxialLengthMeasurementsSequenceItem",
    "OpticalSelectedOphthalmicAxialLengthSequenceItem",
    "PupilDilated",
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem",
    "SelectedTotalOphthalmicAxialLengthSequenceItem",
    "UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem",
    "UltrasoundSelectedOphthalmicAxialLengthSequenceItem",
    "VitreousStatusCodeSequenceItem",
]
