"""Implant Assembly Template IOD.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus
from dicomodel.enums import CertificateTypeTerm as CertificateTypeTerm
from dicomodel.enums import CertifiedTimestampTypeTerm as CertifiedTimestampTypeTerm
from dicomodel.enums import CodingSchemeRegistryTerm as CodingSchemeRegistryTerm
from dicomodel.enums import CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm
from dicomodel.enums import ContentQualification as ContentQualification
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeidentificationAction as DeidentificationAction
from dicomodel.enums import ExclusiveComponentTypeTerm as ExclusiveComponentTypeTerm
from dicomodel.enums import ImplantAssemblyTemplateType as ImplantAssemblyTemplateType
from dicomodel.enums import InstanceOriginStatus as InstanceOriginStatus
from dicomodel.enums import (
    LongitudinalTemporalInformationModified as LongitudinalTemporalInformationModified,
)
from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.enums import MandatoryComponentTypeTerm as MandatoryComponentTypeTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import MIMETypeOfEncapsulatedDocument as MIMETypeOfEncapsulatedDocument
from dicomodel.enums import QueryRetrieveView as QueryRetrieveView
from dicomodel.enums import (
    ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
)
from dicomodel.enums import SOPInstanceStatus as SOPInstanceStatus
from dicomodel.enums import SyntheticData as SyntheticData
from dicomodel.iods import ImplantAssemblyTemplate as ImplantAssemblyTemplate
from dicomodel.items import CodeSequenceItem as AnatomicRegionSequenceItem
from dicomodel.items import CodeSequenceItem as ComponentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DigitalSignaturePurposeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ProcedureTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import (
    CodingSchemeIdentificationSequenceItem as CodingSchemeIdentificationSequenceItem,
)
from dicomodel.items import CodingSchemeResourcesSequenceItem as CodingSchemeResourcesSequenceItem
from dicomodel.items import ComponentAssemblySequenceItem as ComponentAssemblySequenceItem
from dicomodel.items import ComponentSequenceItem as ComponentSequenceItem
from dicomodel.items import ComponentTypesSequenceItem as ComponentTypesSequenceItem
from dicomodel.items import (
    ContextGroupIdentificationSequenceItem as ContextGroupIdentificationSequenceItem,
)
from dicomodel.items import ContributingEquipmentSequenceItem as ContributingEquipmentSequenceItem
from dicomodel.items import DeidentificationActionSequenceItem as DeidentificationActionSequenceItem
from dicomodel.items import DigitalSignaturesSequenceItem as DigitalSignaturesSequenceItem
from dicomodel.items import EncryptedAttributesSequenceItem as EncryptedAttributesSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    HL7StructuredDocumentReferenceSequenceItem as HL7StructuredDocumentReferenceSequenceItem,
)
from dicomodel.items import ImageSOPInstanceReferenceItem as ConversionSourceAttributesSequenceItem
from dicomodel.items import (
    ImplantTargetAnatomySequenceItem as ImplantAssemblyTemplateTargetAnatomySequenceItem,
)
from dicomodel.items import MACParametersSequenceItem as MACParametersSequenceItem
from dicomodel.items import (
    MappingResourceIdentificationSequenceItem as MappingResourceIdentificationSequenceItem,
)
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
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
)
from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
)
from dicomodel.items import (
    SOPInstanceReferenceItem as DerivationImplantAssemblyTemplateSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as OriginalImplantAssemblyTemplateSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReplacedImplantAssemblyTemplateSequenceItem
from dicomodel.items import UDIItem as UDISequenceItem
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
)

__all__ = [
    "AnatomicRegionSequenceItem",
    "BlockIdentifyingInformationStatus",
    "CertificateTypeTerm",
    "CertifiedTimestampTypeTerm",
    "CodingSchemeIdentificationSequenceItem",
    "CodingSchemeRegistryTerm",
    "CodingSchemeResourcesSequenceItem",
    "CodingSchemeURLTypeTerm",
    "ComponentAssemblySequenceItem",
    "ComponentSequenceItem",
    "ComponentTypeCodeSequenceItem",
    "ComponentTypesSequenceItem",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "ContextGroupIdentificationSequenceItem",
    "ContributingEquipmentSequenceItem",
    "ConversionSourceAttributesSequenceItem",
    "DeidentificationAction",
    "DeidentificationActionSequenceItem",
    "DerivationImplantAssemblyTemplateSequenceItem",
    "DigitalSignaturePurposeCodeSequenceItem",
    "DigitalSignaturesSequenceItem",
    "EncryptedAttributesSequenceItem",
    "EquivalentCodeSequenceItem",
    "ExclusiveComponentTypeTerm",
    "HL7StructuredDocumentReferenceSequenceItem",
    "ImplantAssemblyTemplate",
    "ImplantAssemblyTemplateTargetAnatomySequenceItem",
    "ImplantAssemblyTemplateType",
    "InstanceOriginStatus",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "LongitudinalTemporalInformationModified",
    "MACAlgorithmTerm",
    "MACParametersSequenceItem",
    "MIMETypeOfEncapsulatedDocument",
    "MandatoryComponentTypeTerm",
    "MappingResourceIdentificationSequenceItem",
    "MappingResourceTerm",
    "ModifiedAttributesSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "OperatorIdentificationSequenceItem",
    "OriginalAttributesSequenceItem",
    "OriginalImplantAssemblyTemplateSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PrivateDataElementCharacteristicsSequenceItem",
    "PrivateDataElementDefinitionSequenceItem",
    "ProcedureTypeCodeSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "QueryRetrieveView",
    "ReasonForTheAttributeModificationTerm",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "ReplacedImplantAssemblyTemplateSequenceItem",
    "SOPInstanceStatus",
    "SyntheticData",
    "UDISequenceItem",
]
