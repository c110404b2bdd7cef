"""Item class RTPatientTreatmentPreparationItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DeviceTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientTreatmentPreparationMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientTreatmentPreparationProcedureCodeSequenceItem
from dicomodel.items import ContentItem as ContentItemModifierSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    PatientTreatmentPreparationProcedureSequenceItem as PatientTreatmentPreparationProcedureSequenceItem,
)
from dicomodel.items import (
    ProtocolContextSequenceItem as PatientTreatmentPreparationProcedureParameterSequenceItem,
)
from dicomodel.items import (
    ReferencedPatientSetupPhotoSequenceItem as ReferencedPatientSetupPhotoSequenceItem,
)
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem
from dicomodel.items import (
    RTAccessoryDeviceIdentificationItem as PatientTreatmentPreparationDeviceSequenceItem,
)
from dicomodel.items import RTPatientTreatmentPreparationItem as RTPatientTreatmentPreparationItem
from dicomodel.items import UDIItem as UDISequenceItem

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "PatientTreatmentPreparationDeviceSequenceItem",
    "PatientTreatmentPreparationMethodCodeSequenceItem",
    "PatientTreatmentPreparationProcedureCodeSequenceItem",
    "PatientTreatmentPreparationProcedureParameterSequenceItem",
    "PatientTreatmentPreparationProcedureSequenceItem",
    "RTPatientTreatmentPreparationItem",
    "ReferencedPatientSetupPhotoSequenceItem",
    "ReferencedSOPSequenceItem",
    "UDISequenceItem",
    "ValueType",
]
