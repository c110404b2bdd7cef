"""Hanging Protocol IOD.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlendingOperationTypeTerm as BlendingOperationTypeTerm
from dicomodel.enums import BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus
from dicomodel.enums import CertificateTypeTerm as CertificateTypeTerm
from dicomodel.enums import CertifiedTimestampTypeTerm as CertifiedTimestampTypeTerm
from dicomodel.enums import CodingSchemeRegistryTerm as CodingSchemeRegistryTerm
from dicomodel.enums import CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm
from dicomodel.enums import ContentQualification as ContentQualification
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DeidentificationAction as DeidentificationAction
from dicomodel.enums import DisplaySetHorizontalJustification as DisplaySetHorizontalJustification
from dicomodel.enums import DisplaySetVerticalJustification as DisplaySetVerticalJustification
from dicomodel.enums import FilterByAttributePresence as FilterByAttributePresence
from dicomodel.enums import FilterByCategoryTerm as FilterByCategoryTerm
from dicomodel.enums import FilterByOperator as FilterByOperator
from dicomodel.enums import HangingProtocolLevel as HangingProtocolLevel
from dicomodel.enums import ImageBoxLargeScrollType as ImageBoxLargeScrollType
from dicomodel.enums import ImageBoxLayoutTypeTermHangingProtocolDisplay as ImageBoxLayoutTypeTerm
from dicomodel.enums import ImageBoxScrollDirection as ImageBoxScrollDirection
from dicomodel.enums import ImageBoxSmallScrollType as ImageBoxSmallScrollType
from dicomodel.enums import ImageSetSelectorCategory as ImageSetSelectorCategory
from dicomodel.enums import ImageSetSelectorUsageFlag as ImageSetSelectorUsageFlag
from dicomodel.enums import InstanceOriginStatus as InstanceOriginStatus
from dicomodel.enums import LateralityHangingProtocolDefinition as Laterality
from dicomodel.enums import (
    LongitudinalTemporalInformationModified as LongitudinalTemporalInformationModified,
)
from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ModalityTerm as ModalityTerm
from dicomodel.enums import PartialDataDisplayHandling as PartialDataDisplayHandling
from dicomodel.enums import QueryRetrieveView as QueryRetrieveView
from dicomodel.enums import (
    ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
)
from dicomodel.enums import (
    ReformattingOperationInitialViewDirectionTerm as ReformattingOperationInitialViewDirectionTerm,
)
from dicomodel.enums import ReformattingOperationTypeTerm as ReformattingOperationTypeTerm
from dicomodel.enums import RelativeTimeUnits as RelativeTimeUnits
from dicomodel.enums import ShowAcquisitionTechniquesFlag as ShowAcquisitionTechniquesFlag
from dicomodel.enums import ShowGraphicAnnotationFlag as ShowGraphicAnnotationFlag
from dicomodel.enums import ShowGrayscaleInverted as ShowGrayscaleInverted
from dicomodel.enums import ShowImageTrueSizeFlag as ShowImageTrueSizeFlag
from dicomodel.enums import ShowPatientDemographicsFlag as ShowPatientDemographicsFlag
from dicomodel.enums import SOPInstanceStatus as SOPInstanceStatus
from dicomodel.enums import SortByCategoryTerm as SortByCategoryTerm
from dicomodel.enums import SortingDirection as SortingDirection
from dicomodel.enums import SyntheticData as SyntheticData
from dicomodel.enums import VOITypeTerm as VOITypeTerm
from dicomodel.iods import HangingProtocol as HangingProtocol
from dicomodel.items import CodeSequenceItem as AbstractPriorCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AnatomicRegionSequenceItem
from dicomodel.items import CodeSequenceItem as DigitalSignaturePurposeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as HangingProtocolUserIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SelectorCodeSequenceValueItem
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
from dicomodel.items import DisplaySetsSequenceItem as DisplaySetsSequenceItem
from dicomodel.items import EncryptedAttributesSequenceItem as EncryptedAttributesSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import FilterOperationsSequenceItem as FilterOperationsSequenceItem
from dicomodel.items import (
    HangingProtocolDefinitionSequenceItem as HangingProtocolDefinitionSequenceItem,
)
from dicomodel.items import (
    HL7StructuredDocumentReferenceSequenceItem as HL7StructuredDocumentReferenceSequenceItem,
)
from dicomodel.items import ImageBoxesSequenceItem as ImageBoxesSequenceItem
from dicomodel.items import ImageSetSelectorSequenceItem as ImageSetSelectorSequenceItem
from dicomodel.items import ImageSetsSequenceItem as ImageSetsSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ConversionSourceAttributesSequenceItem
from dicomodel.items import MACParametersSequenceItem as MACParametersSequenceItem
from dicomodel.items import (
    MappingResourceIdentificationSequenceItem as MappingResourceIdentificationSequenceItem,
)
from dicomodel.items import NavigationIndicatorSequenceItem as NavigationIndicatorSequenceItem
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
from dicomodel.items import ScreenSpecificationsItem as NominalScreenDefinitionSequenceItem
from dicomodel.items import (
    SOPInstanceReferenceItem as PseudoColorPaletteInstanceReferenceSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as SourceHangingProtocolSequenceItem
from dicomodel.items import SortingOperationsSequenceItem as SortingOperationsSequenceItem
from dicomodel.items import SynchronizedScrollingSequenceItem as SynchronizedScrollingSequenceItem
from dicomodel.items import TimeBasedImageSetsSequenceItem as TimeBasedImageSetsSequenceItem
from dicomodel.items import UDIItem as UDISequenceItem
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
)

__all__ = [
    "AbstractPriorCodeSequenceItem",
    "AnatomicRegionSequenceItem",
    "BlendingOperationTypeTerm",
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
    "DisplaySetHorizontalJustification",
    "DisplaySetVerticalJustification",
    "DisplaySetsSequenceItem",
    "EncryptedAttributesSequenceItem",
    "EquivalentCodeSequenceItem",
    "FilterByAttributePresence",
    "FilterByCategoryTerm",
    "FilterByOperator",
    "FilterOperationsSequenceItem",
    "HL7StructuredDocumentReferenceSequenceItem",
    "HangingProtocol",
    "HangingProtocolDefinitionSequenceItem",
    "HangingProtocolLevel",
    "HangingProtocolUserIdentificationCodeSequenceItem",
    "ImageBoxLargeScrollType",
    "ImageBoxLayoutTypeTerm",
    "ImageBoxScrollDirection",
    "ImageBoxSmallScrollType",
    "ImageBoxesSequenceItem",
    "ImageSetSelectorCategory",
    "ImageSetSelectorSequenceItem",
    "ImageSetSelectorUsageFlag",
    "ImageSetsSequenceItem",
    "InstanceOriginStatus",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "Laterality",
    "LongitudinalTemporalInformationModified",
    "MACAlgorithmTerm",
    "MACParametersSequenceItem",
    "MappingResourceIdentificationSequenceItem",
    "MappingResourceTerm",
    "ModalityTerm",
    "ModifiedAttributesSequenceItem",
    "NavigationIndicatorSequenceItem",
    "NominalScreenDefinitionSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "OperatorIdentificationSequenceItem",
    "OriginalAttributesSequenceItem",
    "PartialDataDisplayHandling",
    "PersonIdentificationCodeSequenceItem",
    "PrivateDataElementCharacteristicsSequenceItem",
    "PrivateDataElementDefinitionSequenceItem",
    "ProcedureCodeSequenceItem",
    "PseudoColorPaletteInstanceReferenceSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "QueryRetrieveView",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReasonForTheAttributeModificationTerm",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "ReformattingOperationInitialViewDirectionTerm",
    "ReformattingOperationTypeTerm",
    "RelativeTimeUnits",
    "SOPInstanceStatus",
    "SelectorCodeSequenceValueItem",
    "ShowAcquisitionTechniquesFlag",
    "ShowGraphicAnnotationFlag",
    "ShowGrayscaleInverted",
    "ShowImageTrueSizeFlag",
    "ShowPatientDemographicsFlag",
    "SortByCategoryTerm",
    "SortingDirection",
    "SortingOperationsSequenceItem",
    "SourceHangingProtocolSequenceItem",
    "SynchronizedScrollingSequenceItem",
    "SyntheticData",
    "TimeBasedImageSetsSequenceItem",
    "UDISequenceItem",
    "VOITypeTerm",
]
