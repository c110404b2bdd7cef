"""Item class TreatmentPositionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import (
    PatientSupportPositionSpecificationMethod as PatientSupportPositionSpecificationMethod,
)
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientLocationCoordinatesCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    PatientLocationCoordinatesSequenceItem as PatientLocationCoordinatesSequenceItem,
)
from dicomodel.items import (
    PatientSupportPositionDeviceParameterSequenceItem as PatientSupportPositionDeviceParameterSequenceItem,
)
from dicomodel.items import PatientSupportPositionItem as PatientSupportPositionSequenceItem
from dicomodel.items import (
    PatientSupportPositionParameterSequenceItem as PatientSupportPositionParameterSequenceItem,
)
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem
from dicomodel.items import TreatmentPositionSequenceItem as TreatmentPositionSequenceItem

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "PatientLocationCoordinatesCodeSequenceItem",
    "PatientLocationCoordinatesSequenceItem",
    "PatientSupportPositionDeviceParameterSequenceItem",
    "PatientSupportPositionParameterSequenceItem",
    "PatientSupportPositionSequenceItem",
    "PatientSupportPositionSpecificationMethod",
    "ReferencedSOPSequenceItem",
    "TreatmentPositionSequenceItem",
    "ValueType",
]
