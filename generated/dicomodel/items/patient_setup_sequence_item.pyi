"""Item class PatientSetupSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm
from dicomodel.enums import FixationDeviceTypeTerm as FixationDeviceTypeTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import PatientPositionTermRTImage as PatientPositionTerm
from dicomodel.enums import (
    RespiratoryMotionCompensationTechniqueTermRTPatientSetup as RespiratoryMotionCompensationTechniqueTerm,
)
from dicomodel.enums import RespiratorySignalSourceTermRTPatientSetup as RespiratorySignalSourceTerm
from dicomodel.enums import SetupDeviceTypeTerm as SetupDeviceTypeTerm
from dicomodel.enums import SetupTechniqueTerm as SetupTechniqueTerm
from dicomodel.enums import ShieldingDeviceTypeTerm as ShieldingDeviceTypeTerm
from dicomodel.enums import ValueType as ValueType
from dicomodel.items import CodeSequenceItem as ConceptCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DeviceTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientTreatmentPreparationMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PatientTreatmentPreparationProcedureCodeSequenceItem
from dicomodel.items import ContentItem as ContentItemModifierSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import FixationDeviceSequenceItem as FixationDeviceSequenceItem
from dicomodel.items import MotionSynchronizationSequenceItem as MotionSynchronizationSequenceItem
from dicomodel.items import PatientSetupSequenceItem as PatientSetupSequenceItem
from dicomodel.items import (
    PatientTreatmentPreparationProcedureSequenceItem as PatientTreatmentPreparationProcedureSequenceItem,
)
from dicomodel.items import (
    ProtocolContextSequenceItem as PatientTreatmentPreparationProcedureParameterSequenceItem,
)
from dicomodel.items import (
    ReferencedPatientSetupPhotoSequenceItem as ReferencedPatientSetupPhotoSequenceItem,
)
from dicomodel.items import ReferencedSetupImageSequenceItem as ReferencedSetupImageSequenceItem
from dicomodel.items import ReferencedSOPSequenceItem as ReferencedSOPSequenceItem
from dicomodel.items import (
    RTAccessoryDeviceIdentificationItem as PatientTreatmentPreparationDeviceSequenceItem,
)
from dicomodel.items import (
    RTPatientTreatmentPreparationItem as PatientTreatmentPreparationSequenceItem,
)
from dicomodel.items import SetupDeviceSequenceItem as SetupDeviceSequenceItem
from dicomodel.items import ShieldingDeviceSequenceItem as ShieldingDeviceSequenceItem
from dicomodel.items import UDIItem as UDISequenceItem

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "FixationDeviceSequenceItem",
    "FixationDeviceTypeTerm",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "MotionSynchronizationSequenceItem",
    "PatientPositionTerm",
    "PatientSetupSequenceItem",
    "PatientTreatmentPreparationDeviceSequenceItem",
    "PatientTreatmentPreparationMethodCodeSequenceItem",
    "PatientTreatmentPreparationProcedureCodeSequenceItem",
    "PatientTreatmentPreparationProcedureParameterSequenceItem",
    "PatientTreatmentPreparationProcedureSequenceItem",
    "PatientTreatmentPreparationSequenceItem",
    "ReferencedPatientSetupPhotoSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSetupImageSequenceItem",
    "RespiratoryMotionCompensationTechniqueTerm",
    "RespiratorySignalSourceTerm",
    "SetupDeviceSequenceItem",
    "SetupDeviceTypeTerm",
    "SetupTechniqueTerm",
    "ShieldingDeviceSequenceItem",
    "ShieldingDeviceTypeTerm",
    "UDISequenceItem",
    "ValueType",
]
