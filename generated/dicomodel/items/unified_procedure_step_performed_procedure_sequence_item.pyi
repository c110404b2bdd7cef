"""Item class UnifiedProcedureStepPerformedProcedureSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import TypeOfInstancesTerm as TypeOfInstancesTerm
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import ActualHumanPerformersSequenceItem as ActualHumanPerformersSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as HumanPerformerCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PerformedStationClassCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PerformedStationGeographicLocationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PerformedStationNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PerformedWorkitemCodeSequenceItem
from dicomodel.items import ContentItem as ContentItemModifierSequenceItem
from dicomodel.items import DICOMMediaRetrievalSequenceItem as DICOMMediaRetrievalSequenceItem
from dicomodel.items import DICOMRetrievalSequenceItem as DICOMRetrievalSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    ProtocolContextSequenceItemScheduledProcedureStep as PerformedProcessingParametersSequenceItem,
)
from dicomodel.items import ReferencedInstancesAndAccessItem as OutputInformationSequenceItem
from dicomodel.items import (
    UnifiedProcedureStepPerformedProcedureSequenceItem as UnifiedProcedureStepPerformedProcedureSequenceItem,
)
from dicomodel.items import WADORetrievalSequenceItem as WADORetrievalSequenceItem
from dicomodel.items import WADORSRetrievalSequenceItem as WADORSRetrievalSequenceItem
from dicomodel.items import XDSRetrievalSequenceItem as XDSRetrievalSequenceItem

__all__ = [
    "ActualHumanPerformersSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "DICOMMediaRetrievalSequenceItem",
    "DICOMRetrievalSequenceItem",
    "EquivalentCodeSequenceItem",
    "HumanPerformerCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OutputInformationSequenceItem",
    "PerformedProcessingParametersSequenceItem",
    "PerformedStationClassCodeSequenceItem",
    "PerformedStationGeographicLocationCodeSequenceItem",
    "PerformedStationNameCodeSequenceItem",
    "PerformedWorkitemCodeSequenceItem",
    "TypeOfInstancesTerm",
    "UnifiedProcedureStepPerformedProcedureSequenceItem",
    "ValueType",
    "WADORSRetrievalSequenceItem",
    "WADORetrievalSequenceItem",
    "XDSRetrievalSequenceItem",
]
