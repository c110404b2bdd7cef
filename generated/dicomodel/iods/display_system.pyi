"""Display System IOD.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AmbientLightValueSource as AmbientLightValueSource
from dicomodel.enums import BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus
from dicomodel.enums import CertificateTypeTerm as CertificateTypeTerm
from dicomodel.enums import CertifiedTimestampTypeTerm as CertifiedTimestampTypeTerm
from dicomodel.enums import CodingSchemeRegistryTerm as CodingSchemeRegistryTerm
from dicomodel.enums import CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm
from dicomodel.enums import ContentQualification as ContentQualification
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeidentificationAction as DeidentificationAction
from dicomodel.enums import DisplayFunctionType as DisplayFunctionType
from dicomodel.enums import InstanceOriginStatus as InstanceOriginStatus
from dicomodel.enums import (
    LongitudinalTemporalInformationModified as LongitudinalTemporalInformationModified,
)
from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import MeasurementEquipmentType as MeasurementEquipmentType
from dicomodel.enums import QueryRetrieveView as QueryRetrieveView
from dicomodel.enums import (
    ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
)
from dicomodel.enums import SOPInstanceStatus as SOPInstanceStatus
from dicomodel.enums import SyntheticData as SyntheticData
from dicomodel.enums import SystemStatusTerm as SystemStatusTerm
from dicomodel.enums import TestImageValidation as TestImageValidation
from dicomodel.enums import TestResult as TestResult
from dicomodel.enums import WhitePointFlag as WhitePointFlag
from dicomodel.iods import DisplaySystem as DisplaySystem
from dicomodel.items import ActualHumanPerformersSequenceItem as ActualHumanPerformersSequenceItem
from dicomodel.items import CodeSequenceItem as DigitalSignaturePurposeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DisplayDeviceTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as HumanPerformerCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementPatternCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as TestPatternCodeSequenceItem
from dicomodel.items import CodeSequenceItem as VisualEvaluationMethodCodeSequenceItem
from dicomodel.items import (
    CodingSchemeIdentificationSequenceItem as CodingSchemeIdentificationSequenceItem,
)
from dicomodel.items import CodingSchemeResourcesSequenceItem as CodingSchemeResourcesSequenceItem
from dicomodel.items import ConfigurationQAResultsSequenceItem as ConfigurationQAResultsSequenceItem
from dicomodel.items import (
    ContextGroupIdentificationSequenceItem as ContextGroupIdentificationSequenceItem,
)
from dicomodel.items import ContributingEquipmentSequenceItem as ContributingEquipmentSequenceItem
from dicomodel.items import DeidentificationActionSequenceItem as DeidentificationActionSequenceItem
from dicomodel.items import DigitalSignaturesSequenceItem as DigitalSignaturesSequenceItem
from dicomodel.items import (
    DisplayCalibrationResultSequenceItem as DisplayCalibrationResultSequenceItem,
)
from dicomodel.items import (
    DisplaySubsystemConfigurationSequenceItem as DisplaySubsystemConfigurationSequenceItem,
)
from dicomodel.items import (
    DisplaySubsystemQAResultsSequenceItem as DisplaySubsystemQAResultsSequenceItem,
)
from dicomodel.items import DisplaySubsystemSequenceItem as DisplaySubsystemSequenceItem
from dicomodel.items import EncryptedAttributesSequenceItem as EncryptedAttributesSequenceItem
from dicomodel.items import EquipmentAdministratorSequenceItem as EquipmentAdministratorSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    HL7StructuredDocumentReferenceSequenceItem as HL7StructuredDocumentReferenceSequenceItem,
)
from dicomodel.items import ImageSOPInstanceReferenceItem as ConversionSourceAttributesSequenceItem
from dicomodel.items import (
    LuminanceResponseSequenceItemTargetLuminanceCharacteristics as LuminanceResponseSequenceItem,
)
from dicomodel.items import LuminanceResultSequenceItem as LuminanceResultSequenceItem
from dicomodel.items import (
    LuminanceUniformityResultSequenceItem as LuminanceUniformityResultSequenceItem,
)
from dicomodel.items import MACParametersSequenceItem as MACParametersSequenceItem
from dicomodel.items import (
    MappingResourceIdentificationSequenceItem as MappingResourceIdentificationSequenceItem,
)
from dicomodel.items import MeasurementEquipmentSequenceItem as MeasurementEquipmentSequenceItem
from dicomodel.items import (
    NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
)
from dicomodel.items import OriginalAttributesSequenceItem as OriginalAttributesSequenceItem
from dicomodel.items import PersonIdentificationItem as OperatorIdentificationSequenceItem
from dicomodel.items import (
    PrivateDataElementCharacteristicsSequenceItem as PrivateDataElementCharacteristicsSequenceItem,
)
from dicomodel.items import (
    PrivateDataElementDefinitionSequenceItem as PrivateDataElementDefinitionSequenceItem,
)
from dicomodel.items import QAResultsSequenceItem as QAResultsSequenceItem
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
)
from dicomodel.items import (
    ReferencedImageSequenceItemVisualEvaluationResult as ReferencedImageSequenceItem,
)
from dicomodel.items import (
    TargetLuminanceCharacteristicsSequenceItem as TargetLuminanceCharacteristicsSequenceItem,
)
from dicomodel.items import UDIItem as UDISequenceItem
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
)
from dicomodel.items import VisualEvaluationResultSequenceItem as VisualEvaluationResultSequenceItem
from dicomodel.items import VisualEvaluationTestSequenceItem as VisualEvaluationTestSequenceItem

__all__ = [
    "ActualHumanPerformersSequenceItem",
    "AmbientLightValueSource",
    "BlockIdentifyingInformationStatus",
    "CertificateTypeTerm",
    "CertifiedTimestampTypeTerm",
    "CodingSchemeIdentificationSequenceItem",
    "CodingSchemeRegistryTerm",
    "CodingSchemeResourcesSequenceItem",
    "CodingSchemeURLTypeTerm",
    "ConfigurationQAResultsSequenceItem",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "ContextGroupIdentificationSequenceItem",
    "ContributingEquipmentSequenceItem",
    "ConversionSourceAttributesSequenceItem",
    "DeidentificationAction",
    "DeidentificationActionSequenceItem",
    "DigitalSignaturePurposeCodeSequenceItem",
    "DigitalSignaturesSequenceItem",
    "DisplayCalibrationResultSequenceItem",
    "DisplayDeviceTypeCodeSequenceItem",
    "DisplayFunctionType",
    "DisplaySubsystemConfigurationSequenceItem",
    "DisplaySubsystemQAResultsSequenceItem",
    "DisplaySubsystemSequenceItem",
    "DisplaySystem",
    "EncryptedAttributesSequenceItem",
    "EquipmentAdministratorSequenceItem",
    "EquivalentCodeSequenceItem",
    "HL7StructuredDocumentReferenceSequenceItem",
    "HumanPerformerCodeSequenceItem",
    "InstanceOriginStatus",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "LongitudinalTemporalInformationModified",
    "LuminanceResponseSequenceItem",
    "LuminanceResultSequenceItem",
    "LuminanceUniformityResultSequenceItem",
    "MACAlgorithmTerm",
    "MACParametersSequenceItem",
    "MappingResourceIdentificationSequenceItem",
    "MappingResourceTerm",
    "MeasurementEquipmentSequenceItem",
    "MeasurementEquipmentType",
    "MeasurementPatternCodeSequenceItem",
    "ModifiedAttributesSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "OperatorIdentificationSequenceItem",
    "OriginalAttributesSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PrivateDataElementCharacteristicsSequenceItem",
    "PrivateDataElementDefinitionSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "QAResultsSequenceItem",
    "QueryRetrieveView",
    "ReasonForTheAttributeModificationTerm",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "SOPInstanceStatus",
    "SyntheticData",
    "SystemStatusTerm",
    "TargetLuminanceCharacteristicsSequenceItem",
    "TestImageValidation",
    "TestPatternCodeSequenceItem",
    "TestResult",
    "UDISequenceItem",
    "VisualEvaluationMethodCodeSequenceItem",
    "VisualEvaluationResultSequenceItem",
    "VisualEvaluationTestSequenceItem",
    "WhitePointFlag",
]
