"""Generic Implant Template IOD.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel, ModuleUsage

if TYPE_CHECKING:
    from dicomodel.enums.content_qualification import (
        ContentQualificationValue as _ContentQualificationValue,
    )
    from dicomodel.enums.implant_type import ImplantTypeValue as _ImplantTypeValue
    from dicomodel.enums.instance_origin_status import (
        InstanceOriginStatusValue as _InstanceOriginStatusValue,
    )
    from dicomodel.enums.longitudinal_temporal_information_modified import (
        LongitudinalTemporalInformationModifiedValue as _LongitudinalTemporalInformationModifiedValue,
    )
    from dicomodel.enums.query_retrieve_view import (
        QueryRetrieveViewValue as _QueryRetrieveViewValue,
    )
    from dicomodel.enums.sop_instance_status import (
        SOPInstanceStatusValue as _SOPInstanceStatusValue,
    )
    from dicomodel.enums.synthetic_data import SyntheticDataValue as _SyntheticDataValue
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.coding_scheme_identification_sequence_item import (
        CodingSchemeIdentificationSequenceItem as _CodingSchemeIdentificationSequenceItem,
    )
    from dicomodel.items.context_group_identification_sequence_item import (
        ContextGroupIdentificationSequenceItem as _ContextGroupIdentificationSequenceItem,
    )
    from dicomodel.items.contributing_equipment_sequence_item import (
        ContributingEquipmentSequenceItem as _ContributingEquipmentSequenceItem,
    )
    from dicomodel.items.digital_signatures_sequence_item import (
        DigitalSignaturesSequenceItem as _DigitalSignaturesSequenceItem,
    )
    from dicomodel.items.encrypted_attributes_sequence_item import (
        EncryptedAttributesSequenceItem as _EncryptedAttributesSequenceItem,
    )
    from dicomodel.items.hl7_structured_document_reference_sequence_item import (
        HL7StructuredDocumentReferenceSequenceItem as _HL7StructuredDocumentReferenceSequenceItem,
    )
    from dicomodel.items.hpgl_document_sequence_item import (
        HPGLDocumentSequenceItem as _HPGLDocumentSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.implant_target_anatomy_sequence_item import (
        ImplantTargetAnatomySequenceItem as _ImplantTargetAnatomySequenceItem,
    )
    from dicomodel.items.mac_parameters_sequence_item import (
        MACParametersSequenceItem as _MACParametersSequenceItem,
    )
    from dicomodel.items.mapping_resource_identification_sequence_item import (
        MappingResourceIdentificationSequenceItem as _MappingResourceIdentificationSequenceItem,
    )
    from dicomodel.items.mating_feature_sets_sequence_item import (
        MatingFeatureSetsSequenceItem as _MatingFeatureSetsSequenceItem,
    )
    from dicomodel.items.notification_from_manufacturer_sequence_item import (
        NotificationFromManufacturerSequenceItem as _NotificationFromManufacturerSequenceItem,
    )
    from dicomodel.items.original_attributes_sequence_item import (
        OriginalAttributesSequenceItem as _OriginalAttributesSequenceItem,
    )
    from dicomodel.items.planning_landmark_line_sequence_item import (
        PlanningLandmarkLineSequenceItem as _PlanningLandmarkLineSequenceItem,
    )
    from dicomodel.items.planning_landmark_plane_sequence_item import (
        PlanningLandmarkPlaneSequenceItem as _PlanningLandmarkPlaneSequenceItem,
    )
    from dicomodel.items.planning_landmark_point_sequence_item import (
        PlanningLandmarkPointSequenceItem as _PlanningLandmarkPointSequenceItem,
    )
    from dicomodel.items.private_data_element_characteristics_sequence_item import (
        PrivateDataElementCharacteristicsSequenceItem as _PrivateDataElementCharacteristicsSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as _ReferencedDefinedProtocolSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
    from dicomodel.items.surface_model_description_sequence_item import (
        SurfaceModelDescriptionSequenceItem as _SurfaceModelDescriptionSequenceItem,
    )
    from dicomodel.items.surface_sequence_item import SurfaceSequenceItem as _SurfaceSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _CodingSchemeIdentificationSequenceItem = Lazy(
        "dicomodel.items.coding_scheme_identification_sequence_item",
        "CodingSchemeIdentificationSequenceItem",
    )
    _ContentQualificationValue = Lazy(
        "dicomodel.enums.content_qualification", "ContentQualificationValue"
    )
    _ContextGroupIdentificationSequenceItem = Lazy(
        "dicomodel.items.context_group_identification_sequence_item",
        "ContextGroupIdentificationSequenceItem",
    )
    _ContributingEquipmentSequenceItem = Lazy(
        "dicomodel.items.contributing_equipment_sequence_item", "ContributingEquipmentSequenceItem"
    )
    _DigitalSignaturesSequenceItem = Lazy(
        "dicomodel.items.digital_signatures_sequence_item", "DigitalSignaturesSequenceItem"
    )
    _EncryptedAttributesSequenceItem = Lazy(
        "dicomodel.items.encrypted_attributes_sequence_item", "EncryptedAttributesSequenceItem"
    )
    _HL7StructuredDocumentReferenceSequenceItem = Lazy(
        "dicomodel.items.hl7_structured_document_reference_sequence_item",
        "HL7StructuredDocumentReferenceSequenceItem",
    )
    _HPGLDocumentSequenceItem = Lazy(
        "dicomodel.items.hpgl_document_sequence_item", "HPGLDocumentSequenceItem"
    )
    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )
    _ImplantTargetAnatomySequenceItem = Lazy(
        "dicomodel.items.implant_target_anatomy_sequence_item", "ImplantTargetAnatomySequenceItem"
    )
    _ImplantTypeValue = Lazy("dicomodel.enums.implant_type", "ImplantTypeValue")
    _InstanceOriginStatusValue = Lazy(
        "dicomodel.enums.instance_origin_status", "InstanceOriginStatusValue"
    )
    _LongitudinalTemporalInformationModifiedValue = Lazy(
        "dicomodel.enums.longitudinal_temporal_information_modified",
        "LongitudinalTemporalInformationModifiedValue",
    )
    _MACParametersSequenceItem = Lazy(
        "dicomodel.items.mac_parameters_sequence_item", "MACParametersSequenceItem"
    )
    _MappingResourceIdentificationSequenceItem = Lazy(
        "dicomodel.items.mapping_resource_identification_sequence_item",
        "MappingResourceIdentificationSequenceItem",
    )
    _MatingFeatureSetsSequenceItem = Lazy(
        "dicomodel.items.mating_feature_sets_sequence_item", "MatingFeatureSetsSequenceItem"
    )
    _NotificationFromManufacturerSequenceItem = Lazy(
        "dicomodel.items.notification_from_manufacturer_sequence_item",
        "NotificationFromManufacturerSequenceItem",
    )
    _OriginalAttributesSequenceItem = Lazy(
        "dicomodel.items.original_attributes_sequence_item", "OriginalAttributesSequenceItem"
    )
    _PlanningLandmarkLineSequenceItem = Lazy(
        "dicomodel.items.planning_landmark_line_sequence_item", "PlanningLandmarkLineSequenceItem"
    )
    _PlanningLandmarkPlaneSequenceItem = Lazy(
        "dicomodel.items.planning_landmark_plane_sequence_item", "PlanningLandmarkPlaneSequenceItem"
    )
    _PlanningLandmarkPointSequenceItem = Lazy(
        "dicomodel.items.planning_landmark_point_sequence_item", "PlanningLandmarkPointSequenceItem"
    )
    _PrivateDataElementCharacteristicsSequenceItem = Lazy(
        "dicomodel.items.private_data_element_characteristics_sequence_item",
        "PrivateDataElementCharacteristicsSequenceItem",
    )
    _QueryRetrieveViewValue = Lazy("dicomodel.enums.query_retrieve_view", "QueryRetrieveViewValue")
    _ReferencedDefinedProtocolSequenceItem = Lazy(
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _SOPInstanceStatusValue = Lazy("dicomodel.enums.sop_instance_status", "SOPInstanceStatusValue")
    _SurfaceModelDescriptionSequenceItem = Lazy(
        "dicomodel.items.surface_model_description_sequence_item",
        "SurfaceModelDescriptionSequenceItem",
    )
    _SurfaceSequenceItem = Lazy("dicomodel.items.surface_sequence_item", "SurfaceSequenceItem")
    _SyntheticDataValue = Lazy("dicomodel.enums.synthetic_data", "SyntheticDataValue")

if TYPE_CHECKING:
    from dicomodel.enums.block_identifying_information_status import (
        BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus,
    )
    from dicomodel.enums.certificate_type import CertificateTypeTerm as CertificateTypeTerm
    from dicomodel.enums.certified_timestamp_type import (
        CertifiedTimestampTypeTerm as CertifiedTimestampTypeTerm,
    )
    from dicomodel.enums.coding_scheme_registry import (
        CodingSchemeRegistryTerm as CodingSchemeRegistryTerm,
    )
    from dicomodel.enums.coding_scheme_url_type import (
        CodingSchemeURLTypeTerm as CodingSchemeURLTypeTerm,
    )
    from dicomodel.enums.content_qualification import ContentQualification as ContentQualification
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.degree_of_freedom_type import DegreeOfFreedomType as DegreeOfFreedomType
    from dicomodel.enums.deidentification_action import (
        DeidentificationAction as DeidentificationAction,
    )
    from dicomodel.enums.finite_volume import FiniteVolume as FiniteVolume
    from dicomodel.enums.implant_type import ImplantType as ImplantType
    from dicomodel.enums.instance_origin_status import InstanceOriginStatus as InstanceOriginStatus
    from dicomodel.enums.longitudinal_temporal_information_modified import (
        LongitudinalTemporalInformationModified as LongitudinalTemporalInformationModified,
    )
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.manifold import Manifold as Manifold
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.mime_type_of_encapsulated_document import (
        MIMETypeOfEncapsulatedDocument as MIMETypeOfEncapsulatedDocument,
    )
    from dicomodel.enums.query_retrieve_view import QueryRetrieveView as QueryRetrieveView
    from dicomodel.enums.reason_for_the_attribute_modification import (
        ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
    )
    from dicomodel.enums.sop_instance_status import SOPInstanceStatus as SOPInstanceStatus
    from dicomodel.enums.surface_processing import SurfaceProcessing as SurfaceProcessing
    from dicomodel.enums.synthetic_data import SyntheticData as SyntheticData
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as SurfaceProcessingAlgorithmIdentificationSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AnatomicRegionSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as CoatingMaterialsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DigitalSignaturePurposeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as FixationMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ImplantRegulatoryDisapprovalCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ImplantTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as MaterialsCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PlanningLandmarkIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentedPropertyCategoryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentedPropertyTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ViewOrientationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ViewOrientationModifierCodeSequenceItem,
    )
    from dicomodel.items.coding_scheme_identification_sequence_item import (
        CodingSchemeIdentificationSequenceItem as CodingSchemeIdentificationSequenceItem,
    )
    from dicomodel.items.coding_scheme_resources_sequence_item import (
        CodingSchemeResourcesSequenceItem as CodingSchemeResourcesSequenceItem,
    )
    from dicomodel.items.context_group_identification_sequence_item import (
        ContextGroupIdentificationSequenceItem as ContextGroupIdentificationSequenceItem,
    )
    from dicomodel.items.contributing_equipment_sequence_item import (
        ContributingEquipmentSequenceItem as ContributingEquipmentSequenceItem,
    )
    from dicomodel.items.deidentification_action_sequence_item import (
        DeidentificationActionSequenceItem as DeidentificationActionSequenceItem,
    )
    from dicomodel.items.digital_signatures_sequence_item import (
        DigitalSignaturesSequenceItem as DigitalSignaturesSequenceItem,
    )
    from dicomodel.items.encrypted_attributes_sequence_item import (
        EncryptedAttributesSequenceItem as EncryptedAttributesSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hl7_structured_document_reference_sequence_item import (
        HL7StructuredDocumentReferenceSequenceItem as HL7StructuredDocumentReferenceSequenceItem,
    )
    from dicomodel.items.hpgl_document_sequence_item import (
        HPGLDocumentSequenceItem as HPGLDocumentSequenceItem,
    )
    from dicomodel.items.hpgl_pen_sequence_item import HPGLPenSequenceItem as HPGLPenSequenceItem
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ConversionSourceAttributesSequenceItem,
    )
    from dicomodel.items.implant_target_anatomy_sequence_item import (
        ImplantTargetAnatomySequenceItem as ImplantTargetAnatomySequenceItem,
    )
    from dicomodel.items.mac_parameters_sequence_item import (
        MACParametersSequenceItem as MACParametersSequenceItem,
    )
    from dicomodel.items.mapping_resource_identification_sequence_item import (
        MappingResourceIdentificationSequenceItem as MappingResourceIdentificationSequenceItem,
    )
    from dicomodel.items.mating_feature_degree_of_freedom_sequence_item import (
        MatingFeatureDegreeOfFreedomSequenceItem as MatingFeatureDegreeOfFreedomSequenceItem,
    )
    from dicomodel.items.mating_feature_sequence_item import (
        MatingFeatureSequenceItem as MatingFeatureSequenceItem,
    )
    from dicomodel.items.mating_feature_sets_sequence_item import (
        MatingFeatureSetsSequenceItem as MatingFeatureSetsSequenceItem,
    )
    from dicomodel.items.nonconforming_modified_attributes_sequence_item import (
        NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
    )
    from dicomodel.items.notification_from_manufacturer_sequence_item import (
        NotificationFromManufacturerSequenceItem as InformationFromManufacturerSequenceItem,
    )
    from dicomodel.items.notification_from_manufacturer_sequence_item import (
        NotificationFromManufacturerSequenceItem as NotificationFromManufacturerSequenceItem,
    )
    from dicomodel.items.original_attributes_sequence_item import (
        OriginalAttributesSequenceItem as OriginalAttributesSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as OperatorIdentificationSequenceItem,
    )
    from dicomodel.items.planning_landmark_line_sequence_item import (
        PlanningLandmarkLineSequenceItem as PlanningLandmarkLineSequenceItem,
    )
    from dicomodel.items.planning_landmark_plane_sequence_item import (
        PlanningLandmarkPlaneSequenceItem as PlanningLandmarkPlaneSequenceItem,
    )
    from dicomodel.items.planning_landmark_point_sequence_item import (
        PlanningLandmarkPointSequenceItem as PlanningLandmarkPointSequenceItem,
    )
    from dicomodel.items.points_item import PointsItem as SurfacePointsSequenceItem
    from dicomodel.items.private_data_element_characteristics_sequence_item import (
        PrivateDataElementCharacteristicsSequenceItem as PrivateDataElementCharacteristicsSequenceItem,
    )
    from dicomodel.items.private_data_element_definition_sequence_item import (
        PrivateDataElementDefinitionSequenceItem as PrivateDataElementDefinitionSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as DerivationImplantTemplateSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as OriginalImplantTemplateSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReplacedImplantTemplateSequenceItem,
    )
    from dicomodel.items.surface_mesh_primitives_item import (
        SurfaceMeshPrimitivesItem as SurfaceMeshPrimitivesSequenceItem,
    )
    from dicomodel.items.surface_model_description_sequence_item import (
        SurfaceModelDescriptionSequenceItem as SurfaceModelDescriptionSequenceItem,
    )
    from dicomodel.items.surface_sequence_item import SurfaceSequenceItem as SurfaceSequenceItem
    from dicomodel.items.triangle_strip_sequence_item import (
        TriangleStripSequenceItem as FacetSequenceItem,
    )
    from dicomodel.items.triangle_strip_sequence_item import (
        TriangleStripSequenceItem as LineSequenceItem,
    )
    from dicomodel.items.triangle_strip_sequence_item import (
        TriangleStripSequenceItem as TriangleFanSequenceItem,
    )
    from dicomodel.items.triangle_strip_sequence_item import (
        TriangleStripSequenceItem as TriangleStripSequenceItem,
    )
    from dicomodel.items.two_d_degree_of_freedom_sequence_item import (
        TwoDDegreeOfFreedomSequenceItem as TwoDDegreeOfFreedomSequenceItem,
    )
    from dicomodel.items.two_d_line_coordinates_sequence_item import (
        TwoDLineCoordinatesSequenceItem as TwoDLineCoordinatesSequenceItem,
    )
    from dicomodel.items.two_d_mating_feature_coordinates_sequence_item import (
        TwoDMatingFeatureCoordinatesSequenceItem as TwoDMatingFeatureCoordinatesSequenceItem,
    )
    from dicomodel.items.two_d_plane_coordinates_sequence_item import (
        TwoDPlaneCoordinatesSequenceItem as TwoDPlaneCoordinatesSequenceItem,
    )
    from dicomodel.items.two_d_point_coordinates_sequence_item import (
        TwoDPointCoordinatesSequenceItem as TwoDPointCoordinatesSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
    )
    from dicomodel.items.vectors_item import VectorsItem as SurfacePointsNormalsSequenceItem

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


class GenericImplantTemplate(DicomModel):
    """Generic Implant Template IOD (PS3.3 Table A.61-1): its modules' attributes, flat."""

    dicom_name: ClassVar[str] = "Generic Implant Template"
    dicom_table: ClassVar[str] = "table_A.61-1"
    dicom_modules: ClassVar[tuple[ModuleUsage, ...]] = (
        ModuleUsage(
            "Generic Implant Template Description",
            "dicomodel.modules.generic_implant_template_description:GenericImplantTemplateDescriptionModule",
            "M",
        ),
        ModuleUsage(
            "Generic Implant Template 2D Drawings",
            "dicomodel.modules.generic_implant_template_2d_drawings:GenericImplantTemplate2DDrawingsModule",
            "U",
        ),
        ModuleUsage(
            "Generic Implant Template 3D Models",
            "dicomodel.modules.generic_implant_template_3d_models:GenericImplantTemplate3DModelsModule",
            "U",
        ),
        ModuleUsage(
            "Generic Implant Template Mating Features",
            "dicomodel.modules.generic_implant_template_mating_features:GenericImplantTemplateMatingFeaturesModule",
            "U",
        ),
        ModuleUsage(
            "Generic Implant Template Planning Landmarks",
            "dicomodel.modules.generic_implant_template_planning_landmarks:GenericImplantTemplatePlanningLandmarksModule",
            "U",
        ),
        ModuleUsage("SOP Common", "dicomodel.modules.sop_common:SOPCommonModule", "M"),
        ModuleUsage(
            "Surface Mesh",
            "dicomodel.modules.surface_mesh:SurfaceMeshModule",
            "C",
            when=("module", "Generic Implant Template 3D Models"),
            condition="Required if Generic Implant Template 3D Models Module is present.",
        ),
    )

    Manufacturer: Annotated[vr.LO, Attribute(0x00080070, "LO", "1", "1", name="Manufacturer")]
    """Manufacturer (0008,0070): Type 1, VR LO, VM 1. Name of the manufacturer that produces the implant."""

    FrameOfReferenceUID: Annotated[
        vr.UI, Attribute(0x00200052, "UI", "1", "1", name="Frame of Reference UID")
    ]
    """Frame of Reference UID (0020,0052): Type 1, VR UI, VM 1. Defines a 3D Frame of Reference for this component."""

    ImplantName: Annotated[vr.LO, Attribute(0x00221095, "LO", "1", "1", name="Implant Name")]
    """Implant Name (0022,1095): Type 1, VR LO, VM 1. The (product) name of the implant."""

    ImplantSize: Annotated[
        vr.LO | None,
        Attribute(
            0x00686210,
            "LO",
            "1",
            "1C",
            name="Implant Size",
            when=("unknown", "depends on what is known to the creator"),
            otherwise="may",
        ),
    ] = None
    """Implant Size (0068,6210): Type 1C, VR LO, VM 1. Required if the component exists in different sizes and the size number is not part of the name or identifier. May be present otherwise. The size descriptor of the component. Required if the component exists in different sizes and the size number is not part of the name or identifier. May be present otherwise. See Section C.29.1.1.1.1 for details."""

    ImplantPartNumber: Annotated[
        vr.LO, Attribute(0x00221097, "LO", "1", "1", name="Implant Part Number")
    ]
    """Implant Part Number (0022,1097): Type 1, VR LO, VM 1. The (product) identifier of the implant."""

    ImplantTemplateVersion: Annotated[
        vr.LO, Attribute(0x00686221, "LO", "1", "1", name="Implant Template Version")
    ]
    """Implant Template Version (0068,6221): Type 1, VR LO, VM 1. The version code of the implant template. If Implant Type (0068,6223) is DERIVED, this shall have the same value as the Implant Template Version (0068,6221) of the manufacturer's implant template from which this Instance was derived."""

    ReplacedImplantTemplateSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00686222,
            "SQ",
            "1",
            "1C",
            name="Replaced Implant Template Sequence",
            when=("unknown", "names no attribute: this Instance replaces another Instance"),
        ),
    ] = None
    """Replaced Implant Template Sequence (0068,6222): Type 1C, VR SQ, VM 1. Required if this Instance replaces another Instance. Reference to the Implant Template that is replaced by this template. Only a single Item shall be included in this Sequence. Required if this Instance replaces another Instance."""

    ImplantType: Annotated[
        _ImplantTypeValue,
        Attribute(
            0x00686223,
            "CS",
            "1",
            "1",
            name="Implant Type",
            enumerated=((0, ("ORIGINAL", "DERIVED")),),
        ),
    ]
    """Implant Type (0068,6223): Type 1, VR CS, VM 1. Indicates whether the Implant Template is derived from another Implant Template. Enumerated Values: ORIGINAL DERIVED"""

    OriginalImplantTemplateSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00686225,
            "SQ",
            "1",
            "1C",
            name="Original Implant Template Sequence",
            when=("value", 0x00686223, 0, "in", ("DERIVED",)),
        ),
    ] = None
    """Original Implant Template Sequence (0068,6225): Type 1C, VR SQ, VM 1. Required if Implant Type (0068,6223) is DERIVED. Reference to the Implant Template Instance with Implant Type (0068,6223) ORIGINAL from which this Instance was ultimately derived. Only a single Item shall be included in this Sequence. Required if Implant Type (0068,6223) is DERIVED."""

    DerivationImplantTemplateSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00686224,
            "SQ",
            "1",
            "1C",
            name="Derivation Implant Template Sequence",
            when=("value", 0x00686223, 0, "in", ("DERIVED",)),
        ),
    ] = None
    """Derivation Implant Template Sequence (0068,6224): Type 1C, VR SQ, VM 1. Required if Implant Type (0068,6223) is DERIVED. Reference to Implant Template Instance from which this Instance was directly derived. Only a single Item shall be included in this Sequence. Required if Implant Type (0068,6223) is DERIVED."""

    EffectiveDateTime: Annotated[
        vr.DT, Attribute(0x00686226, "DT", "1", "1", name="Effective DateTime")
    ]
    """Effective DateTime (0068,6226): Type 1, VR DT, VM 1. Date and time from which this Instance is or will be valid."""

    ImplantTargetAnatomySequence: Annotated[
        list[_ImplantTargetAnatomySequenceItem] | None,
        Attribute(0x00686230, "SQ", "1", "3", name="Implant Target Anatomy Sequence"),
    ] = None
    """Implant Target Anatomy Sequence (0068,6230): Type 3, VR SQ, VM 1. Sequence that identifies the anatomical region the implant is to be implanted to. One or more Items are permitted in this Sequence."""

    NotificationFromManufacturerSequence: Annotated[
        list[_NotificationFromManufacturerSequenceItem] | None,
        Attribute(
            0x00686265,
            "SQ",
            "1",
            "1C",
            name="Notification From Manufacturer Sequence",
            when=("unknown", "names no attribute: such information has been issued"),
        ),
    ] = None
    """Notification From Manufacturer Sequence (0068,6265): Type 1C, VR SQ, VM 1. Required if such information has been issued. Information from the manufacturer concerning a critical notification, recall, or discontinuation of the implant or implant template. One or more Items shall be included in this Sequence. Required if such information has been issued."""

    InformationFromManufacturerSequence: Annotated[
        list[_NotificationFromManufacturerSequenceItem] | None,
        Attribute(0x00686260, "SQ", "1", "3", name="Information From Manufacturer Sequence"),
    ] = None
    """Information From Manufacturer Sequence (0068,6260): Type 3, VR SQ, VM 1. Information from Manufacturer other than described in Notification From Manufacturer Sequence (0068,6265). One or more Items shall be included in this Sequence."""

    ImplantRegulatoryDisapprovalCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x006862A0,
            "SQ",
            "1",
            "1C",
            name="Implant Regulatory Disapproval Code Sequence",
            when=(
                "unknown",
                "names no attribute: the implant has been disapproved in a country or a region",
            ),
        ),
    ] = None
    """Implant Regulatory Disapproval Code Sequence (0068,62A0): Type 1C, VR SQ, VM 1. Required if the implant has been disapproved in a country or a region. Sequence containing countries and regions in which the implant is not approved for usage. One or more Items shall be included in this Sequence. Required if the implant has been disapproved in a country or a region."""

    OverallTemplateSpatialTolerance: Annotated[
        vr.FD | None,
        Attribute(0x006862A5, "FD", "1", "2", name="Overall Template Spatial Tolerance"),
    ]
    """Overall Template Spatial Tolerance (0068,62A5): Type 2, VR FD, VM 1. Tolerance in mm applying to all distance measurements and spatial locations in this Implant Template."""

    MaterialsCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x006863A0, "SQ", "1", "1", name="Materials Code Sequence"),
    ]
    """Materials Code Sequence (0068,63A0): Type 1, VR SQ, VM 1. A Code Sequence specifying the materials the implant was built from. One or more Items shall be included in this Sequence."""

    CoatingMaterialsCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x006863A4,
            "SQ",
            "1",
            "1C",
            name="Coating Materials Code Sequence",
            when=("unknown", "names no attribute: the implant is coated"),
        ),
    ] = None
    """Coating Materials Code Sequence (0068,63A4): Type 1C, VR SQ, VM 1. Required if the implant is coated. A Code Sequence specifying the materials the implant is coated with. One or more Items shall be included in this Sequence. Required if the implant is coated."""

    ImplantTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x006863A8, "SQ", "1", "1", name="Implant Type Code Sequence"),
    ]
    """Implant Type Code Sequence (0068,63A8): Type 1, VR SQ, VM 1. Sequence containing a coded description of the type of implant the template reflects. Only a single Item shall be included in this Sequence."""

    FixationMethodCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x006863AC, "SQ", "1", "1", name="Fixation Method Code Sequence"),
    ]
    """Fixation Method Code Sequence (0068,63AC): Type 1, VR SQ, VM 1. The method that will be used to fixate the implant in the body. Only a single Item shall be included in this Sequence."""

    HPGLDocumentSequence: Annotated[
        list[_HPGLDocumentSequenceItem] | None,
        Attribute(0x006862C0, "SQ", "1", "1", name="HPGL Document Sequence"),
    ] = None
    """HPGL Document Sequence (0068,62C0): Type 1, VR SQ, VM 1. The 2D template representations of this implant. One or more Items shall be included in this Sequence."""

    ImplantTemplate3DModelSurfaceNumber: Annotated[
        list[vr.US] | None,
        Attribute(0x00686350, "US", "1-n", "1", name="Implant Template 3D Model Surface Number"),
    ] = None
    """Implant Template 3D Model Surface Number (0068,6350): Type 1, VR US, VM 1-n. Surface Number (0066,0003) of the surface that represents the shape of the entire implant."""

    SurfaceModelDescriptionSequence: Annotated[
        list[_SurfaceModelDescriptionSequenceItem] | None,
        Attribute(0x00686360, "SQ", "1", "1", name="Surface Model Description Sequence"),
    ] = None
    """Surface Model Description Sequence (0068,6360): Type 1, VR SQ, VM 1. The description of the Surface Model. One or more Items shall be included in this Sequence. Shall contain one Item per Item in Surface Sequence (0066,0002)."""

    SurfaceModelScalingFactor: Annotated[
        vr.FD | None, Attribute(0x00686390, "FD", "1", "1", name="Surface Model Scaling Factor")
    ] = None
    """Surface Model Scaling Factor (0068,6390): Type 1, VR FD, VM 1. Scaling factor (mm/Surface unit) See Section C.29.1.3.1.1."""

    MatingFeatureSetsSequence: Annotated[
        list[_MatingFeatureSetsSequenceItem] | None,
        Attribute(0x006863B0, "SQ", "1", "3", name="Mating Feature Sets Sequence"),
    ] = None
    """Mating Feature Sets Sequence (0068,63B0): Type 3, VR SQ, VM 1. Mating feature sets used to combine the implant with other implants. One or more Items shall be included in this Sequence."""

    PlanningLandmarkPointSequence: Annotated[
        list[_PlanningLandmarkPointSequenceItem] | None,
        Attribute(0x00686500, "SQ", "1", "3", name="Planning Landmark Point Sequence"),
    ] = None
    """Planning Landmark Point Sequence (0068,6500): Type 3, VR SQ, VM 1. Point landmarks for planning. One or more Items are permitted in this Sequence."""

    PlanningLandmarkLineSequence: Annotated[
        list[_PlanningLandmarkLineSequenceItem] | None,
        Attribute(0x00686510, "SQ", "1", "3", name="Planning Landmark Line Sequence"),
    ] = None
    """Planning Landmark Line Sequence (0068,6510): Type 3, VR SQ, VM 1. Line landmarks for planning. One or more Items are permitted in this Sequence."""

    PlanningLandmarkPlaneSequence: Annotated[
        list[_PlanningLandmarkPlaneSequenceItem] | None,
        Attribute(0x00686520, "SQ", "1", "3", name="Planning Landmark Plane Sequence"),
    ] = None
    """Planning Landmark Plane Sequence (0068,6520): Type 3, VR SQ, VM 1. Plane landmarks for planning. One or more Items are permitted in this Sequence."""

    SOPClassUID: Annotated[vr.UI, Attribute(0x00080016, "UI", "1", "1", name="SOP Class UID")]
    """SOP Class UID (0008,0016): Type 1, VR UI, VM 1. Uniquely identifies the SOP Class. See Section C.12.1.1.1 for further explanation. See also PS3.4."""

    SOPInstanceUID: Annotated[vr.UI, Attribute(0x00080018, "UI", "1", "1", name="SOP Instance UID")]
    """SOP Instance UID (0008,0018): Type 1, VR UI, VM 1. Uniquely identifies the SOP Instance. See Section C.12.1.1.1 for further explanation. See also PS3.4."""

    SpecificCharacterSet: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00080005,
            "CS",
            "1-n",
            "1C",
            name="Specific Character Set",
            when=(
                "unknown",
                "names no attribute: an expanded or replacement character set is used",
            ),
        ),
    ] = None
    """Specific Character Set (0008,0005): Type 1C, VR CS, VM 1-n. Required if an expanded or replacement character set is used. Character Set that expands or replaces the Basic Graphic Set. Required if an expanded or replacement character set is used. See Section C.12.1.1.2 for Defined Terms."""

    InstanceCreationDate: Annotated[
        vr.DA | None, Attribute(0x00080012, "DA", "1", "3", name="Instance Creation Date")
    ] = None
    """Instance Creation Date (0008,0012): Type 3, VR DA, VM 1. Date the SOP Instance was created. This is the date that the SOP Instance UID was assigned, and does not change during subsequent coercion of the Instance."""

    InstanceCreationTime: Annotated[
        vr.TM | None, Attribute(0x00080013, "TM", "1", "3", name="Instance Creation Time")
    ] = None
    """Instance Creation Time (0008,0013): Type 3, VR TM, VM 1. Time the SOP Instance was created. This is the time that the SOP Instance UID was assigned, and does not change during subsequent coercion of the Instance."""

    InstanceCoercionDateTime: Annotated[
        vr.DT | None, Attribute(0x00080015, "DT", "1", "3", name="Instance Coercion DateTime")
    ] = None
    """Instance Coercion DateTime (0008,0015): Type 3, VR DT, VM 1. Date and time that the SOP Instance was last coerced, corrected or converted by a Storage SCP (see Section B.4.1.3 in PS3.4)."""

    InstanceCreatorUID: Annotated[
        vr.UI | None, Attribute(0x00080014, "UI", "1", "3", name="Instance Creator UID")
    ] = None
    """Instance Creator UID (0008,0014): Type 3, VR UI, VM 1. Uniquely identifies device that created the SOP Instance. There is no requirement that the Instance Creator UID (0008,0014) be the same as the Device UID (0018,1002) in the General Equipment Module, though they may be."""

    RelatedGeneralSOPClassUID: Annotated[
        list[vr.UI] | None,
        Attribute(0x0008001A, "UI", "1-n", "3", name="Related General SOP Class UID"),
    ] = None
    """Related General SOP Class UID (0008,001A): Type 3, VR UI, VM 1-n. Uniquely identifies a Related General SOP Class for the SOP Class of this Instance. See PS3.4."""

    OriginalSpecializedSOPClassUID: Annotated[
        vr.UI | None,
        Attribute(0x0008001B, "UI", "1", "3", name="Original Specialized SOP Class UID"),
    ] = None
    """Original Specialized SOP Class UID (0008,001B): Type 3, VR UI, VM 1. The SOP Class in which the Instance was originally encoded that has been replaced during a fall-back conversion to the current Related General SOP Class. See PS3.4."""

    SyntheticData: Annotated[
        _SyntheticDataValue | None,
        Attribute(
            0x0008001C, "CS", "1", "3", name="Synthetic Data", enumerated=((0, ("YES", "NO")),)
        ),
    ] = None
    """Synthetic Data (0008,001C): Type 3, VR CS, VM 1. Whether or not some or all of the content of this instance was made artificially rather than being a faithful representation of acquired data."""

    CodingSchemeIdentificationSequence: Annotated[
        list[_CodingSchemeIdentificationSequenceItem] | None,
        Attribute(0x00080110, "SQ", "1", "3", name="Coding Scheme Identification Sequence"),
    ] = None
    """Coding Scheme Identification Sequence (0008,0110): Type 3, VR SQ, VM 1. Sequence of Items that map values of Coding Scheme Designator (0008,0102) to an external coding system registration, or to a private or local coding scheme. One or more Items are permitted in this Sequence."""

    ContextGroupIdentificationSequence: Annotated[
        list[_ContextGroupIdentificationSequenceItem] | None,
        Attribute(0x00080123, "SQ", "1", "3", name="Context Group Identification Sequence"),
    ] = None
    """Context Group Identification Sequence (0008,0123): Type 3, VR SQ, VM 1. Sequence of Items that map values of Context Identifier (0008,010F) to an external, private or local Context Group. One or more Items are permitted in this Sequence."""

    MappingResourceIdentificationSequence: Annotated[
        list[_MappingResourceIdentificationSequenceItem] | None,
        Attribute(0x00080124, "SQ", "1", "3", name="Mapping Resource Identification Sequence"),
    ] = None
    """Mapping Resource Identification Sequence (0008,0124): Type 3, VR SQ, VM 1. Sequence of Items that map values of Mapping Resource (0008,0105) to an external, private or local Mapping Resource. One or more Items are permitted in this Sequence."""

    TimezoneOffsetFromUTC: Annotated[
        vr.SH | None, Attribute(0x00080201, "SH", "1", "3", name="Timezone Offset From UTC")
    ] = None
    """Timezone Offset From UTC (0008,0201): Type 3, VR SH, VM 1. Contains the offset from UTC to the timezone for all DA and TM Attributes present in this SOP Instance, and for all DT Attributes present in this SOP Instance that do not contain an explicitly encoded timezone offset."""

    ContributingEquipmentSequence: Annotated[
        list[_ContributingEquipmentSequenceItem] | None,
        Attribute(0x0018A001, "SQ", "1", "3", name="Contributing Equipment Sequence"),
    ] = None
    """Contributing Equipment Sequence (0018,A001): Type 3, VR SQ, VM 1. Sequence of Items containing descriptive Attributes of related equipment that has contributed to the acquisition, creation or modification of the Composite Instance. One or more Items are permitted in this Sequence."""

    InstanceNumber: Annotated[
        vr.IS | None, Attribute(0x00200013, "IS", "1", "3", name="Instance Number")
    ] = None
    """Instance Number (0020,0013): Type 3, VR IS, VM 1. A number that identifies this Composite Instance."""

    SOPInstanceStatus: Annotated[
        _SOPInstanceStatusValue | None,
        Attribute(
            0x01000410,
            "CS",
            "1",
            "3",
            name="SOP Instance Status",
            enumerated=((0, ("NS", "OR", "AO", "AC")),),
        ),
    ] = None
    """SOP Instance Status (0100,0410): Type 3, VR CS, VM 1. A flag that indicates the storage status of the SOP Instance. Enumerated Values: NS Not Specified; implies that this SOP Instance has no special storage status, and hence no special actions need be taken OR Original; implies that this is th..."""

    SOPAuthorizationDateTime: Annotated[
        vr.DT | None, Attribute(0x01000420, "DT", "1", "3", name="SOP Authorization DateTime")
    ] = None
    """SOP Authorization DateTime (0100,0420): Type 3, VR DT, VM 1. The date and time when the SOP Instance Status (0100,0410) was set to AO."""

    SOPAuthorizationComment: Annotated[
        vr.LT | None, Attribute(0x01000424, "LT", "1", "3", name="SOP Authorization Comment")
    ] = None
    """SOP Authorization Comment (0100,0424): Type 3, VR LT, VM 1. Any comments associated with the setting of the SOP Instance Status (0100,0410) to AO."""

    AuthorizationEquipmentCertificationNumber: Annotated[
        vr.LO | None,
        Attribute(0x01000426, "LO", "1", "3", name="Authorization Equipment Certification Number"),
    ] = None
    """Authorization Equipment Certification Number (0100,0426): Type 3, VR LO, VM 1. The certification number issued to the Application Entity that set the SOP Instance Status (0100,0410) to AO."""

    MACParametersSequence: Annotated[
        list[_MACParametersSequenceItem] | None,
        Attribute(0x4FFE0001, "SQ", "1", "3", name="MAC Parameters Sequence"),
    ] = None
    """MAC Parameters Sequence (4FFE,0001): Type 3, VR SQ, VM 1. A Sequence of Items that describe the parameters used to calculate a MAC for use in Digital Signatures. One or more Items shall be included in this Sequence."""

    DigitalSignaturesSequence: Annotated[
        list[_DigitalSignaturesSequenceItem] | None,
        Attribute(0xFFFAFFFA, "SQ", "1", "3", name="Digital Signatures Sequence"),
    ] = None
    """Digital Signatures Sequence (FFFA,FFFA): Type 3, VR SQ, VM 1. Sequence holding Digital Signatures. One or more Items are permitted in this Sequence."""

    EncryptedAttributesSequence: Annotated[
        list[_EncryptedAttributesSequenceItem] | None,
        Attribute(
            0x04000500,
            "SQ",
            "1",
            "1C",
            name="Encrypted Attributes Sequence",
            when=(
                "unknown",
                "names no attribute: application level confidentiality is needed and certain recipients are allowed to decrypt all or portions of the Encrypted Attributes Data Set",
            ),
        ),
    ] = None
    """Encrypted Attributes Sequence (0400,0500): Type 1C, VR SQ, VM 1. Required if application level confidentiality is needed and certain recipients are allowed to decrypt all or portions of the Encrypted Attributes Data Set. Sequence of Items containing encrypted DICOM data. One or more Items shall be included in this Sequence. Required if application level confidentiality is needed and certain recipients are allowed to decrypt all or portions of the Encrypted..."""

    OriginalAttributesSequence: Annotated[
        list[_OriginalAttributesSequenceItem] | None,
        Attribute(0x04000561, "SQ", "1", "3", name="Original Attributes Sequence"),
    ] = None
    """Original Attributes Sequence (0400,0561): Type 3, VR SQ, VM 1. Sequence of Items containing all Attributes that were added, removed or replaced by other values in the top level Data Set. See Section C.12.1.1.9. One or more Items are permitted in this Sequence."""

    HL7StructuredDocumentReferenceSequence: Annotated[
        list[_HL7StructuredDocumentReferenceSequenceItem] | None,
        Attribute(
            0x0040A390,
            "SQ",
            "1",
            "1C",
            name="HL7 Structured Document Reference Sequence",
            when=(
                "unknown",
                "names no attribute: unencapsulated HL7 Structured Documents are referenced within the Instance",
            ),
        ),
    ] = None
    """HL7 Structured Document Reference Sequence (0040,A390): Type 1C, VR SQ, VM 1. Required if unencapsulated HL7 Structured Documents are referenced within the Instance. Sequence of Items defining mapping between HL7 Instance Identifiers of unencapsulated HL7 Structured Documents referenced from the current SOP Instance as if they were DICOM Composite SOP Instances defined by SOP Class and Instance UID pair..."""

    LongitudinalTemporalInformationModified: Annotated[
        _LongitudinalTemporalInformationModifiedValue | None,
        Attribute(
            0x00280303,
            "CS",
            "1",
            "3",
            name="Longitudinal Temporal Information Modified",
            enumerated=((0, ("UNMODIFIED", "MODIFIED", "REMOVED")),),
        ),
    ] = None
    """Longitudinal Temporal Information Modified (0028,0303): Type 3, VR CS, VM 1. Indicates whether or not the date and time Attributes in the Instance have been modified during de-identification. Enumerated Values: UNMODIFIED MODIFIED REMOVED See Section E.2 in PS3.15 and Section E.3.6 in PS3.15."""

    QueryRetrieveView: Annotated[
        _QueryRetrieveViewValue | None,
        Attribute(
            0x00080053,
            "CS",
            "1",
            "1C",
            name="Query/Retrieve View",
            enumerated=((0, ("CLASSIC", "ENHANCED")),),
            when=("unknown", "depends on the conversion history"),
        ),
    ] = None
    """Query/Retrieve View (0008,0053): Type 1C, VR CS, VM 1. Required if the Instance has ever been converted from its source form as the result of a C-MOVE operation with a specific view. The view requested during the C-MOVE operation that resulted in the transfer of this Instance. Enumerated Values: CLASSIC ENHANCED Required if the Instance has ever been converted from its source form as the result of a C-MOVE operation wit..."""

    ConversionSourceAttributesSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem] | None,
        Attribute(
            0x00209172,
            "SQ",
            "1",
            "1C",
            name="Conversion Source Attributes Sequence",
            when=(
                "unknown",
                "condition not read: not understood: 'in an Item of Shared Functional Groups Sequence (5200,9229) or Per-Frame Functional Groups Sequence (5200,9230)' (in 'Required if this Instance was created by conversion from a DICOM source , and Conversion Source Attributes Sequence (0020,9172) is not present in an Item of Shared Functional Groups Sequence (5200,9229) or Per-Frame Functional Groups Sequence (5200,9230)')",
            ),
        ),
    ] = None
    """Conversion Source Attributes Sequence (0020,9172): Type 1C, VR SQ, VM 1. Required if this Instance was created by conversion from a DICOM source, and Conversion Source Attributes Sequence (0020,9172) is not present in an Item of Shared Functional Groups Sequence (5200,9229) or Per-Frame Functional Groups Sequence (5200,9230). The set of images or other composite SOP Instances that were converted to this Instance. If this Instance was converted from a specific frame in the source Instance, the reference shall include the Frame Number."""

    ContentQualification: Annotated[
        _ContentQualificationValue | None,
        Attribute(
            0x00189004,
            "CS",
            "1",
            "3",
            name="Content Qualification",
            enumerated=((0, ("PRODUCT", "RESEARCH", "SERVICE")),),
        ),
    ] = None
    """Content Qualification (0018,9004): Type 3, VR CS, VM 1. Content Qualification Indicator Enumerated Values: PRODUCT RESEARCH SERVICE See Section C.8.13.2.1.1 for further explanation."""

    PrivateDataElementCharacteristicsSequence: Annotated[
        list[_PrivateDataElementCharacteristicsSequenceItem] | None,
        Attribute(0x00080300, "SQ", "1", "3", name="Private Data Element Characteristics Sequence"),
    ] = None
    """Private Data Element Characteristics Sequence (0008,0300): Type 3, VR SQ, VM 1. Characteristics of Private Data Elements within or referenced in the current SOP Instance. See Section C.12.1.1.7. One or more Items are permitted in this Sequence."""

    InstanceOriginStatus: Annotated[
        _InstanceOriginStatusValue | None,
        Attribute(
            0x04000600,
            "CS",
            "1",
            "3",
            name="Instance Origin Status",
            enumerated=((0, ("LOCAL", "IMPORTED")),),
        ),
    ] = None
    """Instance Origin Status (0400,0600): Type 3, VR CS, VM 1. Categorizes the locality of the entity from whence the Instance originated. Enumerated Values: LOCAL Acquired or created in the local entity. IMPORTED Imported from an external entity."""

    BarcodeValue: Annotated[
        vr.LT | None, Attribute(0x22000005, "LT", "1", "3", name="Barcode Value")
    ] = None
    """Barcode Value (2200,0005): Type 3, VR LT, VM 1. Barcode interpreted from a scanned label. In the case of a scanned patient label, this may be the same as Patient ID (0010,0020), but it is included in an Instance level Module rather than a Patient level Module since barcodes may also be u..."""

    ReferencedDefinedProtocolSequence: Annotated[
        list[_ReferencedDefinedProtocolSequenceItem] | None,
        Attribute(
            0x0018990C,
            "SQ",
            "1",
            "1C",
            name="Referenced Defined Protocol Sequence",
            when=(
                "unknown",
                "names no attribute: this instance is a Performed Procedure Protocol that resulted from a Defined Procedure Protocol",
            ),
            otherwise="may",
        ),
    ] = None
    """Referenced Defined Protocol Sequence (0018,990C): Type 1C, VR SQ, VM 1. Required if this instance is a Performed Procedure Protocol that resulted from a Defined Procedure Protocol. May be present otherwise. Defined Procedure Protocol SOP Instance(s) that were used for this Instance. Required if this instance is a Performed Procedure Protocol that resulted from a Defined Procedure Protocol. May be present otherwise."""

    ReferencedPerformedProtocolSequence: Annotated[
        list[_ReferencedDefinedProtocolSequenceItem] | None,
        Attribute(
            0x0018990D,
            "SQ",
            "1",
            "1C",
            name="Referenced Performed Protocol Sequence",
            when=(
                "unknown",
                "names no attribute: a related Performed Procedure Protocol SOP Instance was created",
            ),
        ),
    ] = None
    """Referenced Performed Protocol Sequence (0018,990D): Type 1C, VR SQ, VM 1. Required if a related Performed Procedure Protocol SOP Instance was created. Performed Procedure Protocol SOP Instance(s) that describe the conditions by which this Instance was generated. Required if a related Performed Procedure Protocol SOP Instance was created."""

    NumberOfSurfaces: Annotated[
        vr.UL | None, Attribute(0x00660001, "UL", "1", "1", name="Number of Surfaces")
    ] = None
    """Number of Surfaces (0066,0001): Type 1, VR UL, VM 1. Number of surfaces contained in the Instance. Shall be 1 or more. Shall be the same as the number of Items in Surface Sequence (0066,0002)."""

    SurfaceSequence: Annotated[
        list[_SurfaceSequenceItem] | None,
        Attribute(0x00660002, "SQ", "1", "1", name="Surface Sequence"),
    ] = None
    """Surface Sequence (0066,0002): Type 1, VR SQ, VM 1. The surfaces that are described within the data. One or more Items shall be included in this Sequence. There shall be Number of Surfaces (0066,0001) Items in the Sequence. See Section C.27.1.1.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AnatomicRegionSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "BlockIdentifyingInformationStatus": (
        "dicomodel.enums.block_identifying_information_status",
        "BlockIdentifyingInformationStatus",
    ),
    "CertificateTypeTerm": ("dicomodel.enums.certificate_type", "CertificateTypeTerm"),
    "CertifiedTimestampTypeTerm": (
        "dicomodel.enums.certified_timestamp_type",
        "CertifiedTimestampTypeTerm",
    ),
    "CoatingMaterialsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "CodingSchemeIdentificationSequenceItem": (
        "dicomodel.items.coding_scheme_identification_sequence_item",
        "CodingSchemeIdentificationSequenceItem",
    ),
    "CodingSchemeRegistryTerm": (
        "dicomodel.enums.coding_scheme_registry",
        "CodingSchemeRegistryTerm",
    ),
    "CodingSchemeResourcesSequenceItem": (
        "dicomodel.items.coding_scheme_resources_sequence_item",
        "CodingSchemeResourcesSequenceItem",
    ),
    "CodingSchemeURLTypeTerm": (
        "dicomodel.enums.coding_scheme_url_type",
        "CodingSchemeURLTypeTerm",
    ),
    "ContentQualification": ("dicomodel.enums.content_qualification", "ContentQualification"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ContextGroupIdentificationSequenceItem": (
        "dicomodel.items.context_group_identification_sequence_item",
        "ContextGroupIdentificationSequenceItem",
    ),
    "ContributingEquipmentSequenceItem": (
        "dicomodel.items.contributing_equipment_sequence_item",
        "ContributingEquipmentSequenceItem",
    ),
    "ConversionSourceAttributesSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "DegreeOfFreedomType": ("dicomodel.enums.degree_of_freedom_type", "DegreeOfFreedomType"),
    "DeidentificationAction": ("dicomodel.enums.deidentification_action", "DeidentificationAction"),
    "DeidentificationActionSequenceItem": (
        "dicomodel.items.deidentification_action_sequence_item",
        "DeidentificationActionSequenceItem",
    ),
    "DerivationImplantTemplateSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "DigitalSignaturePurposeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "DigitalSignaturesSequenceItem": (
        "dicomodel.items.digital_signatures_sequence_item",
        "DigitalSignaturesSequenceItem",
    ),
    "EncryptedAttributesSequenceItem": (
        "dicomodel.items.encrypted_attributes_sequence_item",
        "EncryptedAttributesSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FacetSequenceItem": (
        "dicomodel.items.triangle_strip_sequence_item",
        "TriangleStripSequenceItem",
    ),
    "FiniteVolume": ("dicomodel.enums.finite_volume", "FiniteVolume"),
    "FixationMethodCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "HL7StructuredDocumentReferenceSequenceItem": (
        "dicomodel.items.hl7_structured_document_reference_sequence_item",
        "HL7StructuredDocumentReferenceSequenceItem",
    ),
    "HPGLDocumentSequenceItem": (
        "dicomodel.items.hpgl_document_sequence_item",
        "HPGLDocumentSequenceItem",
    ),
    "HPGLPenSequenceItem": ("dicomodel.items.hpgl_pen_sequence_item", "HPGLPenSequenceItem"),
    "ImplantRegulatoryDisapprovalCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ImplantTargetAnatomySequenceItem": (
        "dicomodel.items.implant_target_anatomy_sequence_item",
        "ImplantTargetAnatomySequenceItem",
    ),
    "ImplantType": ("dicomodel.enums.implant_type", "ImplantType"),
    "ImplantTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InformationFromManufacturerSequenceItem": (
        "dicomodel.items.notification_from_manufacturer_sequence_item",
        "NotificationFromManufacturerSequenceItem",
    ),
    "InstanceOriginStatus": ("dicomodel.enums.instance_origin_status", "InstanceOriginStatus"),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "LineSequenceItem": (
        "dicomodel.items.triangle_strip_sequence_item",
        "TriangleStripSequenceItem",
    ),
    "LongitudinalTemporalInformationModified": (
        "dicomodel.enums.longitudinal_temporal_information_modified",
        "LongitudinalTemporalInformationModified",
    ),
    "MACAlgorithmTerm": ("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm"),
    "MACParametersSequenceItem": (
        "dicomodel.items.mac_parameters_sequence_item",
        "MACParametersSequenceItem",
    ),
    "MIMETypeOfEncapsulatedDocument": (
        "dicomodel.enums.mime_type_of_encapsulated_document",
        "MIMETypeOfEncapsulatedDocument",
    ),
    "Manifold": ("dicomodel.enums.manifold", "Manifold"),
    "MappingResourceIdentificationSequenceItem": (
        "dicomodel.items.mapping_resource_identification_sequence_item",
        "MappingResourceIdentificationSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MaterialsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MatingFeatureDegreeOfFreedomSequenceItem": (
        "dicomodel.items.mating_feature_degree_of_freedom_sequence_item",
        "MatingFeatureDegreeOfFreedomSequenceItem",
    ),
    "MatingFeatureSequenceItem": (
        "dicomodel.items.mating_feature_sequence_item",
        "MatingFeatureSequenceItem",
    ),
    "MatingFeatureSetsSequenceItem": (
        "dicomodel.items.mating_feature_sets_sequence_item",
        "MatingFeatureSetsSequenceItem",
    ),
    "ModifiedAttributesSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "NonconformingModifiedAttributesSequenceItem": (
        "dicomodel.items.nonconforming_modified_attributes_sequence_item",
        "NonconformingModifiedAttributesSequenceItem",
    ),
    "NotificationFromManufacturerSequenceItem": (
        "dicomodel.items.notification_from_manufacturer_sequence_item",
        "NotificationFromManufacturerSequenceItem",
    ),
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "OriginalAttributesSequenceItem": (
        "dicomodel.items.original_attributes_sequence_item",
        "OriginalAttributesSequenceItem",
    ),
    "OriginalImplantTemplateSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PlanningLandmarkIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PlanningLandmarkLineSequenceItem": (
        "dicomodel.items.planning_landmark_line_sequence_item",
        "PlanningLandmarkLineSequenceItem",
    ),
    "PlanningLandmarkPlaneSequenceItem": (
        "dicomodel.items.planning_landmark_plane_sequence_item",
        "PlanningLandmarkPlaneSequenceItem",
    ),
    "PlanningLandmarkPointSequenceItem": (
        "dicomodel.items.planning_landmark_point_sequence_item",
        "PlanningLandmarkPointSequenceItem",
    ),
    "PrivateDataElementCharacteristicsSequenceItem": (
        "dicomodel.items.private_data_element_characteristics_sequence_item",
        "PrivateDataElementCharacteristicsSequenceItem",
    ),
    "PrivateDataElementDefinitionSequenceItem": (
        "dicomodel.items.private_data_element_definition_sequence_item",
        "PrivateDataElementDefinitionSequenceItem",
    ),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "QueryRetrieveView": ("dicomodel.enums.query_retrieve_view", "QueryRetrieveView"),
    "ReasonForTheAttributeModificationTerm": (
        "dicomodel.enums.reason_for_the_attribute_modification",
        "ReasonForTheAttributeModificationTerm",
    ),
    "ReferencedDefinedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    ),
    "ReferencedPerformedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    ),
    "ReplacedImplantTemplateSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "SOPInstanceStatus": ("dicomodel.enums.sop_instance_status", "SOPInstanceStatus"),
    "SegmentedPropertyCategoryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SegmentedPropertyTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SurfaceMeshPrimitivesSequenceItem": (
        "dicomodel.items.surface_mesh_primitives_item",
        "SurfaceMeshPrimitivesItem",
    ),
    "SurfaceModelDescriptionSequenceItem": (
        "dicomodel.items.surface_model_description_sequence_item",
        "SurfaceModelDescriptionSequenceItem",
    ),
    "SurfacePointsNormalsSequenceItem": ("dicomodel.items.vectors_item", "VectorsItem"),
    "SurfacePointsSequenceItem": ("dicomodel.items.points_item", "PointsItem"),
    "SurfaceProcessing": ("dicomodel.enums.surface_processing", "SurfaceProcessing"),
    "SurfaceProcessingAlgorithmIdentificationSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "SurfaceSequenceItem": ("dicomodel.items.surface_sequence_item", "SurfaceSequenceItem"),
    "SyntheticData": ("dicomodel.enums.synthetic_data", "SyntheticData"),
    "TriangleFanSequenceItem": (
        "dicomodel.items.triangle_strip_sequence_item",
        "TriangleStripSequenceItem",
    ),
    "TriangleStripSequenceItem": (
        "dicomodel.items.triangle_strip_sequence_item",
        "TriangleStripSequenceItem",
    ),
    "TwoDDegreeOfFreedomSequenceItem": (
        "dicomodel.items.two_d_degree_of_freedom_sequence_item",
        "TwoDDegreeOfFreedomSequenceItem",
    ),
    "TwoDLineCoordinatesSequenceItem": (
        "dicomodel.items.two_d_line_coordinates_sequence_item",
        "TwoDLineCoordinatesSequenceItem",
    ),
    "TwoDMatingFeatureCoordinatesSequenceItem": (
        "dicomodel.items.two_d_mating_feature_coordinates_sequence_item",
        "TwoDMatingFeatureCoordinatesSequenceItem",
    ),
    "TwoDPlaneCoordinatesSequenceItem": (
        "dicomodel.items.two_d_plane_coordinates_sequence_item",
        "TwoDPlaneCoordinatesSequenceItem",
    ),
    "TwoDPointCoordinatesSequenceItem": (
        "dicomodel.items.two_d_point_coordinates_sequence_item",
        "TwoDPointCoordinatesSequenceItem",
    ),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
    "ViewOrientationCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ViewOrientationModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
