"""Item class InventoriedInstancesSequenceItem.

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
    from dicomodel.items.alternate_representation_sequence_item import (
        AlternateRepresentationSequenceItem as _AlternateRepresentationSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.content_template_sequence_item_inventory import (
        ContentTemplateSequenceItemInventory as _ContentTemplateSequenceItemInventory,
    )
    from dicomodel.items.file_access_sequence_item import (
        FileAccessSequenceItem as _FileAccessSequenceItem,
    )
    from dicomodel.items.original_attributes_sequence_item import (
        OriginalAttributesSequenceItem as _OriginalAttributesSequenceItem,
    )
    from dicomodel.items.referenced_request_item import (
        ReferencedRequestItem as _ReferencedRequestItem,
    )
    from dicomodel.items.specimen_description_sequence_item_inventory import (
        SpecimenDescriptionSequenceItemInventory as _SpecimenDescriptionSequenceItemInventory,
    )
else:
    from dicomodel.lazy import Lazy

    _AlternateRepresentationSequenceItem = Lazy(
        "dicomodel.items.alternate_representation_sequence_item",
        "AlternateRepresentationSequenceItem",
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ContentTemplateSequenceItemInventory = Lazy(
        "dicomodel.items.content_template_sequence_item_inventory",
        "ContentTemplateSequenceItemInventory",
    )
    _FileAccessSequenceItem = Lazy(
        "dicomodel.items.file_access_sequence_item", "FileAccessSequenceItem"
    )
    _InstanceAvailabilityValue = Lazy(
        "dicomodel.enums.instance_availability", "InstanceAvailabilityValue"
    )
    _OriginalAttributesSequenceItem = Lazy(
        "dicomodel.items.original_attributes_sequence_item", "OriginalAttributesSequenceItem"
    )
    _ReferencedRequestItem = Lazy(
        "dicomodel.items.referenced_request_item", "ReferencedRequestItem"
    )
    _RemovedFromOperationalUseValue = Lazy(
        "dicomodel.enums.removed_from_operational_use", "RemovedFromOperationalUseValue"
    )
    _SpecimenDescriptionSequenceItemInventory = Lazy(
        "dicomodel.items.specimen_description_sequence_item_inventory",
        "SpecimenDescriptionSequenceItemInventory",
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
    from dicomodel.items.alternate_representation_sequence_item import (
        AlternateRepresentationSequenceItem as AlternateRepresentationSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
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
    from dicomodel.items.content_template_sequence_item_inventory import (
        ContentTemplateSequenceItemInventory as ContentTemplateSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.file_access_sequence_item import (
        FileAccessSequenceItem as FileAccessSequenceItem,
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
    from dicomodel.items.nonconforming_modified_attributes_sequence_item import (
        NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
    )
    from dicomodel.items.original_attributes_sequence_item import (
        OriginalAttributesSequenceItem as OriginalAttributesSequenceItem,
    )
    from dicomodel.items.referenced_request_item import (
        ReferencedRequestItem as ReferencedRequestSequenceItem,
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
    "ConceptNameCodeSequenceItem",
    "ContainerFileTypeTerm",
    "ContentTemplateSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "FileAccessSequenceItem",
    "InstanceAvailability",
    "InventoriedInstancesSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "MACAlgorithmTerm",
    "MappingResourceTerm",
    "ModifiedAttributesSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "OrderFillerIdentifierSequenceItem",
    "OrderPlacerIdentifierSequenceItem",
    "OriginalAttributesSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "ReasonForRemovalCodeSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReasonForTheAttributeModificationTerm",
    "ReferencedRequestSequenceItem",
    "ReferencedStudySequenceItem",
    "RemovedFromOperationalUse",
    "RequestedProcedureCodeSequenceItem",
    "SpecimenDescriptionSequenceItem",
    "UniversalEntityIDType",
]


class InventoriedInstancesSequenceItem(DicomModel):
    """An item of Inventoried Instances Sequence (0008,0425), as first defined in Inventory Module Attributes (C.38.1-1)."""

    dicom_name: ClassVar[str] = "Inventoried Instances Sequence"
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
                "names no attribute: an extended or replacement character set , other than those specified or implied for the Series level Attributes , is used in the Instance level Attributes",
            ),
            otherwise="may",
        ),
    ] = None
    """Specific Character Set (0008,0005): Type 1C, VR CS, VM 1-n. Required if an extended or replacement character set, other than those specified or implied for the Series level Attributes, is used in the Instance level Attributes. May be present otherwise. Character Set that expands or replaces the Basic Graphic Set for this Item. Required if an extended or replacement character set, other than those specified or implied for the Series level Attributes, is used in the Instance level Attribute..."""

    SOPClassUID: Annotated[vr.UI, Attribute(0x00080016, "UI", "1", "1", name="SOP Class UID")]
    """SOP Class UID (0008,0016): Type 1, VR UI, VM 1. SOP Class UID of the inventoried SOP Instance."""

    SOPInstanceUID: Annotated[vr.UI, Attribute(0x00080018, "UI", "1", "1", name="SOP Instance UID")]
    """SOP Instance UID (0008,0018): Type 1, VR UI, VM 1. SOP Instance UID of the inventoried SOP Instance."""

    InstanceNumber: Annotated[
        vr.IS | None, Attribute(0x00200013, "IS", "1", "2", name="Instance Number")
    ]
    """Instance Number (0020,0013): Type 2, VR IS, VM 1. A number that identifies the inventoried SOP Instance."""

    RelatedGeneralSOPClassUID: Annotated[
        list[vr.UI] | None,
        Attribute(0x0008001A, "UI", "1-n", "3", name="Related General SOP Class UID"),
    ] = None
    """Related General SOP Class UID (0008,001A): Type 3, VR UI, VM 1-n. Uniquely identifies a Related General SOP Class for the SOP Class of the inventoried Instance."""

    ContentDate: Annotated[
        vr.DA | None, Attribute(0x00080023, "DA", "1", "3", name="Content Date")
    ] = None
    """Content Date (0008,0023): Type 3, VR DA, VM 1. The date that creation of the content of the inventoried SOP Instance started."""

    ContentTime: Annotated[
        vr.TM | None, Attribute(0x00080033, "TM", "1", "3", name="Content Time")
    ] = None
    """Content Time (0008,0033): Type 3, VR TM, VM 1. The time that creation of the content of the inventoried SOP Instance started."""

    TimezoneOffsetFromUTC: Annotated[
        vr.SH | None, Attribute(0x00080201, "SH", "1", "3", name="Timezone Offset From UTC")
    ] = None
    """Timezone Offset From UTC (0008,0201): Type 3, VR SH, VM 1. Offset from UTC to the timezone for all DA and TM Attributes present in the inventoried Instance, and for all DT Attributes present in the inventoried Instance that do not contain an explicitly encoded timezone offset."""

    Rows: Annotated[vr.US | None, Attribute(0x00280010, "US", "1", "3", name="Rows")] = None
    """Rows (0028,0010): Type 3, VR US, VM 1. Number of pixel matrix rows in the inventoried Image SOP Instance."""

    Columns: Annotated[vr.US | None, Attribute(0x00280011, "US", "1", "3", name="Columns")] = None
    """Columns (0028,0011): Type 3, VR US, VM 1. Number of pixel matrix columns in the inventoried Image SOP Instance."""

    NumberOfFrames: Annotated[
        vr.IS | None, Attribute(0x00280008, "IS", "1", "3", name="Number of Frames")
    ] = None
    """Number of Frames (0028,0008): Type 3, VR IS, VM 1. Number of frames in the inventoried Image SOP Instance."""

    BitsAllocated: Annotated[
        vr.US | None, Attribute(0x00280100, "US", "1", "3", name="Bits Allocated")
    ] = None
    """Bits Allocated (0028,0100): Type 3, VR US, VM 1. Number of bits allocated for each pixel sample in the inventoried Image SOP Instance."""

    ObservationDateTime: Annotated[
        vr.DT | None, Attribute(0x0040A032, "DT", "1", "3", name="Observation DateTime")
    ] = None
    """Observation DateTime (0040,A032): Type 3, VR DT, VM 1. The date and time at which the root Content Item of the inventoried Document SOP Instance was completed."""

    ConceptNameCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0040A043, "SQ", "1", "3", name="Concept Name Code Sequence"),
    ] = None
    """Concept Name Code Sequence (0040,A043): Type 3, VR SQ, VM 1. A coded description of the content or type of the inventoried SOP Instance. Only a single Item is permitted in this Sequence."""

    ContentTemplateSequence: Annotated[
        list[_ContentTemplateSequenceItemInventory] | None,
        Attribute(0x0040A504, "SQ", "1", "3", name="Content Template Sequence"),
    ] = None
    """Content Template Sequence (0040,A504): Type 3, VR SQ, VM 1. Attributes of the Template that describes the content structure and constraints for the inventoried Document SOP Instance. Only a single Item is permitted in this Sequence."""

    ReferencedRequestSequence: Annotated[
        list[_ReferencedRequestItem] | None,
        Attribute(0x0040A370, "SQ", "1", "3", name="Referenced Request Sequence"),
    ] = None
    """Referenced Request Sequence (0040,A370): Type 3, VR SQ, VM 1. Requested Procedures that were fulfilled (completely or partially) by the inventoried Document SOP Instance. One or more Items are permitted in this Sequence."""

    ContainerIdentifier: Annotated[
        vr.LO | None, Attribute(0x00400512, "LO", "1", "3", name="Container Identifier")
    ] = None
    """Container Identifier (0040,0512): Type 3, VR LO, VM 1. Identifier for the physical container that contains the specimen(s) imaged in the inventoried SOP Instance. See Section C.7.6.22.1.1. Not to be confused with a container file as described in Section P.1.2."""

    SpecimenDescriptionSequence: Annotated[
        list[_SpecimenDescriptionSequenceItemInventory] | None,
        Attribute(0x00400560, "SQ", "1", "3", name="Specimen Description Sequence"),
    ] = None
    """Specimen Description Sequence (0040,0560): Type 3, VR SQ, VM 1. Identifiers for the specimen(s) imaged in the inventoried SOP Instance. See Section C.7.6.22.1.1. One or more Items are permitted in this Sequence."""

    ContentLabel: Annotated[
        vr.CS | None, Attribute(0x00700080, "CS", "1", "3", name="Content Label")
    ] = None
    """Content Label (0070,0080): Type 3, VR CS, VM 1. A label that is used to identify the inventoried SOP Instance."""

    ContentDescription: Annotated[
        vr.LO | None, Attribute(0x00700081, "LO", "1", "3", name="Content Description")
    ] = None
    """Content Description (0070,0081): Type 3, VR LO, VM 1. A description of the content of the inventoried SOP Instance."""

    PresentationCreationDate: Annotated[
        vr.DA | None, Attribute(0x00700082, "DA", "1", "3", name="Presentation Creation Date")
    ] = None
    """Presentation Creation Date (0070,0082): Type 3, VR DA, VM 1. Date on which the inventoried Presentation State SOP Instance was created."""

    PresentationCreationTime: Annotated[
        vr.TM | None, Attribute(0x00700083, "TM", "1", "3", name="Presentation Creation Time")
    ] = None
    """Presentation Creation Time (0070,0083): Type 3, VR TM, VM 1. Time at which the inventoried Presentation State SOP Instance was created."""

    ContentCreatorName: Annotated[
        vr.PN | None, Attribute(0x00700084, "PN", "1", "3", name="Content Creator's Name")
    ] = None
    """Content Creator's Name (0070,0084): Type 3, VR PN, VM 1. Name of operator who created the content of the inventoried SOP Instance."""

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
                "and",
                (
                    "unknown",
                    "depends on whether the instances are to be used for operational purposes",
                ),
                ("value", 0x00080405, 0, "not_in", ("Y",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Removed from Operational Use (0008,0405): Type 1C, VR CS, VM 1. Required if this SOP Instance is not to be used for operational purposes, and Removed from Operational Use (0008,0405) Attribute at Study or Series level does not have the value Y. May be present otherwise. Flag that the inventoried SOP Instance is not to be used for operational purposes. See Section C.38.1.2.2. Enumerated Values: Y Removed from use N Not removed from use Required if this SOP Instance is not to be used for operational purposes..."""

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
    """Reason for Removal Code Sequence (0008,0406): Type 2C, VR SQ, VM 1. Required if Removed from Operational Use (0008,0405) value is Y. Reason the SOP Instance was removed from operational use. Required if Removed from Operational Use (0008,0405) value is Y. Zero or one Item shall be included in this Sequence."""

    OriginalAttributesSequence: Annotated[
        list[_OriginalAttributesSequenceItem] | None,
        Attribute(0x04000561, "SQ", "1", "3", name="Original Attributes Sequence"),
    ] = None
    """Original Attributes Sequence (0400,0561): Type 3, VR SQ, VM 1. Sequence of Items containing all Attributes that were added, removed or replaced by other values in the top level Data Set. See Section C.12.1.1.9. One or more Items are permitted in this Sequence."""

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
    """Instance Availability (0008,0056): Type 3, VR CS, VM 1. Specifies how rapidly the Instance becomes available for transmission after a retrieval request. See Section C.38.1.2.9."""

    FileAccessSequence: Annotated[
        list[_FileAccessSequenceItem] | None,
        Attribute(0x0008041A, "SQ", "1", "3", name="File Access Sequence"),
    ] = None
    """File Access Sequence (0008,041A): Type 3, VR SQ, VM 1. Non-DICOM protocol methods to access the SOP Instance in the DICOM File Format. See Section C.38.1.4.2 and Section C.38.1.4.3. One or more Items are permitted in this Sequence."""

    StorageMediaFileSetID: Annotated[
        vr.SH | None, Attribute(0x00880130, "SH", "1", "3", name="Storage Media File-set ID")
    ] = None
    """Storage Media File-set ID (0088,0130): Type 3, VR SH, VM 1. A human readable Identifier that identifies the Storage Media on which the Instance resides."""

    AlternateRepresentationSequence: Annotated[
        list[_AlternateRepresentationSequenceItem] | None,
        Attribute(0x00083001, "SQ", "1", "3", name="Alternate Representation Sequence"),
    ] = None
    """Alternate Representation Sequence (0008,3001): Type 3, VR SQ, VM 1. Reference to an alternate encoding of the inventoried SOP Instance. See Section C.38.1.4.5. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlternateRepresentationSequenceItem": (
        "dicomodel.items.alternate_representation_sequence_item",
        "AlternateRepresentationSequenceItem",
    ),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContainerFileTypeTerm": ("dicomodel.enums.container_file_type", "ContainerFileTypeTerm"),
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
    "InstanceAvailability": ("dicomodel.enums.instance_availability", "InstanceAvailability"),
    "IssuerOfAccessionNumberSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "MACAlgorithmTerm": ("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
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
    "ReferencedStudySequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "RemovedFromOperationalUse": (
        "dicomodel.enums.removed_from_operational_use",
        "RemovedFromOperationalUse",
    ),
    "RequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SpecimenDescriptionSequenceItem": (
        "dicomodel.items.specimen_description_sequence_item_inventory",
        "SpecimenDescriptionSequenceItemInventory",
    ),
    "UniversalEntityIDType": ("dicomodel.enums.universal_entity_id_type", "UniversalEntityIDType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
