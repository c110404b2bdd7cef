"""Item class TreatmentSessionApplicationSetupSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ApplicationSetupCheck as ApplicationSetupCheck
from dicomodel.enums import ApplicationSetupTypeTerm as ApplicationSetupTypeTerm
from dicomodel.enums import BrachyAccessoryDeviceTypeTerm as BrachyAccessoryDeviceTypeTerm
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import SourceApplicatorTypeTerm as SourceApplicatorTypeTerm
from dicomodel.enums import SourceMovementTypeTerm as SourceMovementTypeTerm
from dicomodel.enums import (
    TreatmentDeliveryTypeTermRTBrachySessionRecord as TreatmentDeliveryTypeTerm,
)
from dicomodel.enums import TreatmentTerminationStatus as TreatmentTerminationStatus
from dicomodel.enums import TreatmentVerificationStatus as TreatmentVerificationStatus
from dicomodel.items import (
    BrachyControlPointDeliveredSequenceItem as BrachyControlPointDeliveredSequenceItem,
)
from dicomodel.items import (
    BrachyControlPointDeliveredSequenceItem as BrachyPulseControlPointDeliveredSequenceItem,
)
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MachineSpecificTreatmentTerminationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RTTreatmentTerminationReasonCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import OverrideSequenceItemRTBrachySessionRecord as OverrideSequenceItem
from dicomodel.items import PersonIdentificationItem as OperatorIdentificationSequenceItem
from dicomodel.items import (
    PulseSpecificBrachyControlPointDeliveredSequenceItem as PulseSpecificBrachyControlPointDeliveredSequenceItem,
)
from dicomodel.items import (
    RecordedBrachyAccessoryDeviceSequenceItem as RecordedBrachyAccessoryDeviceSequenceItem,
)
from dicomodel.items import RecordedChannelSequenceItem as RecordedChannelSequenceItem
from dicomodel.items import RecordedChannelShieldSequenceItem as RecordedChannelShieldSequenceItem
from dicomodel.items import (
    RecordedSourceApplicatorSequenceItem as RecordedSourceApplicatorSequenceItem,
)
from dicomodel.items import (
    ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord as ReferencedCalculatedDoseReferenceSequenceItem,
)
from dicomodel.items import (
    ReferencedMeasuredDoseReferenceSequenceItem as ReferencedMeasuredDoseReferenceSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as ReferencedVerificationImageSequenceItem
from dicomodel.items import (
    TreatmentSessionApplicationSetupSequenceItem as TreatmentSessionApplicationSetupSequenceItem,
)

__all__ = [
    "ApplicationSetupCheck",
    "ApplicationSetupTypeTerm",
    "BrachyAccessoryDeviceTypeTerm",
    "BrachyControlPointDeliveredSequenceItem",
    "BrachyPulseControlPointDeliveredSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MachineSpecificTreatmentTerminationCodeSequenceItem",
    "MappingResourceTerm",
    "OperatorIdentificationSequenceItem",
    "OverrideSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PulseSpecificBrachyControlPointDeliveredSequenceItem",
    "RTTreatmentTerminationReasonCodeSequenceItem",
    "RecordedBrachyAccessoryDeviceSequenceItem",
    "RecordedChannelSequenceItem",
    "RecordedChannelShieldSequenceItem",
    "RecordedSourceApplicatorSequenceItem",
    "ReferencedCalculatedDoseReferenceSequenceItem",
    "ReferencedMeasuredDoseReferenceSequenceItem",
    "ReferencedVerificationImageSequenceItem",
    "SourceApplicatorTypeTerm",
    "SourceMovementTypeTerm",
    "TreatmentDeliveryTypeTerm",
    "TreatmentSessionApplicationSetupSequenceItem",
    "TreatmentTerminationStatus",
    "TreatmentVerificationStatus",
]
