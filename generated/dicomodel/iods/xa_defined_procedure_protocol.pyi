"""XA Defined Procedure Protocol IOD.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus
from dicomodel.enums import CertificateTypeTerm as CertificateTypeTerm
from dicomodel.enums import CertifiedTimestampTypeTerm as CertifiedTimestampTypeTerm
from dicomodel.enums import CodingSchemeRegistryTerm as CodingSchemeRegistryTerm
from dicomodel.enums import CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm
from dicomodel.enums import ConstraintType as ConstraintType
from dicomodel.enums import ConstraintViolationSignificance as ConstraintViolationSignificance
from dicomodel.enums import ContentQualification as ContentQualification
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeidentificationAction as DeidentificationAction
from dicomodel.enums import EquipmentModalityTerm as EquipmentModalityTerm
from dicomodel.enums import InstanceOriginStatus as InstanceOriginStatus
from dicomodel.enums import InstructionPerformedFlag as InstructionPerformedFlag
from dicomodel.enums import (
    LongitudinalTemporalInformationModified as LongitudinalTemporalInformationModified,
)
from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ModifiableConstraintFlag as ModifiableConstraintFlag
from dicomodel.enums import OffsetDirection as OffsetDirection
from dicomodel.enums import ProtocolDefinedPatientPositionTerm as ProtocolDefinedPatientPositionTerm
from dicomodel.enums import QueryRetrieveView as QueryRetrieveView
from dicomodel.enums import (
    ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
)
from dicomodel.enums import SOPInstanceStatus as SOPInstanceStatus
from dicomodel.enums import SyntheticData as SyntheticData
from dicomodel.iods import XADefinedProcedureProtocol as XADefinedProcedureProtocol
from dicomodel.items import (
    AcquisitionProtocolElementSpecificationSequenceItem as AcquisitionProtocolElementSpecificationSequenceItem,
)
from dicomodel.items import (
    AcquisitionProtocolElementSpecificationSequenceItem as ReconstructionProtocolElementSpecificationSequenceItem,
)
from dicomodel.items import (
    AcquisitionProtocolElementSpecificationSequenceItem as StorageProtocolElementSpecificationSequenceItem,
)
from dicomodel.items import AnatomicRegionSequenceItem as AnatomicRegionSequenceItem
from dicomodel.items import AttributeValueConstraintItem as PatientSpecificationSequenceItem
from dicomodel.items import AttributeValueItem as ConstraintValueSequenceItem
from dicomodel.items import AttributeValueItem as RecommendedDefaultValueSequenceItem
from dicomodel.items import CodeSequenceItem as AnatomicRegionModifierSequenceItem
from dicomodel.items import CodeSequenceItem as ContraindicationsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DigitalSignaturePurposeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PositioningMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PotentialReasonsForProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PotentialRequestedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PotentialScheduledProtocolCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReferenceBasisCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReferenceGeometryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ResponsibleGroupCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SelectorCodeSequenceValueItem
from dicomodel.items import (
    CodingSchemeIdentificationSequenceItem as CodingSchemeIdentificationSequenceItem,
)
from dicomodel.items import CodingSchemeResourcesSequenceItem as CodingSchemeResourcesSequenceItem
from dicomodel.items import (
    ContextGroupIdentificationSequenceItem as ContextGroupIdentificationSequenceItem,
)
from dicomodel.items import ContributingEquipmentSequenceItem as ContributingEquipmentSequenceItem
from dicomodel.items import (
    CustodialOrganizationSequenceItemProtocolContext as CustodialOrganizationSequenceItem,
)
from dicomodel.items import DeidentificationActionSequenceItem as DeidentificationActionSequenceItem
from dicomodel.items import DigitalSignaturesSequenceItem as DigitalSignaturesSequenceItem
from dicomodel.items import EncryptedAttributesSequenceItem as EncryptedAttributesSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    GeneralAccessorySequenceItemEquipmentSpecification as GeneralAccessorySequenceItem,
)
from dicomodel.items import (
    HL7StructuredDocumentReferenceSequenceItem as HL7StructuredDocumentReferenceSequenceItem,
)
from dicomodel.items import ImageSOPInstanceReferenceItem as ConversionSourceAttributesSequenceItem
from dicomodel.items import InstructionSequenceItem as InstructionSequenceItem
from dicomodel.items import MACParametersSequenceItem as MACParametersSequenceItem
from dicomodel.items import (
    MappingResourceIdentificationSequenceItem as MappingResourceIdentificationSequenceItem,
)
from dicomodel.items import ModelSpecificationSequenceItem as ModelSpecificationSequenceItem
from dicomodel.items import (
    NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
)
from dicomodel.items import OriginalAttributesSequenceItem as OriginalAttributesSequenceItem
from dicomodel.items import (
    ParametersSpecificationSequenceItem as ParametersSpecificationSequenceItem,
)
from dicomodel.items import (
    PatientPositioningInstructionSequenceItem as PatientPositioningInstructionSequenceItem,
)
from dicomodel.items import PersonIdentificationItem as ContentCreatorIdentificationCodeSequenceItem
from dicomodel.items import PersonIdentificationItem as OperatorIdentificationSequenceItem
from dicomodel.items import (
    PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
)
from dicomodel.items import (
    PrivateDataElementCharacteristicsSequenceItem as PrivateDataElementCharacteristicsSequenceItem,
)
from dicomodel.items import (
    PrivateDataElementDefinitionSequenceItem as PrivateDataElementDefinitionSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
)
from dicomodel.items import ReferenceLocationItem as PositioningLandmarkSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as PredecessorProtocolSequenceItem
from dicomodel.items import UDIItem as UDISequenceItem
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
)

__all__ = [
    "AcquisitionProtocolElementSpecificationSequenceItem",
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "BlockIdentifyingInformationStatus",
    "CertificateTypeTerm",
    "CertifiedTimestampTypeTerm",
    "CodingSchemeIdentificationSequenceItem",
    "CodingSchemeRegistryTerm",
    "CodingSchemeResourcesSequenceItem",
    "CodingSchemeURLTypeTerm",
    "ConstraintType",
    "ConstraintValueSequenceItem",
    "ConstraintViolationSignificance",
    "ContentCreatorIdentificationCodeSequenceItem",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "ContextGroupIdentificationSequenceItem",
    "ContraindicationsCodeSequenceItem",
    "ContributingEquipmentSequenceItem",
    "ConversionSourceAttributesSequenceItem",
    "CustodialOrganizationSequenceItem",
    "DeidentificationAction",
    "DeidentificationActionSequenceItem",
    "DigitalSignaturePurposeCodeSequenceItem",
    "DigitalSignaturesSequenceItem",
    "EncryptedAttributesSequenceItem",
    "EquipmentModalityTerm",
    "EquivalentCodeSequenceItem",
    "GeneralAccessorySequenceItem",
    "HL7StructuredDocumentReferenceSequenceItem",
    "InstanceOriginStatus",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "InstructionPerformedFlag",
    "InstructionSequenceItem",
    "LongitudinalTemporalInformationModified",
    "MACAlgorithmTerm",
    "MACParametersSequenceItem",
    "MappingResourceIdentificationSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ModelSpecificationSequenceItem",
    "ModifiableConstraintFlag",
    "ModifiedAttributesSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "OffsetDirection",
    "OperatorIdentificationSequenceItem",
    "OriginalAttributesSequenceItem",
    "ParametersSpecificationSequenceItem",
    "PatientPositioningInstructionSequenceItem",
    "PatientSpecificationSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PositioningLandmarkSequenceItem",
    "PositioningMethodCodeSequenceItem",
    "PotentialReasonsForProcedureCodeSequenceItem",
    "PotentialRequestedProcedureCodeSequenceItem",
    "PotentialScheduledProtocolCodeSequenceItem",
    "PredecessorProtocolSequenceItem",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "PrivateDataElementCharacteristicsSequenceItem",
    "PrivateDataElementDefinitionSequenceItem",
    "ProtocolDefinedPatientPositionTerm",
    "PurposeOfReferenceCodeSequenceItem",
    "QueryRetrieveView",
    "ReasonForTheAttributeModificationTerm",
    "RecommendedDefaultValueSequenceItem",
    "ReconstructionProtocolElementSpecificationSequenceItem",
    "ReferenceBasisCodeSequenceItem",
    "ReferenceGeometryCodeSequenceItem",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "ResponsibleGroupCodeSequenceItem",
    "SOPInstanceStatus",
    "SelectorCodeSequenceValueItem",
    "StorageProtocolElementSpecificationSequenceItem",
    "SyntheticData",
    "UDISequenceItem",
    "XADefinedProcedureProtocol",
]
