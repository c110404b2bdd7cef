"""Generic Implant Template IOD.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus
from dicomodel.enums import CertificateTypeTerm as CertificateTypeTerm
from dicomodel.enums import CertifiedTimestampTypeTerm as CertifiedTimestampTypeTerm
from dicomodel.enums import CodingSchemeRegistryTerm as CodingSchemeRegistryTerm
from dicomodel.enums import CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm
from dicomodel.enums import ContentQualification as ContentQualification
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import DegreeOfFreedomType as DegreeOfFreedomType
from dicomodel.enums import DeidentificationAction as DeidentificationAction
from dicomodel.enums import FiniteVolume as FiniteVolume
from dicomodel.enums import ImplantType as ImplantType
from dicomodel.enums import InstanceOriginStatus as InstanceOriginStatus
from dicomodel.enums import (
    LongitudinalTemporalInformationModified as LongitudinalTemporalInformationModified,
)
from dicomodel.enums import MACAlgorithmTerm as MACAlgorithmTerm
from dicomodel.enums import Manifold as Manifold
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import MIMETypeOfEncapsulatedDocument as MIMETypeOfEncapsulatedDocument
from dicomodel.enums import QueryRetrieveView as QueryRetrieveView
from dicomodel.enums import (
    ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
)
from dicomodel.enums import SOPInstanceStatus as SOPInstanceStatus
from dicomodel.enums import SurfaceProcessing as SurfaceProcessing
from dicomodel.enums import SyntheticData as SyntheticData
from dicomodel.iods import GenericImplantTemplate as GenericImplantTemplate
from dicomodel.items import (
    AlgorithmIdentificationItem as SurfaceProcessingAlgorithmIdentificationSequenceItem,
)
from dicomodel.items import CodeSequenceItem as AlgorithmFamilyCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AnatomicRegionSequenceItem
from dicomodel.items import CodeSequenceItem as CoatingMaterialsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DigitalSignaturePurposeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as FixationMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ImplantRegulatoryDisapprovalCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ImplantTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MaterialsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PlanningLandmarkIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PurposeOfReferenceCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SegmentedPropertyCategoryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SegmentedPropertyTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ViewOrientationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ViewOrientationModifierCodeSequenceItem
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
    HL7StructuredDocumentReferenceSequenceItem as HL7StructuredDocumentReferenceSequenceItem,
)
from dicomodel.items import HPGLDocumentSequenceItem as HPGLDocumentSequenceItem
from dicomodel.items import HPGLPenSequenceItem as HPGLPenSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ConversionSourceAttributesSequenceItem
from dicomodel.items import ImplantTargetAnatomySequenceItem as ImplantTargetAnatomySequenceItem
from dicomodel.items import MACParametersSequenceItem as MACParametersSequenceItem
from dicomodel.items import (
    MappingResourceIdentificationSequenceItem as MappingResourceIdentificationSequenceItem,
)
from dicomodel.items import (
    MatingFeatureDegreeOfFreedomSequenceItem as MatingFeatureDegreeOfFreedomSequenceItem,
)
from dicomodel.items import MatingFeatureSequenceItem as MatingFeatureSequenceItem
from dicomodel.items import MatingFeatureSetsSequenceItem as MatingFeatureSetsSequenceItem
from dicomodel.items import (
    NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
)
from dicomodel.items import (
    NotificationFromManufacturerSequenceItem as InformationFromManufacturerSequenceItem,
)
from dicomodel.items import (
    NotificationFromManufacturerSequenceItem as NotificationFromManufacturerSequenceItem,
)
from dicomodel.items import OriginalAttributesSequenceItem as OriginalAttributesSequenceItem
from dicomodel.items import PersonIdentificationItem as OperatorIdentificationSequenceItem
from dicomodel.items import PlanningLandmarkLineSequenceItem as PlanningLandmarkLineSequenceItem
from dicomodel.items import PlanningLandmarkPlaneSequenceItem as PlanningLandmarkPlaneSequenceItem
from dicomodel.items import PlanningLandmarkPointSequenceItem as PlanningLandmarkPointSequenceItem
from dicomodel.items import PointsItem as SurfacePointsSequenceItem
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
from dicomodel.items import SOPInstanceReferenceItem as DerivationImplantTemplateSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as OriginalImplantTemplateSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReplacedImplantTemplateSequenceItem
from dicomodel.items import SurfaceMeshPrimitivesItem as SurfaceMeshPrimitivesSequenceItem
from dicomodel.items import (
    SurfaceModelDescriptionSequenceItem as SurfaceModelDescriptionSequenceItem,
)
from dicomodel.items import SurfaceSequenceItem as SurfaceSequenceItem
from dicomodel.items import TriangleStripSequenceItem as FacetSequenceItem
from dicomodel.items import TriangleStripSequenceItem as LineSequenceItem
from dicomodel.items import TriangleStripSequenceItem as TriangleFanSequenceItem
from dicomodel.items import TriangleStripSequenceItem as TriangleStripSequenceItem
from dicomodel.items import TwoDDegreeOfFreedomSequenceItem as TwoDDegreeOfFreedomSequenceItem
from dicomodel.items import TwoDLineCoordinatesSequenceItem as TwoDLineCoordinatesSequenceItem
from dicomodel.items import (
    TwoDMatingFeatureCoordinatesSequenceItem as TwoDMatingFeatureCoordinatesSequenceItem,
)
from dicomodel.items import TwoDPlaneCoordinatesSequenceItem as TwoDPlaneCoordinatesSequenceItem
from dicomodel.items import TwoDPointCoordinatesSequenceItem as TwoDPointCoordinatesSequenceItem
from dicomodel.items import UDIItem as UDISequenceItem
from dicomodel.items import (
    UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
)
from dicomodel.items import VectorsItem as SurfacePointsNormalsSequenceItem

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "AnatomicRegionSequenceItem",
    "BlockIdentifyingInformationStatus",
    "CertificateTypeTerm",
    "CertifiedTimestampTypeTerm",
    "CoatingMaterialsCodeSequenceItem",
    "CodingSchemeIdentificationSequenceItem",
    "CodingSchemeRegistryTerm",
    "CodingSchemeResourcesSequenceItem",
    "CodingSchemeURLTypeTerm",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "ContextGroupIdentificationSequenceItem",
    "ContributingEquipmentSequenceItem",
    "ConversionSourceAttributesSequenceItem",
    "DegreeOfFreedomType",
    "DeidentificationAction",
    "DeidentificationActionSequenceItem",
    "DerivationImplantTemplateSequenceItem",
    "DigitalSignaturePurposeCodeSequenceItem",
    "DigitalSignaturesSequenceItem",
    "EncryptedAttributesSequenceItem",
    "EquivalentCodeSequenceItem",
    "FacetSequenceItem",
    "FiniteVolume",
    "FixationMethodCodeSequenceItem",
    "GenericImplantTemplate",
    "HL7StructuredDocumentReferenceSequenceItem",
    "HPGLDocumentSequenceItem",
    "HPGLPenSequenceItem",
    "ImplantRegulatoryDisapprovalCodeSequenceItem",
    "ImplantTargetAnatomySequenceItem",
    "ImplantType",
    "ImplantTypeCodeSequenceItem",
    "InformationFromManufacturerSequenceItem",
    "InstanceOriginStatus",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "LineSequenceItem",
    "LongitudinalTemporalInformationModified",
    "MACAlgorithmTerm",
    "MACParametersSequenceItem",
    "MIMETypeOfEncapsulatedDocument",
    "Manifold",
    "MappingResourceIdentificationSequenceItem",
    "MappingResourceTerm",
    "MaterialsCodeSequenceItem",
    "MatingFeatureDegreeOfFreedomSequenceItem",
    "MatingFeatureSequenceItem",
    "MatingFeatureSetsSequenceItem",
    "ModifiedAttributesSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "NotificationFromManufacturerSequenceItem",
    "OperatorIdentificationSequenceItem",
    "OriginalAttributesSequenceItem",
    "OriginalImplantTemplateSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PlanningLandmarkIdentificationCodeSequenceItem",
    "PlanningLandmarkLineSequenceItem",
    "PlanningLandmarkPlaneSequenceItem",
    "PlanningLandmarkPointSequenceItem",
    "PrivateDataElementCharacteristicsSequenceItem",
    "PrivateDataElementDefinitionSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "QueryRetrieveView",
    "ReasonForTheAttributeModificationTerm",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "ReplacedImplantTemplateSequenceItem",
    "SOPInstanceStatus",
    "SegmentedPropertyCategoryCodeSequenceItem",
    "SegmentedPropertyTypeCodeSequenceItem",
    "SurfaceMeshPrimitivesSequenceItem",
    "SurfaceModelDescriptionSequenceItem",
    "SurfacePointsNormalsSequenceItem",
    "SurfacePointsSequenceItem",
    "SurfaceProcessing",
    "SurfaceProcessingAlgorithmIdentificationSequenceItem",
    "SurfaceSequenceItem",
    "SyntheticData",
    "TriangleFanSequenceItem",
    "TriangleStripSequenceItem",
    "TwoDDegreeOfFreedomSequenceItem",
    "TwoDLineCoordinatesSequenceItem",
    "TwoDMatingFeatureCoordinatesSequenceItem",
    "TwoDPlaneCoordinatesSequenceItem",
    "TwoDPointCoordinatesSequenceItem",
    "UDISequenceItem",
    "ViewOrientationCodeSequenceItem",
    "ViewOrientationModifierCodeSequenceItem",
]
