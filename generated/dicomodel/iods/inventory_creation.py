"""Inventory Creation IOD.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel, ModuleUsage

if TYPE_CHECKING:
    from dicomodel.enums.container_file_type import ContainerFileTypeTerm as _ContainerFileTypeTerm
    from dicomodel.enums.content_qualification import (
        ContentQualificationValue as _ContentQualificationValue,
    )
    from dicomodel.enums.instance_origin_status import (
        InstanceOriginStatusValue as _InstanceOriginStatusValue,
    )
    from dicomodel.enums.inventory_level import InventoryLevelValue as _InventoryLevelValue
    from dicomodel.enums.longitudinal_temporal_information_modified import (
        LongitudinalTemporalInformationModifiedValue as _LongitudinalTemporalInformationModifiedValue,
    )
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as _MACAlgorithmTerm
    from dicomodel.enums.query_retrieve_view import (
        QueryRetrieveViewValue as _QueryRetrieveViewValue,
    )
    from dicomodel.enums.retain_instances import RetainInstancesValue as _RetainInstancesValue
    from dicomodel.enums.sop_instance_status import (
        SOPInstanceStatusValue as _SOPInstanceStatusValue,
    )
    from dicomodel.enums.synthetic_data import SyntheticDataValue as _SyntheticDataValue
    from dicomodel.enums.transaction_status import TransactionStatusValue as _TransactionStatusValue
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
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.mac_parameters_sequence_item import (
        MACParametersSequenceItem as _MACParametersSequenceItem,
    )
    from dicomodel.items.mapping_resource_identification_sequence_item import (
        MappingResourceIdentificationSequenceItem as _MappingResourceIdentificationSequenceItem,
    )
    from dicomodel.items.original_attributes_sequence_item import (
        OriginalAttributesSequenceItem as _OriginalAttributesSequenceItem,
    )
    from dicomodel.items.private_data_element_characteristics_sequence_item import (
        PrivateDataElementCharacteristicsSequenceItem as _PrivateDataElementCharacteristicsSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as _ReferencedDefinedProtocolSequenceItem,
    )
    from dicomodel.items.scope_of_inventory_sequence_item import (
        ScopeOfInventorySequenceItem as _ScopeOfInventorySequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodingSchemeIdentificationSequenceItem = Lazy(
        "dicomodel.items.coding_scheme_identification_sequence_item",
        "CodingSchemeIdentificationSequenceItem",
    )
    _ContainerFileTypeTerm = Lazy("dicomodel.enums.container_file_type", "ContainerFileTypeTerm")
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
    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )
    _InstanceOriginStatusValue = Lazy(
        "dicomodel.enums.instance_origin_status", "InstanceOriginStatusValue"
    )
    _InventoryLevelValue = Lazy("dicomodel.enums.inventory_level", "InventoryLevelValue")
    _LongitudinalTemporalInformationModifiedValue = Lazy(
        "dicomodel.enums.longitudinal_temporal_information_modified",
        "LongitudinalTemporalInformationModifiedValue",
    )
    _MACAlgorithmTerm = Lazy("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm")
    _MACParametersSequenceItem = Lazy(
        "dicomodel.items.mac_parameters_sequence_item", "MACParametersSequenceItem"
    )
    _MappingResourceIdentificationSequenceItem = Lazy(
        "dicomodel.items.mapping_resource_identification_sequence_item",
        "MappingResourceIdentificationSequenceItem",
    )
    _OriginalAttributesSequenceItem = Lazy(
        "dicomodel.items.original_attributes_sequence_item", "OriginalAttributesSequenceItem"
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
    _RetainInstancesValue = Lazy("dicomodel.enums.retain_instances", "RetainInstancesValue")
    _SOPInstanceStatusValue = Lazy("dicomodel.enums.sop_instance_status", "SOPInstanceStatusValue")
    _ScopeOfInventorySequenceItem = Lazy(
        "dicomodel.items.scope_of_inventory_sequence_item", "ScopeOfInventorySequenceItem"
    )
    _SyntheticDataValue = Lazy("dicomodel.enums.synthetic_data", "SyntheticDataValue")
    _TransactionStatusValue = Lazy("dicomodel.enums.transaction_status", "TransactionStatusValue")

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
    from dicomodel.enums.container_file_type import ContainerFileTypeTerm as ContainerFileTypeTerm
    from dicomodel.enums.content_qualification import ContentQualification as ContentQualification
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.deidentification_action import (
        DeidentificationAction as DeidentificationAction,
    )
    from dicomodel.enums.instance_origin_status import InstanceOriginStatus as InstanceOriginStatus
    from dicomodel.enums.inventory_level import InventoryLevel as InventoryLevel
    from dicomodel.enums.longitudinal_temporal_information_modified import (
        LongitudinalTemporalInformationModified as LongitudinalTemporalInformationModified,
    )
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.query_retrieve_level import QueryRetrieveLevel as QueryRetrieveLevel
    from dicomodel.enums.query_retrieve_view import QueryRetrieveView as QueryRetrieveView
    from dicomodel.enums.reason_for_the_attribute_modification import (
        ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
    )
    from dicomodel.enums.retain_instances import RetainInstances as RetainInstances
    from dicomodel.enums.sop_instance_status import SOPInstanceStatus as SOPInstanceStatus
    from dicomodel.enums.synthetic_data import SyntheticData as SyntheticData
    from dicomodel.enums.transaction_status import TransactionStatus as TransactionStatus
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DigitalSignaturePurposeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
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
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ConversionSourceAttributesSequenceItem,
    )
    from dicomodel.items.mac_parameters_sequence_item import (
        MACParametersSequenceItem as MACParametersSequenceItem,
    )
    from dicomodel.items.mapping_resource_identification_sequence_item import (
        MappingResourceIdentificationSequenceItem as MappingResourceIdentificationSequenceItem,
    )
    from dicomodel.items.nonconforming_modified_attributes_sequence_item import (
        NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
    )
    from dicomodel.items.original_attributes_sequence_item import (
        OriginalAttributesSequenceItem as OriginalAttributesSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as OperatorIdentificationSequenceItem,
    )
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
    from dicomodel.items.scope_of_inventory_sequence_item import (
        ScopeOfInventorySequenceItem as ScopeOfInventorySequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem
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
    "BlockIdentifyingInformationStatus",
    "CertificateTypeTerm",
    "CertifiedTimestampTypeTerm",
    "CodingSchemeIdentificationSequenceItem",
    "CodingSchemeRegistryTerm",
    "CodingSchemeResourcesSequenceItem",
    "CodingSchemeURLTypeTerm",
    "ContainerFileTypeTerm",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "ContextGroupIdentificationSequenceItem",
    "ContributingEquipmentSequenceItem",
    "ConversionSourceAttributesSequenceItem",
    "DeidentificationAction",
    "DeidentificationActionSequenceItem",
    "DigitalSignaturePurposeCodeSequenceItem",
    "DigitalSignaturesSequenceItem",
    "EmptyValueMatchingSequenceItem",
    "EncryptedAttributesSequenceItem",
    "EquivalentCodeSequenceItem",
    "GeneralMatchingSequenceItem",
    "HL7StructuredDocumentReferenceSequenceItem",
    "InstanceOriginStatus",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "InventoryCreation",
    "InventoryLevel",
    "ListOfUIDMatchingSequenceItem",
    "LongitudinalTemporalInformationModified",
    "MACAlgorithmTerm",
    "MACParametersSequenceItem",
    "MappingResourceIdentificationSequenceItem",
    "MappingResourceTerm",
    "ModifiedAttributesSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "OperatorIdentificationSequenceItem",
    "OriginalAttributesSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PrivateDataElementCharacteristicsSequenceItem",
    "PrivateDataElementDefinitionSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "QueryRetrieveLevel",
    "QueryRetrieveView",
    "RangeMatchingSequenceItem",
    "ReasonForTheAttributeModificationTerm",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "RetainInstances",
    "SOPInstanceStatus",
    "ScopeOfInventorySequenceItem",
    "SyntheticData",
    "TransactionStatus",
    "UDISequenceItem",
]


class InventoryCreation(DicomModel):
    """Inventory Creation IOD (PS3.3 Table B.30.2-1): its modules' attributes, flat."""

    dicom_name: ClassVar[str] = "Inventory Creation"
    dicom_table: ClassVar[str] = "table_B.30.2-1"
    dicom_modules: ClassVar[tuple[ModuleUsage, ...]] = ()

    ScopeOfInventorySequence: Annotated[
        list[_ScopeOfInventorySequenceItem] | None,
        Attribute(0x00080400, "SQ", "1", "2", name="Scope of Inventory Sequence"),
    ] = None
    """Scope of Inventory Sequence (0008,0400): Type 2, VR SQ, VM 1. Matching Key Attribute values for the Studies to be included in the Inventory. See Section C.38.2.1.1.1. Zero or one Item shall be included in this Sequence."""

    TransactionUID: Annotated[
        vr.UI | None, Attribute(0x00081195, "UI", "1", None, name="Transaction UID")
    ] = None
    """Transaction UID (0008,1195): no Type, VR UI, VM 1. Unique identifier of a transaction initiating the production of an Inventory."""

    TransactionStatus: Annotated[
        _TransactionStatusValue | None,
        Attribute(
            0x00080417,
            "CS",
            "1",
            None,
            name="Transaction Status",
            enumerated=((0, ("PROCESSING", "COMPLETE", "FAILURE", "CANCELED", "PAUSED")),),
        ),
    ] = None
    """Transaction Status (0008,0417): no Type, VR CS, VM 1. Processing status for this transaction. (See Section KK.2.1.1 in PS3.4). Enumerated Values: PROCESSING Processing continuing COMPLETE Processing complete with completed inventory FAILURE Processing failure CANCELED Processing canceled PAUSE..."""

    TransactionStatusComment: Annotated[
        vr.LT | None, Attribute(0x00080418, "LT", "1", None, name="Transaction Status Comment")
    ] = None
    """Transaction Status Comment (0008,0418): no Type, VR LT, VM 1. Explanation or further detail of Transaction Status (0008,0417)."""

    ExpirationDateTime: Annotated[
        vr.DT | None, Attribute(0x00080416, "DT", "1", None, name="Expiration DateTime")
    ] = None
    """Expiration DateTime (0008,0416): no Type, VR DT, VM 1. The date and time until which the Inventory SOP Instance is expected to be available. See Section C.38.3.1.3."""

    InventoryPurpose: Annotated[
        vr.LT | None, Attribute(0x00080401, "LT", "1", None, name="Inventory Purpose")
    ] = None
    """Inventory Purpose (0008,0401): no Type, VR LT, VM 1. Purpose for which the Inventory is to be created."""

    InventoryLevel: Annotated[
        _InventoryLevelValue | None,
        Attribute(
            0x00080403,
            "CS",
            "1",
            None,
            name="Inventory Level",
            enumerated=((0, ("STUDY", "SERIES", "INSTANCE")),),
        ),
    ] = None
    """Inventory Level (0008,0403): no Type, VR CS, VM 1. Information Entity level for records to be included in Inventory. Enumerated Values: STUDY Study records SERIES Study and Series records INSTANCE Study, Series, and Instance records"""

    ReferencedSOPClassUID: Annotated[
        vr.UI | None, Attribute(0x00081150, "UI", "1", None, name="Referenced SOP Class UID")
    ] = None
    """Referenced SOP Class UID (0008,1150): no Type, VR UI, VM 1. SOP Class UID of the produced Inventory SOP Instance."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI | None, Attribute(0x00081155, "UI", "1", None, name="Referenced SOP Instance UID")
    ] = None
    """Referenced SOP Instance UID (0008,1155): no Type, VR UI, VM 1. SOP Instance UID of the produced Inventory SOP Instance at the root of the tree of incorporated Inventory SOP Instances (see Section C.38.3.1.1)."""

    RetrieveAETitle: Annotated[
        list[vr.AE] | None, Attribute(0x00080054, "AE", "1-n", None, name="Retrieve AE Title")
    ] = None
    """Retrieve AE Title (0008,0054): no Type, VR AE, VM 1-n. AE Title from which the Inventory SOP Instance may be retrieved through Inventory MOVE or Inventory GET SOP Classes (see Annex JJ in PS3.4)."""

    RetrieveURL: Annotated[
        vr.UR | None, Attribute(0x00081190, "UR", "1", None, name="Retrieve URL")
    ] = None
    """Retrieve URL (0008,1190): no Type, VR UR, VM 1. Base URI of the origin server from which the Inventory SOP Instance may be retrieved through the Non-Patient Instance Service (see Chapter 12 in PS3.18)."""

    StoredInstanceBaseURI: Annotated[
        vr.UR | None, Attribute(0x00080407, "UR", "1", None, name="Stored Instance Base URI")
    ] = None
    """Stored Instance Base URI (0008,0407): no Type, VR UR, VM 1. Base URI for accessing the Inventory SOP Instance through a non-DICOM protocol. See Section C.38.3.1.2."""

    FileAccessURI: Annotated[
        vr.UR | None,
        Attribute(
            0x00080409,
            "UR",
            "1",
            "1C",
            name="File Access URI",
            when=("unknown", "depends on the referenced instance or item"),
        ),
    ] = None
    """File Access URI (0008,0409): Type 1C, VR UR, VM 1. Required if the referenced SOP Instance is in the DICOM File Format, and is accessible through a non-DICOM protocol (see Annex P). Access URI for a file containing the SOP Instance. See Section C.38.2.2.1.1. Required if the referenced SOP Instance is in the DICOM File Format, and is accessible through a non-DICOM protocol (see Annex P)."""

    ContainerFileType: Annotated[
        _ContainerFileTypeTerm | vr.CS | None,
        Attribute(
            0x0008040A, "CS", "1", "1C", name="Container File Type", when=("present", 0x00080409)
        ),
    ] = None
    """Container File Type (0008,040A): Type 1C, VR CS, VM 1. Required if File Access URI (0008,0409) is present. Type of container file. See Section C.38.1.2.8 for Defined Terms. Required if File Access URI (0008,0409) is present."""

    FilenameInContainer: Annotated[
        vr.UR | None,
        Attribute(
            0x0008040B,
            "UR",
            "1",
            "1C",
            name="Filename in Container",
            when=("value", 0x0008040A, 0, "in", ("ZIP", "TAR", "TARGZIP")),
        ),
    ] = None
    """Filename in Container (0008,040B): Type 1C, VR UR, VM 1. Required if Container File Type (0008,040A) is ZIP, TAR, or TARGZIP. Filename within a container file of the file containing the SOP Instance. See Section C.38.2.2.1.2. Required if Container File Type (0008,040A) is ZIP, TAR, or TARGZIP."""

    FileOffsetInContainer: Annotated[
        vr.UV | None,
        Attribute(
            0x0008040C,
            "UV",
            "1",
            "1C",
            name="File Offset in Container",
            when=("value", 0x0008040A, 0, "in", ("BLOB",)),
            otherwise="may",
        ),
    ] = None
    """File Offset in Container (0008,040C): Type 1C, VR UV, VM 1. Required if Container File Type (0008,040A) is BLOB. May be present otherwise. Byte offset (zero-based) within a container file for the start of the SOP Instance file. See Section C.38.2.2.1.2. Required if Container File Type (0008,040A) is BLOB. May be present otherwise."""

    FileLengthInContainer: Annotated[
        vr.UV | None,
        Attribute(
            0x0008040D,
            "UV",
            "1",
            "1C",
            name="File Length in Container",
            when=("value", 0x0008040A, 0, "in", ("BLOB",)),
            otherwise="may",
        ),
    ] = None
    """File Length in Container (0008,040D): Type 1C, VR UV, VM 1. Required if Container File Type (0008,040A) is BLOB. May be present otherwise. Length in bytes of the SOP Instance file within a container file. See Section C.38.2.2.1.2. Required if Container File Type (0008,040A) is BLOB. May be present otherwise."""

    StoredInstanceTransferSyntaxUID: Annotated[
        vr.UI | None,
        Attribute(
            0x0008040E,
            "UI",
            "1",
            "1C",
            name="Stored Instance Transfer Syntax UID",
            when=("present", 0x00080409),
        ),
    ] = None
    """Stored Instance Transfer Syntax UID (0008,040E): Type 1C, VR UI, VM 1. Required if File Access URI (0008,0409) is present. Transfer Syntax of the SOP Instance encoded in DICOM File Format. Equal to Transfer Syntax UID (0002,0010) in File Meta Information header of the stored Instance. Required if File Access URI (0008,0409) is present."""

    LossyImageCompressionRatio: Annotated[
        list[vr.DS] | None,
        Attribute(0x00282112, "DS", "1-n", "3", name="Lossy Image Compression Ratio"),
    ] = None
    """Lossy Image Compression Ratio (0028,2112): Type 3, VR DS, VM 1-n. Describes the approximate lossy compression ratio(s) that have been applied to this image. See Section C.7.6.1.1.5.2."""

    MACAlgorithm: Annotated[
        _MACAlgorithmTerm | vr.CS | None,
        Attribute(0x04000015, "CS", "1", "1C", name="MAC Algorithm", when=("present", 0x04000404)),
    ] = None
    """MAC Algorithm (0400,0015): Type 1C, VR CS, VM 1. Required if MAC (0400,0404) is present. The algorithm used for generating a Message Authentication Code. See Table C.12.1.1.3.1.2-1 for Defined Terms. Required if MAC (0400,0404) is present."""

    MAC: Annotated[vr.OB | None, Attribute(0x04000404, "OB", "1", "3", name="MAC")] = None
    """MAC (0400,0404): Type 3, VR OB, VM 1. Message Authentication Code computed across the stored instance file for verification of file integrity. See Section C.38.2.2.1.3."""

    TotalNumberOfStudyRecords: Annotated[
        vr.UV | None, Attribute(0x00080428, "UV", "1", None, name="Total Number of Study Records")
    ] = None
    """Total Number of Study Records (0008,0428): no Type, VR UV, VM 1. Number of Studies found and processed into Inventory SOP Instances (as of time of message) that match Scope of Inventory."""

    RequestedStatusInterval: Annotated[
        vr.US | None, Attribute(0x00080414, "US", "1", None, name="Requested Status Interval")
    ] = None
    """Requested Status Interval (0008,0414): no Type, VR US, VM 1. Requested interval, in minutes, between Inventory Status notifications. Value shall be greater than 0."""

    RetainInstances: Annotated[
        _RetainInstancesValue | None,
        Attribute(
            0x00080415, "CS", "1", None, name="Retain Instances", enumerated=((0, ("Y", "N")),)
        ),
    ] = None
    """Retain Instances (0008,0415): no Type, VR CS, VM 1. Whether produced Inventory SOP Instances should be retained when Inventory production is canceled. Enumerated Values: Y SOP Instances are to be retained N SOP Instances may be deleted"""

    SOPClassUID: Annotated[
        vr.UI | None, Attribute(0x00080016, "UI", "1", "1", name="SOP Class UID")
    ] = None
    """SOP Class UID (0008,0016): Type 1, VR UI, VM 1. Uniquely identifies the SOP Class. See Section C.12.1.1.1 for further explanation. See also PS3.4."""

    SOPInstanceUID: Annotated[
        vr.UI | None, Attribute(0x00080018, "UI", "1", "1", name="SOP Instance UID")
    ] = None
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


_EXPORTS: dict[str, tuple[str, str]] = {
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
    "ContainerFileTypeTerm": ("dicomodel.enums.container_file_type", "ContainerFileTypeTerm"),
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
    "EmptyValueMatchingSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "EncryptedAttributesSequenceItem": (
        "dicomodel.items.encrypted_attributes_sequence_item",
        "EncryptedAttributesSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "GeneralMatchingSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
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
    "InventoryLevel": ("dicomodel.enums.inventory_level", "InventoryLevel"),
    "ListOfUIDMatchingSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
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
    "ModifiedAttributesSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "NonconformingModifiedAttributesSequenceItem": (
        "dicomodel.items.nonconforming_modified_attributes_sequence_item",
        "NonconformingModifiedAttributesSequenceItem",
    ),
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "OriginalAttributesSequenceItem": (
        "dicomodel.items.original_attributes_sequence_item",
        "OriginalAttributesSequenceItem",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
    "QueryRetrieveLevel": ("dicomodel.enums.query_retrieve_level", "QueryRetrieveLevel"),
    "QueryRetrieveView": ("dicomodel.enums.query_retrieve_view", "QueryRetrieveView"),
    "RangeMatchingSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
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
    "RetainInstances": ("dicomodel.enums.retain_instances", "RetainInstances"),
    "SOPInstanceStatus": ("dicomodel.enums.sop_instance_status", "SOPInstanceStatus"),
    "ScopeOfInventorySequenceItem": (
        "dicomodel.items.scope_of_inventory_sequence_item",
        "ScopeOfInventorySequenceItem",
    ),
    "SyntheticData": ("dicomodel.enums.synthetic_data", "SyntheticData"),
    "TransactionStatus": ("dicomodel.enums.transaction_status", "TransactionStatus"),
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
