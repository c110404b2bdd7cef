"""Item class InventoriedStudiesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.instance_availability import (
        InstanceAvailabilityValue as _InstanceAvailabilityValue,
    )
    from dicomodel.enums.removed_from_operational_use import (
        RemovedFromOperationalUseValue as _RemovedFromOperationalUseValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.file_set_access_sequence_item import (
        FileSetAccessSequenceItem as _FileSetAccessSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as _HL7v2HierarchicDesignatorItem,
    )
    from dicomodel.items.inventoried_series_sequence_item import (
        InventoriedSeriesSequenceItem as _InventoriedSeriesSequenceItem,
    )
    from dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item import (
        IssuerOfPatientIDQualifiersSequenceItem as _IssuerOfPatientIDQualifiersSequenceItem,
    )
    from dicomodel.items.original_attributes_sequence_item import (
        OriginalAttributesSequenceItem as _OriginalAttributesSequenceItem,
    )
    from dicomodel.items.other_patient_i_ds_sequence_item_inventory import (
        OtherPatientIDsSequenceItemInventory as _OtherPatientIDsSequenceItemInventory,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _FileSetAccessSequenceItem = Lazy(
        "dicomodel.items.file_set_access_sequence_item", "FileSetAccessSequenceItem"
    )
    _HL7v2HierarchicDesignatorItem = Lazy(
        "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
    )
    _InstanceAvailabilityValue = Lazy(
        "dicomodel.enums.instance_availability", "InstanceAvailabilityValue"
    )
    _InventoriedSeriesSequenceItem = Lazy(
        "dicomodel.items.inventoried_series_sequence_item", "InventoriedSeriesSequenceItem"
    )
    _IssuerOfPatientIDQualifiersSequenceItem = Lazy(
        "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
        "IssuerOfPatientIDQualifiersSequenceItem",
    )
    _OriginalAttributesSequenceItem = Lazy(
        "dicomodel.items.original_attributes_sequence_item", "OriginalAttributesSequenceItem"
    )
    _OtherPatientIDsSequenceItemInventory = Lazy(
        "dicomodel.items.other_patient_i_ds_sequence_item_inventory",
        "OtherPatientIDsSequenceItemInventory",
    )
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )
    _RemovedFromOperationalUseValue = Lazy(
        "dicomodel.enums.removed_from_operational_use", "RemovedFromOperationalUseValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.container_file_type import ContainerFileTypeTerm as ContainerFileTypeTerm
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.instance_availability import InstanceAvailability as InstanceAvailability
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
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
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedStudySequenceItem,
    )
    from dicomodel.items.specimen_description_sequence_item_inventory import (
        SpecimenDescriptionSequenceItemInventory as SpecimenDescriptionSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as ModifiedAttributesSequenceItem,
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
    "EquivalentCodeSequenceItem",
    "FileAccessSequenceItem",
    "FileSetAccessSequenceItem",
    "InstanceAvailability",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "InventoriedInstancesSequenceItem",
    "InventoriedSeriesSequenceItem",
    "InventoriedStudiesSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "IssuerOfPatientIDQualifiersSequenceItem",
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
    "SpecimenDescriptionSequenceItem",
    "UniversalEntityIDType",
    "ValueType",
]


class InventoriedStudiesSequenceItem(DicomModel):
    """An item of Inventoried Studies Sequence (0008,0423), as first defined in Inventory Module Attributes (C.38.1-1)."""

    dicom_name: ClassVar[str] = "Inventoried Studies Sequence"
    dicom_table: ClassVar[str] = "table_C.38.1-1"

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
                "names no attribute: an extended or replacement character set , other than those specified in the top level Data Set of the Inventory , is used in the Study level Attributes",
            ),
            otherwise="may",
        ),
    ] = None
    """Specific Character Set (0008,0005): Type 1C, VR CS, VM 1-n. Required if an extended or replacement character set, other than those specified in the top level Data Set of the Inventory, is used in the Study level Attributes. May be present otherwise. Character Set that expands or replaces the Basic Graphic Set for this Item. Required if an extended or replacement character set, other than those specified in the top level Data Set of the Inventory, is used in the Study level Attributes."""

    StudyInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000D, "UI", "1", "1", name="Study Instance UID")
    ]
    """Study Instance UID (0020,000D): Type 1, VR UI, VM 1. Unique identifier for the inventoried Study."""

    ModalitiesInStudy: Annotated[
        list[vr.CS] | None, Attribute(0x00080061, "CS", "1-n", "2", name="Modalities in Study")
    ]
    """Modalities in Study (0008,0061): Type 2, VR CS, VM 1-n. All of the distinct values used for Modality (0008,0060) in the Series of the Study."""

    ItemInventoryDateTime: Annotated[
        vr.DT, Attribute(0x00080404, "DT", "1", "1", name="Item Inventory DateTime")
    ]
    """Item Inventory DateTime (0008,0404): Type 1, VR DT, VM 1. DateTime of creation of the Inventory information for this Item. All Study Attributes in this Sequence Item are correct as of this DateTime."""

    RemovedFromOperationalUse: Annotated[
        _RemovedFromOperationalUseValue | None,
        Attribute(
            0x00080405,
            "CS",
            "1",
            "1C",
            name="Removed from Operational Use",
            enumerated=((0, ("Y", "N")),),
            when=(
                "unknown",
                "depends on whether the instances are to be used for operational purposes",
            ),
            otherwise="may",
        ),
    ] = None
    """Removed from Operational Use (0008,0405): Type 1C, VR CS, VM 1. Required if this Study is not to be used for operational purposes. May be present otherwise. Flag that this Study is not to be used for operational purposes. See Section C.38.1.2.2. Enumerated Values: Y Removed from use N Not removed from use Required if this Study is not to be used for operational purposes."""

    ReasonForRemovalCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00080406,
            "SQ",
            "1",
            "2C",
            name="Reason for Removal Code Sequence",
            when=("value", 0x00080405, 0, "in", ("Y",)),
        ),
    ] = None
    """Reason for Removal Code Sequence (0008,0406): Type 2C, VR SQ, VM 1. Required if Removed from Operational Use (0008,0405) value is Y. Reason the Study was removed from operational use. Required if Removed from Operational Use (0008,0405) value is Y. Zero or one Item shall be included in this Sequence."""

    NumberOfStudyRelatedSeries: Annotated[
        vr.IS | None, Attribute(0x00201206, "IS", "1", "2", name="Number of Study Related Series")
    ]
    """Number of Study Related Series (0020,1206): Type 2, VR IS, VM 1. Count of stored Series in Study. See Section C.38.1.2.3."""

    NumberOfStudyRelatedInstances: Annotated[
        vr.IS | None,
        Attribute(0x00201208, "IS", "1", "2", name="Number of Study Related Instances"),
    ]
    """Number of Study Related Instances (0020,1208): Type 2, VR IS, VM 1. Count of stored SOP Instances in Study. See Section C.38.1.2.3."""

    StudyUpdateDateTime: Annotated[
        vr.DT | None, Attribute(0x0008041F, "DT", "1", "2", name="Study Update DateTime")
    ]
    """Study Update DateTime (0008,041F): Type 2, VR DT, VM 1. DateTime of last update to Study instances or metadata managed in the storage system. See Section C.38.1.2.1."""

    StudyID: Annotated[vr.SH | None, Attribute(0x00200010, "SH", "1", "2", name="Study ID")]
    """Study ID (0020,0010): Type 2, VR SH, VM 1. User or equipment generated Study identifier."""

    StudyDate: Annotated[vr.DA | None, Attribute(0x00080020, "DA", "1", "2", name="Study Date")]
    """Study Date (0008,0020): Type 2, VR DA, VM 1. Date the Study started."""

    StudyTime: Annotated[vr.TM | None, Attribute(0x00080030, "TM", "1", "2", name="Study Time")]
    """Study Time (0008,0030): Type 2, VR TM, VM 1. Time the Study started."""

    StudyDescription: Annotated[
        vr.LO | None, Attribute(0x00081030, "LO", "1", "2", name="Study Description")
    ]
    """Study Description (0008,1030): Type 2, VR LO, VM 1. Description or classification of the Study performed."""

    AnatomicRegionsInStudyCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00080063, "SQ", "1", "3", name="Anatomic Regions in Study Code Sequence"),
    ] = None
    """Anatomic Regions in Study Code Sequence (0008,0063): Type 3, VR SQ, VM 1. Anatomic regions and body parts examined in the study. See Section C.38.1.2.4. One or more Items are permitted in this Sequence."""

    ProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00081032, "SQ", "1", "3", name="Procedure Code Sequence"),
    ] = None
    """Procedure Code Sequence (0008,1032): Type 3, VR SQ, VM 1. Type of procedure performed. One or more Items are permitted in this Sequence."""

    NameOfPhysiciansReadingStudy: Annotated[
        list[vr.PN] | None,
        Attribute(0x00081060, "PN", "1-n", "3", name="Name of Physician(s) Reading Study"),
    ] = None
    """Name of Physician(s) Reading Study (0008,1060): Type 3, VR PN, VM 1-n. Names of the physician(s) reading the Study."""

    PhysiciansReadingStudyIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(
            0x00081062, "SQ", "1", "3", name="Physician(s) Reading Study Identification Sequence"
        ),
    ] = None
    """Physician(s) Reading Study Identification Sequence (0008,1062): Type 3, VR SQ, VM 1. Identification of the physician(s) reading the Study. One or more Items are permitted in this Sequence. If more than one Item, the number and order shall correspond to the value of Name of Physician(s) Reading Study (0008,1060), if present."""

    ConsultingPhysicianName: Annotated[
        list[vr.PN] | None,
        Attribute(0x0008009C, "PN", "1-n", "3", name="Consulting Physician's Name"),
    ] = None
    """Consulting Physician's Name (0008,009C): Type 3, VR PN, VM 1-n. Consulting physician(s) for this Patient Visit."""

    ConsultingPhysicianIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(0x0008009D, "SQ", "1", "3", name="Consulting Physician Identification Sequence"),
    ] = None
    """Consulting Physician Identification Sequence (0008,009D): Type 3, VR SQ, VM 1. Identification of the consulting physician(s). One or more Items are permitted in this Sequence. If more than one Item, the number and order shall correspond to the value of Consulting Physician's Name (0008,009C), if present."""

    PhysiciansOfRecord: Annotated[
        list[vr.PN] | None, Attribute(0x00081048, "PN", "1-n", "3", name="Physician(s) of Record")
    ] = None
    """Physician(s) of Record (0008,1048): Type 3, VR PN, VM 1-n. Names of the physician(s) who are responsible for overall Patient care at time of Study."""

    PhysiciansOfRecordIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(
            0x00081049, "SQ", "1", "3", name="Physician(s) of Record Identification Sequence"
        ),
    ] = None
    """Physician(s) of Record Identification Sequence (0008,1049): Type 3, VR SQ, VM 1. Identification of the physician(s) who are responsible for overall Patient care at time of Study. One or more Items are permitted in this Sequence."""

    OriginalAttributesSequence: Annotated[
        list[_OriginalAttributesSequenceItem] | None,
        Attribute(0x04000561, "SQ", "1", "3", name="Original Attributes Sequence"),
    ] = None
    """Original Attributes Sequence (0400,0561): Type 3, VR SQ, VM 1. Sequence of Items containing all Attributes that were added, removed or replaced by other values in the top level Data Set. See Section C.12.1.1.9. One or more Items are permitted in this Sequence."""

    RetrieveAETitle: Annotated[
        list[vr.AE] | None,
        Attribute(
            0x00080054,
            "AE",
            "1-n",
            "1C",
            name="Retrieve AE Title",
            when=(
                "unknown",
                "condition not read: no verb after 'Study Access End Points Sequence (0008,0421) does not include' (in 'Required if SOP Instances for this Study may be retrieved using a C-MOVE or C-GET based SOP Class ( see PS3.4 ) and Study Access End Points Sequence (0008,0421) does not include Retrieve AE Title (0008,0054)')",
            ),
            otherwise="may",
        ),
    ] = None
    """Retrieve AE Title (0008,0054): Type 1C, VR AE, VM 1-n. Required if SOP Instances for this Study may be retrieved using a C-MOVE or C-GET based SOP Class (see PS3.4) and Study Access End Points Sequence (0008,0421) does not include Retrieve AE Title (0008,0054). May be present otherwise. AE Title from which this Study may be retrieved. Required if SOP Instances for this Study may be retrieved using a C-MOVE or C-GET based SOP Class (see PS3.4) and Study Access End Points Sequence (0008,0421) does not include Retrieve AE Tit..."""

    RetrieveURL: Annotated[
        vr.UR | None,
        Attribute(
            0x00081190,
            "UR",
            "1",
            "1C",
            name="Retrieve URL",
            when=(
                "unknown",
                "condition not read: no verb after 'Study Access End Points Sequence (0008,0421) does not include' (in 'Required if SOP Instances for this Study may be retrieved using the web-based Studies Service ( see PS3.18 ) and Study Access End Points Sequence (0008,0421) does not include Retrieve URL (0008,1190)')",
            ),
            otherwise="may",
        ),
    ] = None
    """Retrieve URL (0008,1190): Type 1C, VR UR, VM 1. Required if SOP Instances for this Study may be retrieved using the web-based Studies Service (see PS3.18) and Study Access End Points Sequence (0008,0421) does not include Retrieve URL (0008,1190). May be present otherwise. Base URI of the origin server to retrieve Study data through the Studies Service (see Chapter 10 in PS3.18). Required if SOP Instances for this Study may be retrieved using the web-based Studies Service (see PS3.18) and Study Access End Poi..."""

    StoredInstanceBaseURI: Annotated[
        vr.UR | None, Attribute(0x00080407, "UR", "1", "3", name="Stored Instance Base URI")
    ] = None
    """Stored Instance Base URI (0008,0407): Type 3, VR UR, VM 1. Base URI for accessing SOP Instances for this Study through a non-DICOM protocol. See Section C.38.1.2.6."""

    InstanceAvailability: Annotated[
        _InstanceAvailabilityValue | None,
        Attribute(
            0x00080056,
            "CS",
            "1",
            "3",
            name="Instance Availability",
            enumerated=((0, ("ONLINE", "NEARLINE", "OFFLINE", "UNAVAILABLE")),),
        ),
    ] = None
    """Instance Availability (0008,0056): Type 3, VR CS, VM 1. Specifies how rapidly the SOP Instances for this Study become available for transmission after a retrieval request. See Section C.38.1.2.9."""

    FileSetAccessSequence: Annotated[
        list[_FileSetAccessSequenceItem] | None,
        Attribute(0x00080419, "SQ", "1", "3", name="File Set Access Sequence"),
    ] = None
    """File Set Access Sequence (0008,0419): Type 3, VR SQ, VM 1. Non-DICOM protocol methods to access the set of stored SOP Instances for this Study. \"File Set\" as used here may not be identical to the File-set concept defined in PS3.10 and used in Storage Media File-set ID (0088,0130)."""

    StorageMediaFileSetID: Annotated[
        vr.SH | None, Attribute(0x00880130, "SH", "1", "3", name="Storage Media File-set ID")
    ] = None
    """Storage Media File-set ID (0088,0130): Type 3, VR SH, VM 1. A human readable Identifier that identifies the Storage Media on which the Study resides."""

    AccessionNumber: Annotated[
        vr.SH | None, Attribute(0x00080050, "SH", "1", "2", name="Accession Number")
    ]
    """Accession Number (0008,0050): Type 2, VR SH, VM 1. A number that identifies the order for the Study."""

    IssuerOfAccessionNumberSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00080051, "SQ", "1", "3", name="Issuer of Accession Number Sequence"),
    ] = None
    """Issuer of Accession Number Sequence (0008,0051): Type 3, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Accession Number (0008,0050). Only a single Item is permitted in this Sequence."""

    ReferringPhysicianName: Annotated[
        vr.PN | None, Attribute(0x00080090, "PN", "1", "3", name="Referring Physician's Name")
    ] = None
    """Referring Physician's Name (0008,0090): Type 3, VR PN, VM 1. Name of the Patient's referring physician."""

    ReferringPhysicianIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(0x00080096, "SQ", "1", "3", name="Referring Physician Identification Sequence"),
    ] = None
    """Referring Physician Identification Sequence (0008,0096): Type 3, VR SQ, VM 1. Identification of the Patient's referring physician. Only a single Item is permitted in this Sequence."""

    PatientName: Annotated[
        vr.PN | None, Attribute(0x00100010, "PN", "1", "2", name="Patient's Name")
    ]
    """Patient's Name (0010,0010): Type 2, VR PN, VM 1. Patient's full name."""

    PatientID: Annotated[vr.LO | None, Attribute(0x00100020, "LO", "1", "2", name="Patient ID")]
    """Patient ID (0010,0020): Type 2, VR LO, VM 1. Primary identifier for the Patient."""

    IssuerOfPatientID: Annotated[
        vr.LO | None, Attribute(0x00100021, "LO", "1", "3", name="Issuer of Patient ID")
    ] = None
    """Issuer of Patient ID (0010,0021): Type 3, VR LO, VM 1. Identifier of the Assigning Authority (system, organization, agency, or department) that issued the Patient ID. Equivalent to HL7 v2 CX component 4 subcomponent 1."""

    IssuerOfPatientIDQualifiersSequence: Annotated[
        list[_IssuerOfPatientIDQualifiersSequenceItem] | None,
        Attribute(0x00100024, "SQ", "1", "3", name="Issuer of Patient ID Qualifiers Sequence"),
    ] = None
    """Issuer of Patient ID Qualifiers Sequence (0010,0024): Type 3, VR SQ, VM 1. Attributes specifying or qualifying the identity of the issuer of the Patient ID, or scoping the Patient ID. Only a single Item is permitted in this Sequence."""

    OtherPatientIDsSequence: Annotated[
        list[_OtherPatientIDsSequenceItemInventory] | None,
        Attribute(0x00101002, "SQ", "1", "3", name="Other Patient IDs Sequence"),
    ] = None
    """Other Patient IDs Sequence (0010,1002): Type 3, VR SQ, VM 1. Identification numbers or codes used to identify the Patient. One or more Items are permitted in this Sequence."""

    PatientBirthDate: Annotated[
        vr.DA | None, Attribute(0x00100030, "DA", "1", "2", name="Patient's Birth Date")
    ]
    """Patient's Birth Date (0010,0030): Type 2, VR DA, VM 1. Birth date of the Patient."""

    PatientSex: Annotated[vr.CS | None, Attribute(0x00100040, "CS", "1", "2", name="Patient's Sex")]
    """Patient's Sex (0010,0040): Type 2, VR CS, VM 1. Sex of the named Patient."""

    OtherPatientNames: Annotated[
        list[vr.PN] | None, Attribute(0x00101001, "PN", "1-n", "3", name="Other Patient Names")
    ] = None
    """Other Patient Names (0010,1001): Type 3, VR PN, VM 1-n. Other names used to identify the Patient."""

    InventoriedSeriesSequence: Annotated[
        list[_InventoriedSeriesSequenceItem] | None,
        Attribute(
            0x00080424,
            "SQ",
            "1",
            "2C",
            name="Inventoried Series Sequence",
            when=("value", 0x00080403, 0, "in", ("SERIES", "INSTANCE")),
        ),
    ] = None
    """Inventoried Series Sequence (0008,0424): Type 2C, VR SQ, VM 1. Required if Inventory Level (0008,0403) has value SERIES or INSTANCE. Records of Series whose Study and Series Attribute values match the Scope of Inventory. See Section C.38.2.1.1.2 for conditions with RELATIONAL matching for Scope of Inventory in which only matching Series will be included in the Inventory...."""


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
    "IssuerOfAccessionNumberSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "IssuerOfPatientIDQualifiersSequenceItem": (
        "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
        "IssuerOfPatientIDQualifiersSequenceItem",
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
    "SpecimenDescriptionSequenceItem": (
        "dicomodel.items.specimen_description_sequence_item_inventory",
        "SpecimenDescriptionSequenceItemInventory",
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
