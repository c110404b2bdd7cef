"""XA Defined Procedure Protocol IOD.

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
    from dicomodel.enums.equipment_modality import EquipmentModalityTerm as _EquipmentModalityTerm
    from dicomodel.enums.instance_origin_status import (
        InstanceOriginStatusValue as _InstanceOriginStatusValue,
    )
    from dicomodel.enums.longitudinal_temporal_information_modified import (
        LongitudinalTemporalInformationModifiedValue as _LongitudinalTemporalInformationModifiedValue,
    )
    from dicomodel.enums.protocol_defined_patient_position import (
        ProtocolDefinedPatientPositionTerm as _ProtocolDefinedPatientPositionTerm,
    )
    from dicomodel.enums.query_retrieve_view import (
        QueryRetrieveViewValue as _QueryRetrieveViewValue,
    )
    from dicomodel.enums.sop_instance_status import (
        SOPInstanceStatusValue as _SOPInstanceStatusValue,
    )
    from dicomodel.enums.synthetic_data import SyntheticDataValue as _SyntheticDataValue
    from dicomodel.items.acquisition_protocol_element_specification_sequence_item import (
        AcquisitionProtocolElementSpecificationSequenceItem as _AcquisitionProtocolElementSpecificationSequenceItem,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as _AnatomicRegionSequenceItem,
    )
    from dicomodel.items.attribute_value_constraint_item import (
        AttributeValueConstraintItem as _AttributeValueConstraintItem,
    )
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
    from dicomodel.items.custodial_organization_sequence_item_protocol_context import (
        CustodialOrganizationSequenceItemProtocolContext as _CustodialOrganizationSequenceItemProtocolContext,
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
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.instruction_sequence_item import (
        InstructionSequenceItem as _InstructionSequenceItem,
    )
    from dicomodel.items.mac_parameters_sequence_item import (
        MACParametersSequenceItem as _MACParametersSequenceItem,
    )
    from dicomodel.items.mapping_resource_identification_sequence_item import (
        MappingResourceIdentificationSequenceItem as _MappingResourceIdentificationSequenceItem,
    )
    from dicomodel.items.model_specification_sequence_item import (
        ModelSpecificationSequenceItem as _ModelSpecificationSequenceItem,
    )
    from dicomodel.items.original_attributes_sequence_item import (
        OriginalAttributesSequenceItem as _OriginalAttributesSequenceItem,
    )
    from dicomodel.items.patient_positioning_instruction_sequence_item import (
        PatientPositioningInstructionSequenceItem as _PatientPositioningInstructionSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as _PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.private_data_element_characteristics_sequence_item import (
        PrivateDataElementCharacteristicsSequenceItem as _PrivateDataElementCharacteristicsSequenceItem,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as _ReferenceLocationItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as _ReferencedDefinedProtocolSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as _UDIItem
else:
    from dicomodel.lazy import Lazy

    _AcquisitionProtocolElementSpecificationSequenceItem = Lazy(
        "dicomodel.items.acquisition_protocol_element_specification_sequence_item",
        "AcquisitionProtocolElementSpecificationSequenceItem",
    )
    _AnatomicRegionSequenceItem = Lazy(
        "dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"
    )
    _AttributeValueConstraintItem = Lazy(
        "dicomodel.items.attribute_value_constraint_item", "AttributeValueConstraintItem"
    )
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
    _CustodialOrganizationSequenceItemProtocolContext = Lazy(
        "dicomodel.items.custodial_organization_sequence_item_protocol_context",
        "CustodialOrganizationSequenceItemProtocolContext",
    )
    _DigitalSignaturesSequenceItem = Lazy(
        "dicomodel.items.digital_signatures_sequence_item", "DigitalSignaturesSequenceItem"
    )
    _EncryptedAttributesSequenceItem = Lazy(
        "dicomodel.items.encrypted_attributes_sequence_item", "EncryptedAttributesSequenceItem"
    )
    _EquipmentModalityTerm = Lazy("dicomodel.enums.equipment_modality", "EquipmentModalityTerm")
    _HL7StructuredDocumentReferenceSequenceItem = Lazy(
        "dicomodel.items.hl7_structured_document_reference_sequence_item",
        "HL7StructuredDocumentReferenceSequenceItem",
    )
    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )
    _InstanceOriginStatusValue = Lazy(
        "dicomodel.enums.instance_origin_status", "InstanceOriginStatusValue"
    )
    _InstructionSequenceItem = Lazy(
        "dicomodel.items.instruction_sequence_item", "InstructionSequenceItem"
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
    _ModelSpecificationSequenceItem = Lazy(
        "dicomodel.items.model_specification_sequence_item", "ModelSpecificationSequenceItem"
    )
    _OriginalAttributesSequenceItem = Lazy(
        "dicomodel.items.original_attributes_sequence_item", "OriginalAttributesSequenceItem"
    )
    _PatientPositioningInstructionSequenceItem = Lazy(
        "dicomodel.items.patient_positioning_instruction_sequence_item",
        "PatientPositioningInstructionSequenceItem",
    )
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )
    _PrimaryAnatomicStructureSequenceItem = Lazy(
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    )
    _PrivateDataElementCharacteristicsSequenceItem = Lazy(
        "dicomodel.items.private_data_element_characteristics_sequence_item",
        "PrivateDataElementCharacteristicsSequenceItem",
    )
    _ProtocolDefinedPatientPositionTerm = Lazy(
        "dicomodel.enums.protocol_defined_patient_position", "ProtocolDefinedPatientPositionTerm"
    )
    _QueryRetrieveViewValue = Lazy("dicomodel.enums.query_retrieve_view", "QueryRetrieveViewValue")
    _ReferenceLocationItem = Lazy(
        "dicomodel.items.reference_location_item", "ReferenceLocationItem"
    )
    _ReferencedDefinedProtocolSequenceItem = Lazy(
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _SOPInstanceStatusValue = Lazy("dicomodel.enums.sop_instance_status", "SOPInstanceStatusValue")
    _SyntheticDataValue = Lazy("dicomodel.enums.synthetic_data", "SyntheticDataValue")
    _UDIItem = Lazy("dicomodel.items.udi_item", "UDIItem")

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
    from dicomodel.enums.constraint_type import ConstraintType as ConstraintType
    from dicomodel.enums.constraint_violation_significance import (
        ConstraintViolationSignificance as ConstraintViolationSignificance,
    )
    from dicomodel.enums.content_qualification import ContentQualification as ContentQualification
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.deidentification_action import (
        DeidentificationAction as DeidentificationAction,
    )
    from dicomodel.enums.equipment_modality import EquipmentModalityTerm as EquipmentModalityTerm
    from dicomodel.enums.instance_origin_status import InstanceOriginStatus as InstanceOriginStatus
    from dicomodel.enums.instruction_performed_flag import (
        InstructionPerformedFlag as InstructionPerformedFlag,
    )
    from dicomodel.enums.longitudinal_temporal_information_modified import (
        LongitudinalTemporalInformationModified as LongitudinalTemporalInformationModified,
    )
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.modifiable_constraint_flag import (
        ModifiableConstraintFlag as ModifiableConstraintFlag,
    )
    from dicomodel.enums.offset_direction import OffsetDirection as OffsetDirection
    from dicomodel.enums.protocol_defined_patient_position import (
        ProtocolDefinedPatientPositionTerm as ProtocolDefinedPatientPositionTerm,
    )
    from dicomodel.enums.query_retrieve_view import QueryRetrieveView as QueryRetrieveView
    from dicomodel.enums.reason_for_the_attribute_modification import (
        ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
    )
    from dicomodel.enums.sop_instance_status import SOPInstanceStatus as SOPInstanceStatus
    from dicomodel.enums.synthetic_data import SyntheticData as SyntheticData
    from dicomodel.items.acquisition_protocol_element_specification_sequence_item import (
        AcquisitionProtocolElementSpecificationSequenceItem as AcquisitionProtocolElementSpecificationSequenceItem,
    )
    from dicomodel.items.acquisition_protocol_element_specification_sequence_item import (
        AcquisitionProtocolElementSpecificationSequenceItem as ReconstructionProtocolElementSpecificationSequenceItem,
    )
    from dicomodel.items.acquisition_protocol_element_specification_sequence_item import (
        AcquisitionProtocolElementSpecificationSequenceItem as StorageProtocolElementSpecificationSequenceItem,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.attribute_value_constraint_item import (
        AttributeValueConstraintItem as PatientSpecificationSequenceItem,
    )
    from dicomodel.items.attribute_value_item import (
        AttributeValueItem as ConstraintValueSequenceItem,
    )
    from dicomodel.items.attribute_value_item import (
        AttributeValueItem as RecommendedDefaultValueSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ContraindicationsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DigitalSignaturePurposeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PositioningMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PotentialReasonsForProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PotentialRequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PotentialScheduledProtocolCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReferenceBasisCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReferenceGeometryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ResponsibleGroupCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as SelectorCodeSequenceValueItem
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
    from dicomodel.items.custodial_organization_sequence_item_protocol_context import (
        CustodialOrganizationSequenceItemProtocolContext as CustodialOrganizationSequenceItem,
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
    from dicomodel.items.general_accessory_sequence_item_equipment_specification import (
        GeneralAccessorySequenceItemEquipmentSpecification as GeneralAccessorySequenceItem,
    )
    from dicomodel.items.hl7_structured_document_reference_sequence_item import (
        HL7StructuredDocumentReferenceSequenceItem as HL7StructuredDocumentReferenceSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ConversionSourceAttributesSequenceItem,
    )
    from dicomodel.items.instruction_sequence_item import (
        InstructionSequenceItem as InstructionSequenceItem,
    )
    from dicomodel.items.mac_parameters_sequence_item import (
        MACParametersSequenceItem as MACParametersSequenceItem,
    )
    from dicomodel.items.mapping_resource_identification_sequence_item import (
        MappingResourceIdentificationSequenceItem as MappingResourceIdentificationSequenceItem,
    )
    from dicomodel.items.model_specification_sequence_item import (
        ModelSpecificationSequenceItem as ModelSpecificationSequenceItem,
    )
    from dicomodel.items.nonconforming_modified_attributes_sequence_item import (
        NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
    )
    from dicomodel.items.original_attributes_sequence_item import (
        OriginalAttributesSequenceItem as OriginalAttributesSequenceItem,
    )
    from dicomodel.items.parameters_specification_sequence_item import (
        ParametersSpecificationSequenceItem as ParametersSpecificationSequenceItem,
    )
    from dicomodel.items.patient_positioning_instruction_sequence_item import (
        PatientPositioningInstructionSequenceItem as PatientPositioningInstructionSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ContentCreatorIdentificationCodeSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as OperatorIdentificationSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.private_data_element_characteristics_sequence_item import (
        PrivateDataElementCharacteristicsSequenceItem as PrivateDataElementCharacteristicsSequenceItem,
    )
    from dicomodel.items.private_data_element_definition_sequence_item import (
        PrivateDataElementDefinitionSequenceItem as PrivateDataElementDefinitionSequenceItem,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as PositioningLandmarkSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as PredecessorProtocolSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
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


class XADefinedProcedureProtocol(DicomModel):
    """XA Defined Procedure Protocol IOD (PS3.3 Table A.82.5.3-1): its modules' attributes, flat."""

    dicom_name: ClassVar[str] = "XA Defined Procedure Protocol"
    dicom_table: ClassVar[str] = "table_A.82.5.3-1"
    dicom_modules: ClassVar[tuple[ModuleUsage, ...]] = (
        ModuleUsage(
            "General Equipment", "dicomodel.modules.general_equipment:GeneralEquipmentModule", "M"
        ),
        ModuleUsage(
            "Enhanced General Equipment",
            "dicomodel.modules.enhanced_general_equipment:EnhancedGeneralEquipmentModule",
            "M",
        ),
        ModuleUsage(
            "Protocol Context", "dicomodel.modules.protocol_context:ProtocolContextModule", "M"
        ),
        ModuleUsage(
            "Clinical Trial Context",
            "dicomodel.modules.clinical_trial_context:ClinicalTrialContextModule",
            "U",
        ),
        ModuleUsage(
            "Patient Specification",
            "dicomodel.modules.patient_specification:PatientSpecificationModule",
            "U",
        ),
        ModuleUsage(
            "Equipment Specification",
            "dicomodel.modules.equipment_specification:EquipmentSpecificationModule",
            "M",
        ),
        ModuleUsage("Instructions", "dicomodel.modules.instructions:InstructionsModule", "U"),
        ModuleUsage(
            "Patient Positioning",
            "dicomodel.modules.patient_positioning:PatientPositioningModule",
            "U",
        ),
        ModuleUsage(
            "General Defined Acquisition",
            "dicomodel.modules.general_defined_acquisition:GeneralDefinedAcquisitionModule",
            "U",
        ),
        ModuleUsage(
            "General Defined Reconstruction",
            "dicomodel.modules.general_defined_reconstruction:GeneralDefinedReconstructionModule",
            "U",
        ),
        ModuleUsage(
            "Defined Storage", "dicomodel.modules.defined_storage:DefinedStorageModule", "U"
        ),
        ModuleUsage("SOP Common", "dicomodel.modules.sop_common:SOPCommonModule", "M"),
    )

    Manufacturer: Annotated[vr.LO, Attribute(0x00080070, "LO", "1", "1", name="Manufacturer")]
    """Manufacturer (0008,0070): Type 1, VR LO, VM 1. Manufacturer of the equipment that produced the Composite Instances."""

    InstitutionName: Annotated[
        vr.LO | None, Attribute(0x00080080, "LO", "1", "3", name="Institution Name")
    ] = None
    """Institution Name (0008,0080): Type 3, VR LO, VM 1. Institution where the equipment that produced the Composite Instances is located. This Attribute represents the organizational context only for the Equipment IE, and should not be construed to be a substitute for Issuer of Patient ID (0010,..."""

    InstitutionAddress: Annotated[
        vr.ST | None, Attribute(0x00080081, "ST", "1", "3", name="Institution Address")
    ] = None
    """Institution Address (0008,0081): Type 3, VR ST, VM 1. Mailing address of the institution where the equipment that produced the Composite Instances is located."""

    StationName: Annotated[
        vr.SH | None, Attribute(0x00081010, "SH", "1", "3", name="Station Name")
    ] = None
    """Station Name (0008,1010): Type 3, VR SH, VM 1. User defined name identifying the machine that produced the Composite Instances."""

    InstitutionalDepartmentName: Annotated[
        vr.LO | None, Attribute(0x00081040, "LO", "1", "3", name="Institutional Department Name")
    ] = None
    """Institutional Department Name (0008,1040): Type 3, VR LO, VM 1. Department in the institution where the equipment that produced the Composite Instances is located."""

    InstitutionalDepartmentTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00081041, "SQ", "1", "3", name="Institutional Department Type Code Sequence"),
    ] = None
    """Institutional Department Type Code Sequence (0008,1041): Type 3, VR SQ, VM 1. A coded description of the type of Department or Service within the healthcare facility. This might be obtained from a corresponding HL7v2 message containing PV1:10 Hospital Service. Only a single Item is permitted in this Sequence."""

    ManufacturerModelName: Annotated[
        vr.LO, Attribute(0x00081090, "LO", "1", "1", name="Manufacturer's Model Name")
    ]
    """Manufacturer's Model Name (0008,1090): Type 1, VR LO, VM 1. Manufacturer's model name of the equipment that produced the Composite Instances."""

    ManufacturerDeviceClassUID: Annotated[
        list[vr.UI] | None,
        Attribute(0x0018100B, "UI", "1-n", "3", name="Manufacturer's Device Class UID"),
    ] = None
    """Manufacturer's Device Class UID (0018,100B): Type 3, VR UI, VM 1-n. Manufacturer's Unique Identifier (UID) for the class of the device. A class is a manufacturer-specific grouping concept with no DICOM-defined scope or criteria. A class is independent from a marketing-defined make, model or version."""

    DeviceSerialNumber: Annotated[
        vr.LO, Attribute(0x00181000, "LO", "1", "1", name="Device Serial Number")
    ]
    """Device Serial Number (0018,1000): Type 1, VR LO, VM 1. Manufacturer's serial number of the equipment that produced the Composite Instances."""

    SoftwareVersions: Annotated[
        list[vr.LO], Attribute(0x00181020, "LO", "1-n", "1", name="Software Versions")
    ]
    """Software Versions (0018,1020): Type 1, VR LO, VM 1-n. Manufacturer's designation of software version of the equipment that produced the Composite Instances. See Section C.7.5.1.1.3."""

    GantryID: Annotated[vr.LO | None, Attribute(0x00181008, "LO", "1", "3", name="Gantry ID")] = (
        None
    )
    """Gantry ID (0018,1008): Type 3, VR LO, VM 1. Identifier of the gantry or positioner."""

    UDISequence: Annotated[
        list[_UDIItem] | None, Attribute(0x0018100A, "SQ", "1", "3", name="UDI Sequence")
    ] = None
    """UDI Sequence (0018,100A): Type 3, VR SQ, VM 1. Unique Device Identifier (UDI) of the entire equipment. For example, the entire CT Scanner. Multiple Items may be present if the entire equipment has UDIs issued by different Issuing Authorities."""

    DeviceUID: Annotated[vr.UI | None, Attribute(0x00181002, "UI", "1", "3", name="Device UID")] = (
        None
    )
    """Device UID (0018,1002): Type 3, VR UI, VM 1. Unique identifier of the equipment that produced the Composite Instances. If present in an SR object, the value is expected to be the same as the (121012, DCM, \"Device Observer UID\") in TID 1004 in PS3.16."""

    SpatialResolution: Annotated[
        vr.DS | None, Attribute(0x00181050, "DS", "1", "3", name="Spatial Resolution")
    ] = None
    """Spatial Resolution (0018,1050): Type 3, VR DS, VM 1. The inherent limiting resolution in mm of the acquisition equipment for high contrast objects for the data gathering and reconstruction technique chosen. If variable across the images of the Series, the value at the image center."""

    DateOfManufacture: Annotated[
        vr.DA | None, Attribute(0x00181204, "DA", "1", "3", name="Date of Manufacture")
    ] = None
    """Date of Manufacture (0018,1204): Type 3, VR DA, VM 1. The date the equipment that produced the Composite Instances was originally manufactured or re-manufactured (as opposed to refurbished)."""

    DateOfInstallation: Annotated[
        vr.DA | None, Attribute(0x00181205, "DA", "1", "3", name="Date of Installation")
    ] = None
    """Date of Installation (0018,1205): Type 3, VR DA, VM 1. The date the equipment that produced the Composite Instances was installed in its current location. The equipment may or may not have been used prior to installation in its current location."""

    DateOfLastCalibration: Annotated[
        list[vr.DA] | None, Attribute(0x00181200, "DA", "1-n", "3", name="Date of Last Calibration")
    ] = None
    """Date of Last Calibration (0018,1200): Type 3, VR DA, VM 1-n. Date when the image acquisition device calibration was last changed in any way. Multiple entries may be used for additional calibrations at other times. See Section C.7.5.1.1.1 for further explanation."""

    TimeOfLastCalibration: Annotated[
        list[vr.TM] | None, Attribute(0x00181201, "TM", "1-n", "3", name="Time of Last Calibration")
    ] = None
    """Time of Last Calibration (0018,1201): Type 3, VR TM, VM 1-n. Time when the image acquisition device calibration was last changed in any way. Multiple entries may be used. See Section C.7.5.1.1.1 for further explanation."""

    PixelPaddingValue: Annotated[
        vr.US | vr.SS | None,
        Attribute(
            0x00280120,
            "US or SS",
            "1",
            "1C",
            name="Pixel Padding Value",
            when=(
                "and",
                ("present", 0x00280121),
                ("or", ("present", 0x7FE00010), ("present", 0x00287FE0)),
            ),
        ),
    ] = None
    """Pixel Padding Value (0028,0120): Type 1C, VR US or SS, VM 1. Required if Pixel Padding Range Limit (0028,0121) is present and either Pixel Data (7FE0,0010) or Pixel Data Provider URL (0028,7FE0) is present. May be present otherwise only if Pixel Data (7FE0,0010) or Pixel Data Provider URL (0028,7FE0) is present. Single pixel value or one limit (inclusive) of a range of pixel values used in an image to pad to rectangular format or to signal background that may be suppressed or that may be rendered \"transparently\" when superimposing images."""

    CustodialOrganizationSequence: Annotated[
        list[_CustodialOrganizationSequenceItemProtocolContext] | None,
        Attribute(0x0040A07C, "SQ", "1", "3", name="Custodial Organization Sequence"),
    ] = None
    """Custodial Organization Sequence (0040,A07C): Type 3, VR SQ, VM 1. Custodial organization for this Protocol Instance. Represents the organization that is currently in charge of maintaining this protocol Instance."""

    ResponsibleGroupCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00080220, "SQ", "1", "2", name="Responsible Group Code Sequence"),
    ]
    """Responsible Group Code Sequence (0008,0220): Type 2, VR SQ, VM 1. The department, unit or service that is responsible for the management of this Protocol. See Section C.34.2.3. Zero or more Items shall be included in this Sequence."""

    ProtocolName: Annotated[vr.LO, Attribute(0x00181030, "LO", "1", "1", name="Protocol Name")]
    """Protocol Name (0018,1030): Type 1, VR LO, VM 1. Name for this Protocol."""

    PotentialScheduledProtocolCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00189906, "SQ", "1", "3", name="Potential Scheduled Protocol Code Sequence"),
    ] = None
    """Potential Scheduled Protocol Code Sequence (0018,9906): Type 3, VR SQ, VM 1. A list of Protocol Codes for which this Protocol may be considered a match. One or more Items are permitted in this Sequence."""

    PotentialRequestedProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00189907, "SQ", "1", "3", name="Potential Requested Procedure Code Sequence"),
    ] = None
    """Potential Requested Procedure Code Sequence (0018,9907): Type 3, VR SQ, VM 1. A list of Procedure Codes for which this Protocol may be considered a match. One or more Items are permitted in this Sequence."""

    PotentialReasonsForProcedure: Annotated[
        list[vr.UC] | None,
        Attribute(0x00189908, "UC", "1-n", "3", name="Potential Reasons for Procedure"),
    ] = None
    """Potential Reasons for Procedure (0018,9908): Type 3, VR UC, VM 1-n. List of reasons deemed appropriate by the Protocol author for a procedure using this Protocol Each reason shall be encoded in a separate value of this multi-value Attribute."""

    PotentialReasonsForProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00189909, "SQ", "1", "3", name="Potential Reasons for Procedure Code Sequence"),
    ] = None
    """Potential Reasons for Procedure Code Sequence (0018,9909): Type 3, VR SQ, VM 1. List of reasons deemed appropriate by the Protocol author for a procedure using this Protocol. One or more Items are permitted in this Sequence."""

    PotentialDiagnosticTasks: Annotated[
        list[vr.UC] | None,
        Attribute(0x0018990A, "UC", "1-n", "3", name="Potential Diagnostic Tasks"),
    ] = None
    """Potential Diagnostic Tasks (0018,990A): Type 3, VR UC, VM 1-n. List of diagnostic tasks deemed appropriate by the Protocol author for a procedure using this Protocol. E.g., detect collections of blood, identify brain masses."""

    ContraindicationsCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0018990B, "SQ", "1", "3", name="Contraindications Code Sequence"),
    ] = None
    """Contraindications Code Sequence (0018,990B): Type 3, VR SQ, VM 1. List of reasons for which the authors of the Protocol deemed it contraindicated. Constraints on values of patient demographic Attributes such as sex, age or weight are addressed separately in the Patient Specification Module."""

    PredecessorProtocolSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x0018990E, "SQ", "1", "3", name="Predecessor Protocol Sequence"),
    ] = None
    """Predecessor Protocol Sequence (0018,990E): Type 3, VR SQ, VM 1. Defined or Performed Procedure Protocol Instances from which this Defined Procedure Protocol was derived. See Section C.34.2.1."""

    ContentCreatorName: Annotated[
        vr.PN, Attribute(0x00700084, "PN", "1", "1", name="Content Creator's Name")
    ]
    """Content Creator's Name (0070,0084): Type 1, VR PN, VM 1. Name of the most recent person (such as a technologist or physician) to significantly modify the content of this SOP Instance."""

    ContentCreatorIdentificationCodeSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(
            0x00700086, "SQ", "1", "3", name="Content Creator's Identification Code Sequence"
        ),
    ] = None
    """Content Creator's Identification Code Sequence (0070,0086): Type 3, VR SQ, VM 1. Identification of the most recent person to significantly modify the content of this SOP Instance. Only a single Item is permitted in this Sequence."""

    ProtocolDesignRationale: Annotated[
        vr.UT | None, Attribute(0x00189910, "UT", "1", "3", name="Protocol Design Rationale")
    ] = None
    """Protocol Design Rationale (0018,9910): Type 3, VR UT, VM 1. Explanation of the rationale behind the selected parameter values or changes to them."""

    ProtocolPlanningInformation: Annotated[
        vr.UT | None, Attribute(0x0018990F, "UT", "1", "3", name="Protocol Planning Information")
    ] = None
    """Protocol Planning Information (0018,990F): Type 3, VR UT, VM 1. Description of details and activities related to planning the execution of this Protocol. See Section C.34.2.2."""

    InstanceCreationDate: Annotated[
        vr.DA, Attribute(0x00080012, "DA", "1", "1", name="Instance Creation Date")
    ]
    """Instance Creation Date (0008,0012): Type 1, VR DA, VM 1. Date the SOP Instance was created. This is the date that the SOP Instance UID was assigned, and does not change during subsequent coercion of the Instance."""

    InstanceCreationTime: Annotated[
        vr.TM, Attribute(0x00080013, "TM", "1", "1", name="Instance Creation Time")
    ]
    """Instance Creation Time (0008,0013): Type 1, VR TM, VM 1. Time the SOP Instance was created. This is the time that the SOP Instance UID was assigned, and does not change during subsequent coercion of the Instance."""

    ClinicalTrialSponsorName: Annotated[
        vr.LO | None, Attribute(0x00120010, "LO", "1", "1", name="Clinical Trial Sponsor Name")
    ] = None
    """Clinical Trial Sponsor Name (0012,0010): Type 1, VR LO, VM 1. The name of the clinical trial sponsor. See Section C.7.1.3.1.1."""

    ClinicalTrialProtocolID: Annotated[
        vr.LO | None, Attribute(0x00120020, "LO", "1", "1", name="Clinical Trial Protocol ID")
    ] = None
    """Clinical Trial Protocol ID (0012,0020): Type 1, VR LO, VM 1. Identifier for the noted protocol . See Section C.7.1.3.1.2."""

    ClinicalTrialProtocolName: Annotated[
        vr.LO | None, Attribute(0x00120021, "LO", "1", "2", name="Clinical Trial Protocol Name")
    ] = None
    """Clinical Trial Protocol Name (0012,0021): Type 2, VR LO, VM 1. The name of the clinical trial protocol .See Section C.7.1.3.1.3."""

    ClinicalTrialSiteID: Annotated[
        vr.LO | None, Attribute(0x00120030, "LO", "1", "2", name="Clinical Trial Site ID")
    ] = None
    """Clinical Trial Site ID (0012,0030): Type 2, VR LO, VM 1. The identifier of the site responsible for submitting clinical trial data. See Section C.7.1.3.1.4."""

    ClinicalTrialSiteName: Annotated[
        vr.LO | None, Attribute(0x00120031, "LO", "1", "2", name="Clinical Trial Site Name")
    ] = None
    """Clinical Trial Site Name (0012,0031): Type 2, VR LO, VM 1. Name of the site responsible for submitting clinical trial data. See Section C.7.1.3.1.5."""

    ClinicalTrialProtocolEthicsCommitteeName: Annotated[
        vr.LO | None,
        Attribute(
            0x00120081,
            "LO",
            "1",
            "1C",
            name="Clinical Trial Protocol Ethics Committee Name",
            when=("present", 0x00120082),
        ),
    ] = None
    """Clinical Trial Protocol Ethics Committee Name (0012,0081): Type 1C, VR LO, VM 1. Required if Clinical Trial Protocol Ethics Committee Approval Number (0012,0082) is present. Name of the Ethics Committee or Institutional Review Board (IRB) responsible for approval of the Clinical Trial. Required if Clinical Trial Protocol Ethics Committee Approval Number (0012,0082) is present."""

    ClinicalTrialProtocolEthicsCommitteeApprovalNumber: Annotated[
        vr.LO | None,
        Attribute(
            0x00120082,
            "LO",
            "1",
            "3",
            name="Clinical Trial Protocol Ethics Committee Approval Number",
        ),
    ] = None
    """Clinical Trial Protocol Ethics Committee Approval Number (0012,0082): Type 3, VR LO, VM 1. Approval number issued by committee described in Clinical Trial Protocol Ethics Committee Name (0012,0081)."""

    EthicsCommitteeApprovalEffectivenessStartDate: Annotated[
        vr.DA | None,
        Attribute(
            0x00120086, "DA", "1", "3", name="Ethics Committee Approval Effectiveness Start Date"
        ),
    ] = None
    """Ethics Committee Approval Effectiveness Start Date (0012,0086): Type 3, VR DA, VM 1. The date the approval identified in Clinical Trial Protocol Ethics Committee Approval Number (0012,0082) becomes effective."""

    EthicsCommitteeApprovalEffectivenessEndDate: Annotated[
        vr.DA | None,
        Attribute(
            0x00120087, "DA", "1", "3", name="Ethics Committee Approval Effectiveness End Date"
        ),
    ] = None
    """Ethics Committee Approval Effectiveness End Date (0012,0087): Type 3, VR DA, VM 1. The date the approval identified in Clinical Trial Protocol Ethics Committee Approval Number (0012,0082) ceases to be effective."""

    ClinicalTrialCoordinatingCenterName: Annotated[
        vr.LO | None,
        Attribute(0x00120060, "LO", "1", "2", name="Clinical Trial Coordinating Center Name"),
    ] = None
    """Clinical Trial Coordinating Center Name (0012,0060): Type 2, VR LO, VM 1. The name of the institution that is responsible for coordinating the protocols for the clinical trial. See Section C.7.3.2.1.1."""

    PatientSpecificationSequence: Annotated[
        list[_AttributeValueConstraintItem] | None,
        Attribute(0x00189911, "SQ", "1", "1", name="Patient Specification Sequence"),
    ] = None
    """Patient Specification Sequence (0018,9911): Type 1, VR SQ, VM 1. Constraints on the characteristics of patients to which the protocol is applicable. One or more Items shall be included in this Sequence."""

    EquipmentModality: Annotated[
        _EquipmentModalityTerm | vr.CS,
        Attribute(0x00080221, "CS", "1", "1", name="Equipment Modality"),
    ]
    """Equipment Modality (0008,0221): Type 1, VR CS, VM 1. Modality of the equipment to which the protocol is applicable. See Section C.7.3.1.1.1 for Defined Terms."""

    ModelSpecificationSequence: Annotated[
        list[_ModelSpecificationSequenceItem] | None,
        Attribute(0x00189912, "SQ", "1", "3", name="Model Specification Sequence"),
    ] = None
    """Model Specification Sequence (0018,9912): Type 3, VR SQ, VM 1. Equipment models/versions. See Section C.34.6.1. Zero or more Items shall be included in this Sequence."""

    InstructionSequence: Annotated[
        list[_InstructionSequenceItem] | None,
        Attribute(0x00189914, "SQ", "1", "1", name="Instruction Sequence"),
    ] = None
    """Instruction Sequence (0018,9914): Type 1, VR SQ, VM 1. Instructions relating to preparation and performance of the Protocol. See Section C.34.7.1. One or more Items shall be included in this Sequence."""

    ProtocolDefinedPatientPosition: Annotated[
        _ProtocolDefinedPatientPositionTerm | vr.CS | None,
        Attribute(0x00189947, "CS", "1", "1", name="Protocol Defined Patient Position"),
    ] = None
    """Protocol Defined Patient Position (0018,9947): Type 1, VR CS, VM 1. Patient position relative to the equipment described by the procedure protocol. See Section C.7.3.1.1.2 for Defined Terms and further explanation."""

    PatientPositioningInstructionSequence: Annotated[
        list[_PatientPositioningInstructionSequenceItem] | None,
        Attribute(0x0018991B, "SQ", "1", "3", name="Patient Positioning Instruction Sequence"),
    ] = None
    """Patient Positioning Instruction Sequence (0018,991B): Type 3, VR SQ, VM 1. Instructions for positioning and aligning the patient for the procedure. E.g., aligning an anatomical landmark with laser crosshairs. One or more Items are permitted in this Sequence."""

    PositioningMethodCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0018991C, "SQ", "1", "3", name="Positioning Method Code Sequence"),
    ] = None
    """Positioning Method Code Sequence (0018,991C): Type 3, VR SQ, VM 1. Identifies the method for positioning the patient. Only a single Item shall be included in this Sequence. See Section C.34.8.1."""

    PositioningLandmarkSequence: Annotated[
        list[_ReferenceLocationItem] | None,
        Attribute(0x0018991D, "SQ", "1", "3", name="Positioning Landmark Sequence"),
    ] = None
    """Positioning Landmark Sequence (0018,991D): Type 3, VR SQ, VM 1. A coded location identifying the intended landmark used as the basis for positioning. Only a single Item is permitted in this Sequence. See Section C.34.8.1."""

    TargetFrameOfReferenceUID: Annotated[
        vr.UI | None, Attribute(0x0018991E, "UI", "1", "3", name="Target Frame of Reference UID")
    ] = None
    """Target Frame of Reference UID (0018,991E): Type 3, VR UI, VM 1. UID of the Frame of Reference of another data set to which the current procedure is intended to be roughly aligned. For example, in a performed protocol it may be useful to record the Frame of Reference UID used in a prior Study that was us..."""

    TargetPositionReferenceIndicator: Annotated[
        vr.LO | None,
        Attribute(0x0020103F, "LO", "1", "3", name="Target Position Reference Indicator"),
    ] = None
    """Target Position Reference Indicator (0020,103F): Type 3, VR LO, VM 1. Position Reference Indicator for the Target Frame of Reference UID (0018,991E). See Section C.34.8.1."""

    AnatomicRegionSequence: Annotated[
        list[_AnatomicRegionSequenceItem] | None,
        Attribute(0x00082218, "SQ", "1", "2", name="Anatomic Region Sequence"),
    ] = None
    """Anatomic Region Sequence (0008,2218): Type 2, VR SQ, VM 1. Identifies the general anatomic region imaged by the Protocol. See Section C.34.8.2. Zero or one Item shall be included in this Sequence."""

    PrimaryAnatomicStructureSequence: Annotated[
        list[_PrimaryAnatomicStructureSequenceItem] | None,
        Attribute(0x00082228, "SQ", "1", "2", name="Primary Anatomic Structure Sequence"),
    ] = None
    """Primary Anatomic Structure Sequence (0008,2228): Type 2, VR SQ, VM 1. Identifies the primary anatomic structure(s) of interest in this Protocol. Zero or more Items shall be included in this Sequence."""

    AcquisitionProtocolElementSpecificationSequence: Annotated[
        list[_AcquisitionProtocolElementSpecificationSequenceItem] | None,
        Attribute(
            0x0018991F, "SQ", "1", "1", name="Acquisition Protocol Element Specification Sequence"
        ),
    ] = None
    """Acquisition Protocol Element Specification Sequence (0018,991F): Type 1, VR SQ, VM 1. Specification of the acquisition parameters for acquisition protocol elements in an imaging procedure. There shall be one Item in this Sequence for each Acquisition Protocol Element in the Protocol. See Section C.34.9.1."""

    ReconstructionProtocolElementSpecificationSequence: Annotated[
        list[_AcquisitionProtocolElementSpecificationSequenceItem] | None,
        Attribute(
            0x00189933,
            "SQ",
            "1",
            "1",
            name="Reconstruction Protocol Element Specification Sequence",
        ),
    ] = None
    """Reconstruction Protocol Element Specification Sequence (0018,9933): Type 1, VR SQ, VM 1. Specification of the parameters for reconstruction of the acquired data of an imaging procedure. There shall be one Item in this Sequence for each reconstruction protocol element in the Protocol. See Section C.34.11.1."""

    StorageProtocolElementSpecificationSequence: Annotated[
        list[_AcquisitionProtocolElementSpecificationSequenceItem] | None,
        Attribute(
            0x00189935, "SQ", "1", "1", name="Storage Protocol Element Specification Sequence"
        ),
    ] = None
    """Storage Protocol Element Specification Sequence (0018,9935): Type 1, VR SQ, VM 1. Specification of the parameters for storage of imaging data. There shall be one Item in this Sequence for each Storage Protocol Element. See Section C.34.13.1. One or more Items shall be included in this Sequence."""

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


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionProtocolElementSpecificationSequenceItem": (
        "dicomodel.items.acquisition_protocol_element_specification_sequence_item",
        "AcquisitionProtocolElementSpecificationSequenceItem",
    ),
    "AnatomicRegionModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AnatomicRegionSequenceItem": (
        "dicomodel.items.anatomic_region_sequence_item",
        "AnatomicRegionSequenceItem",
    ),
    "BlockIdentifyingInformationStatus": (
        "dicomodel.enums.block_identifying_information_status",
        "BlockIdentifyingInformationStatus",
    ),
    "CertificateTypeTerm": ("dicomodel.enums.certificate_type", "CertificateTypeTerm"),
    "CertifiedTimestampTypeTerm": (
        "dicomodel.enums.certified_timestamp_type",
        "CertifiedTimestampTypeTerm",
    ),
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
    "ConstraintType": ("dicomodel.enums.constraint_type", "ConstraintType"),
    "ConstraintValueSequenceItem": ("dicomodel.items.attribute_value_item", "AttributeValueItem"),
    "ConstraintViolationSignificance": (
        "dicomodel.enums.constraint_violation_significance",
        "ConstraintViolationSignificance",
    ),
    "ContentCreatorIdentificationCodeSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
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
    "ContraindicationsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContributingEquipmentSequenceItem": (
        "dicomodel.items.contributing_equipment_sequence_item",
        "ContributingEquipmentSequenceItem",
    ),
    "ConversionSourceAttributesSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "CustodialOrganizationSequenceItem": (
        "dicomodel.items.custodial_organization_sequence_item_protocol_context",
        "CustodialOrganizationSequenceItemProtocolContext",
    ),
    "DeidentificationAction": ("dicomodel.enums.deidentification_action", "DeidentificationAction"),
    "DeidentificationActionSequenceItem": (
        "dicomodel.items.deidentification_action_sequence_item",
        "DeidentificationActionSequenceItem",
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
    "EquipmentModalityTerm": ("dicomodel.enums.equipment_modality", "EquipmentModalityTerm"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "GeneralAccessorySequenceItem": (
        "dicomodel.items.general_accessory_sequence_item_equipment_specification",
        "GeneralAccessorySequenceItemEquipmentSpecification",
    ),
    "HL7StructuredDocumentReferenceSequenceItem": (
        "dicomodel.items.hl7_structured_document_reference_sequence_item",
        "HL7StructuredDocumentReferenceSequenceItem",
    ),
    "InstanceOriginStatus": ("dicomodel.enums.instance_origin_status", "InstanceOriginStatus"),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "InstructionPerformedFlag": (
        "dicomodel.enums.instruction_performed_flag",
        "InstructionPerformedFlag",
    ),
    "InstructionSequenceItem": (
        "dicomodel.items.instruction_sequence_item",
        "InstructionSequenceItem",
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
    "MappingResourceIdentificationSequenceItem": (
        "dicomodel.items.mapping_resource_identification_sequence_item",
        "MappingResourceIdentificationSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ModelSpecificationSequenceItem": (
        "dicomodel.items.model_specification_sequence_item",
        "ModelSpecificationSequenceItem",
    ),
    "ModifiableConstraintFlag": (
        "dicomodel.enums.modifiable_constraint_flag",
        "ModifiableConstraintFlag",
    ),
    "ModifiedAttributesSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "NonconformingModifiedAttributesSequenceItem": (
        "dicomodel.items.nonconforming_modified_attributes_sequence_item",
        "NonconformingModifiedAttributesSequenceItem",
    ),
    "OffsetDirection": ("dicomodel.enums.offset_direction", "OffsetDirection"),
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "OriginalAttributesSequenceItem": (
        "dicomodel.items.original_attributes_sequence_item",
        "OriginalAttributesSequenceItem",
    ),
    "ParametersSpecificationSequenceItem": (
        "dicomodel.items.parameters_specification_sequence_item",
        "ParametersSpecificationSequenceItem",
    ),
    "PatientPositioningInstructionSequenceItem": (
        "dicomodel.items.patient_positioning_instruction_sequence_item",
        "PatientPositioningInstructionSequenceItem",
    ),
    "PatientSpecificationSequenceItem": (
        "dicomodel.items.attribute_value_constraint_item",
        "AttributeValueConstraintItem",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PositioningLandmarkSequenceItem": (
        "dicomodel.items.reference_location_item",
        "ReferenceLocationItem",
    ),
    "PositioningMethodCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PotentialReasonsForProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PotentialRequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PotentialScheduledProtocolCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PredecessorProtocolSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    ),
    "PrivateDataElementCharacteristicsSequenceItem": (
        "dicomodel.items.private_data_element_characteristics_sequence_item",
        "PrivateDataElementCharacteristicsSequenceItem",
    ),
    "PrivateDataElementDefinitionSequenceItem": (
        "dicomodel.items.private_data_element_definition_sequence_item",
        "PrivateDataElementDefinitionSequenceItem",
    ),
    "ProtocolDefinedPatientPositionTerm": (
        "dicomodel.enums.protocol_defined_patient_position",
        "ProtocolDefinedPatientPositionTerm",
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
    "RecommendedDefaultValueSequenceItem": (
        "dicomodel.items.attribute_value_item",
        "AttributeValueItem",
    ),
    "ReconstructionProtocolElementSpecificationSequenceItem": (
        "dicomodel.items.acquisition_protocol_element_specification_sequence_item",
        "AcquisitionProtocolElementSpecificationSequenceItem",
    ),
    "ReferenceBasisCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferenceGeometryCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferencedDefinedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    ),
    "ReferencedPerformedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    ),
    "ResponsibleGroupCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "SOPInstanceStatus": ("dicomodel.enums.sop_instance_status", "SOPInstanceStatus"),
    "SelectorCodeSequenceValueItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "StorageProtocolElementSpecificationSequenceItem": (
        "dicomodel.items.acquisition_protocol_element_specification_sequence_item",
        "AcquisitionProtocolElementSpecificationSequenceItem",
    ),
    "SyntheticData": ("dicomodel.enums.synthetic_data", "SyntheticData"),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
