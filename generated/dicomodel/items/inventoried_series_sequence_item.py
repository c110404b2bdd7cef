"""Item class InventoriedSeriesSequenceItem.

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
    from dicomodel.items.inventoried_instances_sequence_item import (
        InventoriedInstancesSequenceItem as _InventoriedInstancesSequenceItem,
    )
    from dicomodel.items.original_attributes_sequence_item import (
        OriginalAttributesSequenceItem as _OriginalAttributesSequenceItem,
    )
    from dicomodel.items.request_attributes_item import (
        RequestAttributesItem as _RequestAttributesItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _FileSetAccessSequenceItem = Lazy(
        "dicomodel.items.file_set_access_sequence_item", "FileSetAccessSequenceItem"
    )
    _InstanceAvailabilityValue = Lazy(
        "dicomodel.enums.instance_availability", "InstanceAvailabilityValue"
    )
    _InventoriedInstancesSequenceItem = Lazy(
        "dicomodel.items.inventoried_instances_sequence_item", "InventoriedInstancesSequenceItem"
    )
    _OriginalAttributesSequenceItem = Lazy(
        "dicomodel.items.original_attributes_sequence_item", "OriginalAttributesSequenceItem"
    )
    _RemovedFromOperationalUseValue = Lazy(
        "dicomodel.enums.removed_from_operational_use", "RemovedFromOperationalUseValue"
    )
    _RequestAttributesItem = Lazy(
        "dicomodel.items.request_attributes_item", "RequestAttributesItem"
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
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
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
    from dicomodel.items.nonconforming_modified_attributes_sequence_item import (
        NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
    )
    from dicomodel.items.original_attributes_sequence_item import (
        OriginalAttributesSequenceItem as OriginalAttributesSequenceItem,
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
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContainerFileTypeTerm",
    "ContentItemModifierSequenceItem",
    "ContentTemplateSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "FileAccessSequenceItem",
    "FileSetAccessSequenceItem",
    "InstanceAvailability",
    "InventoriedInstancesSequenceItem",
    "InventoriedSeriesSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "MACAlgorithmTerm",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ModifiedAttributesSequenceItem",
    "NonconformingModifiedAttributesSequenceItem",
    "OrderFillerIdentifierSequenceItem",
    "OrderPlacerIdentifierSequenceItem",
    "OriginalAttributesSequenceItem",
    "ProtocolContextSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "ReasonForRemovalCodeSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReasonForTheAttributeModificationTerm",
    "ReferencedRequestSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedStudySequenceItem",
    "RemovedFromOperationalUse",
    "RequestAttributesSequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "ScheduledProtocolCodeSequenceItem",
    "SpecimenDescriptionSequenceItem",
    "UniversalEntityIDType",
    "ValueType",
]


class InventoriedSeriesSequenceItem(DicomModel):
    """An item of Inventoried Series Sequence (0008,0424), as first defined in Inventory Module Attributes (C.38.1-1)."""

    dicom_name: ClassVar[str] = "Inventoried Series Sequence"
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
                "names no attribute: an extended or replacement character set , other than those specified or implied for the Study level Attributes , is used in the Series level Attributes",
            ),
            otherwise="may",
        ),
    ] = None
    """Specific Character Set (0008,0005): Type 1C, VR CS, VM 1-n. Required if an extended or replacement character set, other than those specified or implied for the Study level Attributes, is used in the Series level Attributes. May be present otherwise. Character Set that expands or replaces the Basic Graphic Set for this Item. Required if an extended or replacement character set, other than those specified or implied for the Study level Attributes, is used in the Series level Attributes."""

    SeriesInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000E, "UI", "1", "1", name="Series Instance UID")
    ]
    """Series Instance UID (0020,000E): Type 1, VR UI, VM 1. Unique identifier of the inventoried Series."""

    Modality: Annotated[vr.CS, Attribute(0x00080060, "CS", "1", "1", name="Modality")]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that originally acquired or produced the data used to create the Instances in this Series."""

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
    """Removed from Operational Use (0008,0405): Type 1C, VR CS, VM 1. Required if this Series is not to be used for operational purposes, and Removed from Operational Use (0008,0405) Attribute at Study level does not have the value Y. May be present otherwise. Flag that this Series is not to be used for operational purposes. See Section C.38.1.2.2. Enumerated Values: Y Removed from use N Not removed from use Required if this Series is not to be used for operational purposes, and Removed from Oper..."""

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
    """Reason for Removal Code Sequence (0008,0406): Type 2C, VR SQ, VM 1. Required if Removed from Operational Use (0008,0405) value is Y. Reason the Series was removed from operational use. Required if Removed from Operational Use (0008,0405) value is Y. Zero or one Item shall be included in this Sequence."""

    SeriesNumber: Annotated[
        vr.IS | None, Attribute(0x00200011, "IS", "1", "2", name="Series Number")
    ]
    """Series Number (0020,0011): Type 2, VR IS, VM 1. A number that identifies this Series."""

    SeriesDescription: Annotated[
        vr.LO | None, Attribute(0x0008103E, "LO", "1", "3", name="Series Description")
    ] = None
    """Series Description (0008,103E): Type 3, VR LO, VM 1. Description of the Series."""

    SeriesDate: Annotated[
        vr.DA | None, Attribute(0x00080021, "DA", "1", "3", name="Series Date")
    ] = None
    """Series Date (0008,0021): Type 3, VR DA, VM 1. Date the Series started."""

    SeriesTime: Annotated[
        vr.TM | None, Attribute(0x00080031, "TM", "1", "3", name="Series Time")
    ] = None
    """Series Time (0008,0031): Type 3, VR TM, VM 1. Time the Series started."""

    BodyPartExamined: Annotated[
        vr.CS | None, Attribute(0x00180015, "CS", "1", "3", name="Body Part Examined")
    ] = None
    """Body Part Examined (0018,0015): Type 3, VR CS, VM 1. Identification of the part of the body examined. See Section C.38.1.3.2."""

    Laterality: Annotated[
        vr.CS | None, Attribute(0x00200060, "CS", "1", "3", name="Laterality")
    ] = None
    """Laterality (0020,0060): Type 3, VR CS, VM 1. Laterality of (paired) body part examined."""

    RequestAttributesSequence: Annotated[
        list[_RequestAttributesItem] | None,
        Attribute(0x00400275, "SQ", "1", "3", name="Request Attributes Sequence"),
    ] = None
    """Request Attributes Sequence (0040,0275): Type 3, VR SQ, VM 1. Attributes from the Imaging Service Request. See Section C.38.1.3.3. One or more Items are permitted in this Sequence."""

    OriginalAttributesSequence: Annotated[
        list[_OriginalAttributesSequenceItem] | None,
        Attribute(0x04000561, "SQ", "1", "3", name="Original Attributes Sequence"),
    ] = None
    """Original Attributes Sequence (0400,0561): Type 3, VR SQ, VM 1. Sequence of Items containing all Attributes that were added, removed or replaced by other values in the top level Data Set. See Section C.12.1.1.9. One or more Items are permitted in this Sequence."""

    StoredInstanceBaseURI: Annotated[
        vr.UR | None, Attribute(0x00080407, "UR", "1", "3", name="Stored Instance Base URI")
    ] = None
    """Stored Instance Base URI (0008,0407): Type 3, VR UR, VM 1. Base URI for accessing SOP Instances within this Series through a non-DICOM protocol. See Section C.38.1.2.6."""

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
    """Instance Availability (0008,0056): Type 3, VR CS, VM 1. Specifies how rapidly the Series becomes available for transmission after a retrieval request. See Section C.38.1.2.9."""

    FileSetAccessSequence: Annotated[
        list[_FileSetAccessSequenceItem] | None,
        Attribute(0x00080419, "SQ", "1", "3", name="File Set Access Sequence"),
    ] = None
    """File Set Access Sequence (0008,0419): Type 3, VR SQ, VM 1. Non-DICOM protocol methods to access the set of stored SOP Instances comprising this Series. \"File Set\" as used here may not be identical to the File-set concept defined in PS3.10 and used in Storage Media File-set ID (0088,0130)."""

    StorageMediaFileSetID: Annotated[
        vr.SH | None, Attribute(0x00880130, "SH", "1", "3", name="Storage Media File-set ID")
    ] = None
    """Storage Media File-set ID (0088,0130): Type 3, VR SH, VM 1. A human readable Identifier that identifies the Storage Media on which the Series resides."""

    InventoriedInstancesSequence: Annotated[
        list[_InventoriedInstancesSequenceItem] | None,
        Attribute(
            0x00080425,
            "SQ",
            "1",
            "2C",
            name="Inventoried Instances Sequence",
            when=("value", 0x00080403, 0, "in", ("INSTANCE",)),
        ),
    ] = None
    """Inventoried Instances Sequence (0008,0425): Type 2C, VR SQ, VM 1. Required if Inventory Level (0008,0403) has value INSTANCE. Records of SOP Instances whose Study, Series and Instance Attribute values match the Scope of Inventory. See Section C.38.2.1.1.2 for conditions with RELATIONAL matching for Scope of Inventory in which only matching SOP Instances will be in..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlternateRepresentationSequenceItem": (
        "dicomodel.items.alternate_representation_sequence_item",
        "AlternateRepresentationSequenceItem",
    ),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
    "InventoriedInstancesSequenceItem": (
        "dicomodel.items.inventoried_instances_sequence_item",
        "InventoriedInstancesSequenceItem",
    ),
    "IssuerOfAccessionNumberSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
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
