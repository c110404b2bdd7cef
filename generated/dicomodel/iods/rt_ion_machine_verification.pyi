"""RT Ion Machine Verification IOD.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ApplicatorType as ApplicatorType
from dicomodel.enums import (
    BeamLimitingDeviceRotationDirection as BeamLimitingDeviceRotationDirection,
)
from dicomodel.enums import BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus
from dicomodel.enums import CertificateTypeTerm as CertificateTypeTerm
from dicomodel.enums import CertifiedTimestampTypeTerm as CertifiedTimestampTypeTerm
from dicomodel.enums import CodingSchemeRegistryTerm as CodingSchemeRegistryTerm
from dicomodel.enums import CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm
from dicomodel.enums import ContentQualification as ContentQualification
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeidentificationAction as DeidentificationAction
from dicomodel.enums import FixationDeviceType as FixationDeviceType
from dicomodel.enums import GantryPitchRotationDirection as GantryPitchRotationDirection
from dicomodel.enums import GantryRotationDirection as GantryRotationDirection
from dicomodel.enums import InstanceOriginStatus as InstanceOriginStatus
from dicomodel.enums import (
    LongitudinalTemporalInformationModified as LongitudinalTemporalInformationModified,
)
from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import PatientSupportRotationDirection as PatientSupportRotationDirection
from dicomodel.enums import PatientSupportTypeTerm as PatientSupportTypeTerm
from dicomodel.enums import QueryRetrieveView as QueryRetrieveView
from dicomodel.enums import RadiationType as RadiationType
from dicomodel.enums import RangeModulatorTypeTerm as RangeModulatorTypeTerm
from dicomodel.enums import (
    ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
)
from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.enums import ScanMode as ScanMode
from dicomodel.enums import SOPInstanceStatus as SOPInstanceStatus
from dicomodel.enums import SyntheticData as SyntheticData
from dicomodel.enums import TableTopPitchRotationDirection as TableTopPitchRotationDirection
from dicomodel.enums import TableTopRollRotationDirection as TableTopRollRotationDirection
from dicomodel.enums import TreatmentVerificationStatus as TreatmentVerificationStatus
from dicomodel.enums import UniversalEntityIDType as UniversalEntityIDType
from dicomodel.enums import WedgePositionRTBeams as WedgePosition
from dicomodel.iods import RTIonMachineVerification as RTIonMachineVerification
from dicomodel.items import (
    ApplicatorSequenceItemRTGeneralMachineVerification as ApplicatorSequenceItem,
)
from dicomodel.items import (
    BeamLimitingDeviceLeafPairsSequenceItemRTGeneralMachineVerification as BeamLimitingDeviceLeafPairsSequenceItem,
)
from dicomodel.items import (
    BeamLimitingDevicePositionSequenceItemRTConventionalMachineVerification as BeamLimitingDevicePositionSequenceItem,
)
from dicomodel.items import CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AssigningJurisdictionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DigitalSignaturePurposeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import (
    CodingSchemeIdentificationSequenceItem as CodingSchemeIdentificationSequenceItem,
)
from dicomodel.items import CodingSchemeResourcesSequenceItem as CodingSchemeResourcesSequenceItem
from dicomodel.items import (
    ContextGroupIdentificationSequenceItem as ContextGroupIdentificationSequenceItem,
)
from dicomodel.items import ContributingEquipmentSequenceItem as ContributingEquipmentSequenceItem
from dicomodel.items import DeidentificationActionSequenceItem as DeidentificationActionSequenceItem
from dicomodel.items import DigitalSignaturesSequenceItem as DigitalSignaturesSequenceItem
from dicomodel.items import EncryptedAttributesSequenceItem as EncryptedAttributesSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    FixationDeviceSequenceItemRTGeneralMachineVerification as FixationDeviceSequenceItem,
)
from dicomodel.items import (
    GeneralMachineVerificationSequenceItem as GeneralMachineVerificationSequenceItem,
)
from dicomodel.items import (
    HL7StructuredDocumentReferenceSequenceItem as HL7StructuredDocumentReferenceSequenceItem,
)
from dicomodel.items import HL7v2HierarchicDesignatorItem as AssigningFacilitySequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ConversionSourceAttributesSequenceItem
from dicomodel.items import (
    IonControlPointVerificationSequenceItem as IonControlPointVerificationSequenceItem,
)
from dicomodel.items import IonMachineVerificationSequenceItem as IonMachineVerificationSequenceItem
from dicomodel.items import (
    IonWedgePositionSequenceItemRTIonMachineVerification as IonWedgePositionSequenceItem,
)
from dicomodel.items import (
    IssuerOfPatientIDQualifiersSequenceItem as IssuerOfPatientIDQualifiersSequenceItem,
)
from dicomodel.items import (
    LateralSpreadingDeviceSettingsSequenceItemRTIonMachineVerification as LateralSpreadingDeviceSettingsSequenceItem,
)
from dicomodel.items import MACParametersSequenceItem as MACParametersSequenceItem
from dicomodel.items import (
    MappingResourceIdentificationSequenceItem as MappingResourceIdentificationSequenceItem,
)
from dicomodel.items import (
    NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
)
from dicomodel.items import OriginalAttributesSequenceItem as OriginalAttributesSequenceItem
from dicomodel.items import OverriddenAttributesSequenceItem as OverriddenAttributesSequenceItem
from dicomodel.items import (
    PatientSetupSequenceItemRTGeneralMachineVerification as PatientSetupSequenceItem,
)
from dicomodel.items import PersonIdentificationItem as OperatorIdentificationSequenceItem
from dicomodel.items import (
    PrivateDataElementCharacteristicsSequenceItem as PrivateDataElementCharacteristicsSequenceItem,
)
from dicomodel.items import (
    PrivateDataElementDefinitionSequenceItem as PrivateDataElementDefinitionSequenceItem,
)
from dicomodel.items import (
    RangeModulatorSettingsSequenceItemRTIonMachineVerification as RangeModulatorSettingsSequenceItem,
)
from dicomodel.items import (
    RangeShifterSettingsSequenceItemRTIonMachineVerification as RangeShifterSettingsSequenceItem,
)
from dicomodel.items import (
    RecordedBlockSequenceItemRTGeneralMachineVerification as RecordedBlockSequenceItem,
)
from dicomodel.items import (
    RecordedCompensatorSequenceItemRTGeneralMachineVerification as RecordedCompensatorSequenceItem,
)
from dicomodel.items import (
    RecordedLateralSpreadingDeviceSequenceItemRTIonMachineVerification as RecordedLateralSpreadingDeviceSequenceItem,
)
from dicomodel.items import (
    RecordedRangeModulatorSequenceItemRTIonMachineVerification as RecordedRangeModulatorSequenceItem,
)
from dicomodel.items import (
    RecordedRangeShifterSequenceItemRTIonMachineVerification as RecordedRangeShifterSequenceItem,
)
from dicomodel.items import RecordedSnoutSequenceItem as RecordedSnoutSequenceItem
from dicomodel.items import (
    RecordedWedgeSequenceItemRTGeneralMachineVerification as RecordedWedgeSequenceItem,
)
from dicomodel.items import (
    ReferencedBolusSequenceItemRTGeneralMachineVerification as ReferencedBolusSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
)
from dicomodel.items import SelectorAttributeItem as FailedAttributesSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedRTPlanSequenceItem
from dicomodel.items import UDIItem as UDISequenceItem
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
)

__all__ = [
    "ApplicatorSequenceItem",
    "ApplicatorType",
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
    "BeamLimitingDeviceLeafPairsSequenceItem",
    "BeamLimitingDevicePositionSequenceItem",
    "BeamLimitingDeviceRotationDirection",
    "BlockIdentifyingInformationStatus",
    "CertificateTypeTerm",
    "CertifiedTimestampTypeTerm",
    "CodingSchemeIdentificationSequenceItem",
    "CodingSchemeRegistryTerm",
    "CodingSchemeResourcesSequenceItem",
    "CodingSchemeURLTypeTerm",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "ContextGroupIdentificationSequenceItem",
    "ContributingEquipmentSequenceItem",
    "ConversionSourceAttributesSequenceItem",
    "DeidentificationAction",
    "DeidentificationActionSequenceItem",
    "DigitalSignaturePurposeCodeSequenceItem",
    "DigitalSignaturesSequenceItem",
    "EncryptedAttributesSequenceItem",
    "EquivalentCodeSequenceItem",
    "FailedAttributesSequenceItem",
    "FixationDeviceSequenceItem",
    "FixationDeviceType",
    "GantryPitchRotationDirection",
    "GantryRotationDirection",
    "GeneralMachineVerificationSequenceItem",
    "HL7StructuredDocumentReferenceSequenceItem",
    "InstanceOriginStatus",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "IonControlPointVerificationSequenceItem",
    "IonMachineVerificationSequenceItem",
    "IonWedgePositionSequenceItem",
    "IssuerOfPatientIDQualifiersSequenceItem",
    "LateralSpreadingDeviceSettingsSequenceItem",
    "LongitudinalTemporalInformationModified",
    "MACAlgorithmTerm",
    "MACParametersSequenceItem",
    "MappingResourceIdentificationSequenceItem",
    "MappingResourceTerm",
    "ModifiedAttributesSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "OperatorIdentificationSequenceItem",
    "OriginalAttributesSequenceItem",
    "OverriddenAttributesSequenceItem",
    "PatientSetupSequenceItem",
    "PatientSupportRotationDirection",
    "PatientSupportTypeTerm",
    "PersonIdentificationCodeSequenceItem",
    "PrivateDataElementCharacteristicsSequenceItem",
    "PrivateDataElementDefinitionSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "QueryRetrieveView",
    "RTBeamLimitingDeviceType",
    "RTIonMachineVerification",
    "RadiationType",
    "RangeModulatorSettingsSequenceItem",
    "RangeModulatorTypeTerm",
    "RangeShifterSettingsSequenceItem",
    "ReasonForTheAttributeModificationTerm",
    "RecordedBlockSequenceItem",
    "RecordedCompensatorSequenceItem",
    "RecordedLateralSpreadingDeviceSequenceItem",
    "RecordedRangeModulatorSequenceItem",
    "RecordedRangeShifterSequenceItem",
    "RecordedSnoutSequenceItem",
    "RecordedWedgeSequenceItem",
    "ReferencedBolusSequenceItem",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "ReferencedRTPlanSequenceItem",
    "SOPInstanceStatus",
    "ScanMode",
    "SyntheticData",
    "TableTopPitchRotationDirection",
    "TableTopRollRotationDirection",
    "TreatmentVerificationStatus",
    "UDISequenceItem",
    "UniversalEntityIDType",
    "WedgePosition",
]
