"""Item class TrackSetSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    AlgorithmIdentificationItem as TrackingAlgorithmIdentificationSequenceItem,
)
from dicomodel.items import CodeSequenceItem as AlgorithmFamilyCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DiffusionAcquisitionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DiffusionModelCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ModifierCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import MeasurementsSequenceItem as MeasurementsSequenceItem
from dicomodel.items import MeasurementValuesSequenceItem as MeasurementValuesSequenceItem
from dicomodel.items import TableSummaryStatisticsItem as TrackSetStatisticsSequenceItem
from dicomodel.items import TrackSequenceItem as TrackSequenceItem
from dicomodel.items import (
    TrackSetAnatomicalTypeCodeSequenceItem as TrackSetAnatomicalTypeCodeSequenceItem,
)
from dicomodel.items import TrackSetSequenceItem as TrackSetSequenceItem
from dicomodel.items import TrackStatisticsSequenceItem as TrackStatisticsSequenceItem

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DiffusionAcquisitionCodeSequenceItem",
    "DiffusionModelCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "MeasurementValuesSequenceItem",
    "MeasurementsSequenceItem",
    "ModifierCodeSequenceItem",
    "TrackSequenceItem",
    "TrackSetAnatomicalTypeCodeSequenceItem",
    "TrackSetSequenceItem",
    "TrackSetStatisticsSequenceItem",
    "TrackStatisticsSequenceItem",
    "TrackingAlgorithmIdentificationSequenceItem",
]
