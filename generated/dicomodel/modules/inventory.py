"""Inventory Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.inventory_completion_status import (
        InventoryCompletionStatusValue as _InventoryCompletionStatusValue,
    )
    from dicomodel.enums.inventory_level import InventoryLevelValue as _InventoryLevelValue
    from dicomodel.items.access_end_points_item import AccessEndPointsItem as _AccessEndPointsItem
    from dicomodel.items.inventoried_studies_sequence_item import (
        InventoriedStudiesSequenceItem as _InventoriedStudiesSequenceItem,
    )
    from dicomodel.items.inventory_reference_item import (
        InventoryReferenceItem as _InventoryReferenceItem,
    )
    from dicomodel.items.scope_of_inventory_sequence_item import (
        ScopeOfInventorySequenceItem as _ScopeOfInventorySequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AccessEndPointsItem = Lazy("dicomodel.items.access_end_points_item", "AccessEndPointsItem")
    _InventoriedStudiesSequenceItem = Lazy(
        "dicomodel.items.inventoried_studies_sequence_item", "InventoriedStudiesSequenceItem"
    )
    _InventoryCompletionStatusValue = Lazy(
        "dicomodel.enums.inventory_completion_status", "InventoryCompletionStatusValue"
    )
    _InventoryLevelValue = Lazy("dicomodel.enums.inventory_level", "InventoryLevelValue")
    _InventoryReferenceItem = Lazy(
        "dicomodel.items.inventory_reference_item", "InventoryReferenceItem"
    )
    _ScopeOfInventorySequenceItem = Lazy(
        "dicomodel.items.scope_of_inventory_sequence_item", "ScopeOfInventorySequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.container_file_type import ContainerFileTypeTerm as ContainerFileTypeTerm
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.instance_availability import InstanceAvailability as InstanceAvailability
    from dicomodel.enums.inventory_completion_status import (
        InventoryCompletionStatus as InventoryCompletionStatus,
    )
    from dicomodel.enums.inventory_level import InventoryLevel as InventoryLevel
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.query_retrieve_level import QueryRetrieveLevel as QueryRetrieveLevel
    from dicomodel.enums.reason_for_the_attribute_modification import (
        ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
    )
    from dicomodel.enums.removed_from_operational_use import (
        RemovedFromOperationalUse as RemovedFromOperationalUse,
    )
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.access_end_points_item import (
        AccessEndPointsItem as InventoryAccessEndPointsSequenceItem,
    )
    from dicomodel.items.access_end_points_item import (
        AccessEndPointsItem as StudyAccessEndPointsSequenceItem,
    )
    from dicomodel.items.alternate_representation_sequence_item import (
        AlternateRepresentationSequenceItem as AlternateRepresentationSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionsInStudyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningJurisdictionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
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
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ProcedureCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForRemovalCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.content_template_sequence_item_inventory import (
        ContentTemplateSequenceItemInventory as ContentTemplateSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.file_access_sequence_item import (
        FileAccessSequenceItem as FileAccessSequenceItem,
    )
    from dicomodel.items.file_set_access_sequence_item import (
        FileSetAccessSequenceItem as FileSetAccessSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as AssigningFacilitySequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as IssuerOfAccessionNumberSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as OrderFillerIdentifierSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as OrderPlacerIdentifierSequenceItem,
    )
    from dicomodel.items.inventoried_instances_sequence_item import (
        InventoriedInstancesSequenceItem as InventoriedInstancesSequenceItem,
    )
    from dicomodel.items.inventoried_series_sequence_item import (
        InventoriedSeriesSequenceItem as InventoriedSeriesSequenceItem,
    )
    from dicomodel.items.inventoried_studies_sequence_item import (
        InventoriedStudiesSequenceItem as InventoriedStudiesSequenceItem,
    )
    from dicomodel.items.inventory_reference_item import (
        InventoryReferenceItem as IncorporatedInventoryInstanceSequenceItem,
    )
    from dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item import (
        IssuerOfPatientIDQualifiersSequenceItem as IssuerOfPatientIDQualifiersSequenceItem,
    )
    from dicomodel.items.nonconforming_modified_attributes_sequence_item import (
        NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
    )
    from dicomodel.items.original_attributes_sequence_item import (
        OriginalAttributesSequenceItem as OriginalAttributesSequenceItem,
    )
    from dicomodel.items.other_patient_i_ds_sequence_item_inventory import (
        OtherPatientIDsSequenceItemInventory as OtherPatientIDsSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ConsultingPhysicianIdentificationSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as PhysiciansOfRecordIdentificationSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as PhysiciansReadingStudyIdentificationSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ReferringPhysicianIdentificationSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as ProtocolContextSequenceItem,
    )
    from dicomodel.items.referenced_request_item import (
        ReferencedRequestItem as ReferencedRequestSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.request_attributes_item import (
        RequestAttributesItem as RequestAttributesSequenceItem,
    )
    from dicomodel.items.scheduled_protocol_code_sequence_item import (
        ScheduledProtocolCodeSequenceItem as ScheduledProtocolCodeSequenceItem,
    )
    from dicomodel.items.scope_of_inventory_sequence_item import (
        ScopeOfInventorySequenceItem as ScopeOfInventorySequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedStudySequenceItem,
    )
    from dicomodel.items.specimen_description_sequence_item_inventory import (
        SpecimenDescriptionSequenceItemInventory as SpecimenDescriptionSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as EmptyValueMatchingSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as GeneralMatchingSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as ListOfUIDMatchingSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as RangeMatchingSequenceItem,
    )

__all__ = [
    "AlternateRepresentationSequenceItem",
    "AnatomicRegionsInStudyCodeSequenceItem",
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ConsultingPhysicianIdentificationSequenceItem",
    "ContainerFileTypeTerm",
    "ContentItemModifierSequenceItem",
    "ContentTemplateSequenceItem",
    "ContextGroupExtensionFlag",
    "EmptyValueMatchingSequenceItem",
    "EquivalentCodeSequenceItem",
    "FileAccessSequenceItem",
    "FileSetAccessSequenceItem",
    "GeneralMatchingSequenceItem",
    "IncorporatedInventoryInstanceSequenceItem",
    "InstanceAvailability",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "InventoriedInstancesSequenceItem",
    "InventoriedSeriesSequenceItem",
    "InventoriedStudiesSequenceItem",
    "InventoryAccessEndPointsSequenceItem",
    "InventoryCompletionStatus",
    "InventoryLevel",
    "InventoryModule",
    "IssuerOfAccessionNumberSequenceItem",
    "IssuerOfPatientIDQualifiersSequenceItem",
    "ListOfUIDMatchingSequenceItem",
    "MACAlgorithmTerm",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ModifiedAttributesSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "OrderFillerIdentifierSequenceItem",
    "OrderPlacerIdentifierSequenceItem",
    "OriginalAttributesSequenceItem",
    "OtherPatientIDsSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PhysiciansOfRecordIdentificationSequenceItem",
    "PhysiciansReadingStudyIdentificationSequenceItem",
    "ProcedureCodeSequenceItem",
    "ProtocolContextSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "QueryRetrieveLevel",
    "RangeMatchingSequenceItem",
    "ReasonForRemovalCodeSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReasonForTheAttributeModificationTerm",
    "ReferencedRequestSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedStudySequenceItem",
    "ReferringPhysicianIdentificationSequenceItem",
    "RemovedFromOperationalUse",
    "RequestAttributesSequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "ScheduledProtocolCodeSequenceItem",
    "ScopeOfInventorySequenceItem",
    "SpecimenDescriptionSequenceItem",
    "StudyAccessEndPointsSequenceItem",
    "UniversalEntityIDType",
    "ValueType",
]


class InventoryModule(DicomModel):
    """Inventory Module Attributes (PS3.3 Table C.38.1-1)."""

    dicom_name: ClassVar[str] = "Inventory"
    dicom_table: ClassVar[str] = "table_C.38.1-1"

    ContentDate: Annotated[vr.DA, Attribute(0x00080023, "DA", "1", "1", name="Content Date")]
    """Content Date (0008,0023): Type 1, VR DA, VM 1. With Content Time (0008,0033), time point at which the Inventory creation began. See Section C.38.1.1.1."""

    ContentTime: Annotated[vr.TM, Attribute(0x00080033, "TM", "1", "1", name="Content Time")]
    """Content Time (0008,0033): Type 1, VR TM, VM 1. With Content Date (0008,0023), time point at which the Inventory creation began. See Section C.38.1.1.1."""

    ScopeOfInventorySequence: Annotated[
        list[_ScopeOfInventorySequenceItem] | None,
        Attribute(0x00080400, "SQ", "1", "2", name="Scope of Inventory Sequence"),
    ]
    """Scope of Inventory Sequence (0008,0400): Type 2, VR SQ, VM 1. Matching Key Attribute values for the Studies to be included in the Inventory. See Section C.38.2.1.1.1. Zero or one Item shall be included in this Sequence."""

    TransactionUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00081195,
            "UI",
            "1",
            "1C",
            name="Transaction UID",
            when=(
                "unknown",
                "names no attribute: Inventory creation was initiated by a transaction of the Inventory Creation SOP Class",
            ),
            otherwise="may",
        ),
    ] = None
    """Transaction UID (0008,1195): Type 1C, VR UI, VM 1. Required if Inventory creation was initiated by a transaction of the Inventory Creation SOP Class. May be present otherwise to identify a local user-initiated or system-initiated Inventory creation. UID of the transaction that initiated creation of this Inventory SOP Instance. Required if Inventory creation was initiated by a transaction of the Inventory Creation SOP Class."""

    InventoryPurpose: Annotated[
        vr.LT | None, Attribute(0x00080401, "LT", "1", "2", name="Inventory Purpose")
    ]
    """Inventory Purpose (0008,0401): Type 2, VR LT, VM 1. Purpose for which the inventory was created."""

    InventoryInstanceDescription: Annotated[
        vr.LT | None, Attribute(0x00080402, "LT", "1", "3", name="Inventory Instance Description")
    ] = None
    """Inventory Instance Description (0008,0402): Type 3, VR LT, VM 1. Description of the content of this Inventory SOP Instance, such as limitation of the scope of this Instance within the Scope of Inventory."""

    InventoryLevel: Annotated[
        _InventoryLevelValue,
        Attribute(
            0x00080403,
            "CS",
            "1",
            "1",
            name="Inventory Level",
            enumerated=((0, ("STUDY", "SERIES", "INSTANCE")),),
        ),
    ]
    """Inventory Level (0008,0403): Type 1, VR CS, VM 1. Information Entity level for records included in Inventory. Enumerated Values: STUDY Study records only SERIES Study and Series records only INSTANCE Study, Series, and Instance records"""

    InventoryCompletionStatus: Annotated[
        _InventoryCompletionStatusValue,
        Attribute(
            0x00080426,
            "CS",
            "1",
            "1",
            name="Inventory Completion Status",
            enumerated=((0, ("COMPLETE", "FAILURE", "CANCELED", "PARTIAL")),),
        ),
    ]
    """Inventory Completion Status (0008,0426): Type 1, VR CS, VM 1. Degree of completion of Inventory with respect to the defined Scope of Inventory. See Section C.38.1.1.3."""

    NumberOfStudyRecordsInInstance: Annotated[
        vr.UL, Attribute(0x00080427, "UL", "1", "1", name="Number of Study Records in Instance")
    ]
    """Number of Study Records in Instance (0008,0427): Type 1, VR UL, VM 1. Number of Items in the Inventoried Studies Sequence (0008,0423) in this SOP Instance."""

    TotalNumberOfStudyRecords: Annotated[
        vr.UV, Attribute(0x00080428, "UV", "1", "1", name="Total Number of Study Records")
    ]
    """Total Number of Study Records (0008,0428): Type 1, VR UV, VM 1. Total number of Items in the Inventoried Studies Sequence (0008,0423) in this SOP Instance and in SOP Instances referenced in the Incorporated Inventory Instance Sequence (0008,0422)."""

    InventoryAccessEndPointsSequence: Annotated[
        list[_AccessEndPointsItem] | None,
        Attribute(0x00080420, "SQ", "1", "3", name="Inventory Access End Points Sequence"),
    ] = None
    """Inventory Access End Points Sequence (0008,0420): Type 3, VR SQ, VM 1. Baseline end point(s) for network protocols to access incorporated Inventory SOP Instances. See Section C.38.1.1.4. Only a single Item is permitted in this Sequence."""

    StudyAccessEndPointsSequence: Annotated[
        list[_AccessEndPointsItem] | None,
        Attribute(0x00080421, "SQ", "1", "3", name="Study Access End Points Sequence"),
    ] = None
    """Study Access End Points Sequence (0008,0421): Type 3, VR SQ, VM 1. Baseline end point(s) for network protocols to access inventoried Study-related SOP Instances. See Section C.38.1.1.4. Only a single Item is permitted in this Sequence."""

    IncorporatedInventoryInstanceSequence: Annotated[
        list[_InventoryReferenceItem] | None,
        Attribute(0x00080422, "SQ", "1", "2", name="Incorporated Inventory Instance Sequence"),
    ]
    """Incorporated Inventory Instance Sequence (0008,0422): Type 2, VR SQ, VM 1. Inventory SOP Instances whose content is included by reference. See Section C.38.1.1.5. Zero or more Items shall be included in this Sequence."""

    InventoriedStudiesSequence: Annotated[
        list[_InventoriedStudiesSequenceItem] | None,
        Attribute(0x00080423, "SQ", "1", "2", name="Inventoried Studies Sequence"),
    ]
    """Inventoried Studies Sequence (0008,0423): Type 2, VR SQ, VM 1. Records of Studies whose Attribute values match the Scope of Inventory. See Section C.38.1.1.6. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlternateRepresentationSequenceItem": (
        "dicomodel.items.alternate_representation_sequence_item",
        "AlternateRepresentationSequenceItem",
    ),
    "AnatomicRegionsInStudyCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AssigningAgencyOrDepartmentCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AssigningFacilitySequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "AssigningJurisdictionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConsultingPhysicianIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "ContainerFileTypeTerm": ("dicomodel.enums.container_file_type", "ContainerFileTypeTerm"),
    "ContentItemModifierSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "ContentTemplateSequenceItem": (
        "dicomodel.items.content_template_sequence_item_inventory",
        "ContentTemplateSequenceItemInventory",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EmptyValueMatchingSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FileAccessSequenceItem": (
        "dicomodel.items.file_access_sequence_item",
        "FileAccessSequenceItem",
    ),
    "FileSetAccessSequenceItem": (
        "dicomodel.items.file_set_access_sequence_item",
        "FileSetAccessSequenceItem",
    ),
    "GeneralMatchingSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "IncorporatedInventoryInstanceSequenceItem": (
        "dicomodel.items.inventory_reference_item",
        "InventoryReferenceItem",
    ),
    "InstanceAvailability": ("dicomodel.enums.instance_availability", "InstanceAvailability"),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "InventoriedInstancesSequenceItem": (
        "dicomodel.items.inventoried_instances_sequence_item",
        "InventoriedInstancesSequenceItem",
    ),
    "InventoriedSeriesSequenceItem": (
        "dicomodel.items.inventoried_series_sequence_item",
        "InventoriedSeriesSequenceItem",
    ),
    "InventoriedStudiesSequenceItem": (
        "dicomodel.items.inventoried_studies_sequence_item",
        "InventoriedStudiesSequenceItem",
    ),
    "InventoryAccessEndPointsSequenceItem": (
        "dicomodel.items.access_end_points_item",
        "AccessEndPointsItem",
    ),
    "InventoryCompletionStatus": (
        "dicomodel.enums.inventory_completion_status",
        "InventoryCompletionStatus",
    ),
    "InventoryLevel": ("dicomodel.enums.inventory_level", "InventoryLevel"),
    "IssuerOfAccessionNumberSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "IssuerOfPatientIDQualifiersSequenceItem": (
        "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
        "IssuerOfPatientIDQualifiersSequenceItem",
    ),
    "ListOfUIDMatchingSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "MACAlgorithmTerm": ("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ModifiedAttributesSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "NonconformingModifiedAttributesSequenceItem": (
        "dicomodel.items.nonconforming_modified_attributes_sequence_item",
        "NonconformingModifiedAttributesSequenceItem",
    ),
    "OrderFillerIdentifierSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "OrderPlacerIdentifierSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "OriginalAttributesSequenceItem": (
        "dicomodel.items.original_attributes_sequence_item",
        "OriginalAttributesSequenceItem",
    ),
    "OtherPatientIDsSequenceItem": (
        "dicomodel.items.other_patient_i_ds_sequence_item_inventory",
        "OtherPatientIDsSequenceItemInventory",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PhysiciansOfRecordIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "PhysiciansReadingStudyIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "ProcedureCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ProtocolContextSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item",
        "ProtocolContextSequenceItem",
    ),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "QueryRetrieveLevel": ("dicomodel.enums.query_retrieve_level", "QueryRetrieveLevel"),
    "RangeMatchingSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "ReasonForRemovalCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReasonForRequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReasonForTheAttributeModificationTerm": (
        "dicomodel.enums.reason_for_the_attribute_modification",
        "ReasonForTheAttributeModificationTerm",
    ),
    "ReferencedRequestSequenceItem": (
        "dicomodel.items.referenced_request_item",
        "ReferencedRequestItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ReferencedStudySequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferringPhysicianIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "RemovedFromOperationalUse": (
        "dicomodel.enums.removed_from_operational_use",
        "RemovedFromOperationalUse",
    ),
    "RequestAttributesSequenceItem": (
        "dicomodel.items.request_attributes_item",
        "RequestAttributesItem",
    ),
    "RequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ScheduledProtocolCodeSequenceItem": (
        "dicomodel.items.scheduled_protocol_code_sequence_item",
        "ScheduledProtocolCodeSequenceItem",
    ),
    "ScopeOfInventorySequenceItem": (
        "dicomodel.items.scope_of_inventory_sequence_item",
        "ScopeOfInventorySequenceItem",
    ),
    "SpecimenDescriptionSequenceItem": (
        "dicomodel.items.specimen_description_sequence_item_inventory",
        "SpecimenDescriptionSequenceItemInventory",
    ),
    "StudyAccessEndPointsSequenceItem": (
        "dicomodel.items.access_end_points_item",
        "AccessEndPointsItem",
    ),
    "UniversalEntityIDType": ("dicomodel.enums.universal_entity_id_type", "UniversalEntityIDType"),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
