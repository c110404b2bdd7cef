"""Item class RTToleranceSetItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import (
    PatientSupportPositionSpecificationMethod as PatientSupportPositionSpecificationMethod,
)
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import (
    AttributeToleranceValuesSequenceItem as AttributeToleranceValuesSequenceItem,
)
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    PatientSupportPositionDeviceToleranceSequenceItem as PatientSupportPositionDeviceToleranceSequenceItem,
)
from dicomodel.items import (
    PatientSupportPositionToleranceSequenceItem as PatientSupportPositionToleranceSequenceItem,
)
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem
from dicomodel.items import RTToleranceSetItem as RTToleranceSetItem

__all__ = [
    "AttributeToleranceValuesSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "PatientSupportPositionDeviceToleranceSequenceItem",
    "PatientSupportPositionSpecificationMethod",
    "PatientSupportPositionToleranceSequenceItem",
    "RTToleranceSetItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]
