"""Inventory Creation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.container_file_type import ContainerFileTypeTerm as _ContainerFileTypeTerm
    from dicomodel.enums.inventory_level import InventoryLevelValue as _InventoryLevelValue
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as _MACAlgorithmTerm
    from dicomodel.enums.retain_instances import RetainInstancesValue as _RetainInstancesValue
    from dicomodel.enums.transaction_status import TransactionStatusValue as _TransactionStatusValue
    from dicomodel.items.scope_of_inventory_sequence_item import (
        ScopeOfInventorySequenceItem as _ScopeOfInventorySequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ContainerFileTypeTerm = Lazy("dicomodel.enums.container_file_type", "ContainerFileTypeTerm")
    _InventoryLevelValue = Lazy("dicomodel.enums.inventory_level", "InventoryLevelValue")
    _MACAlgorithmTerm = Lazy("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm")
    _RetainInstancesValue = Lazy("dicomodel.enums.retain_instances", "RetainInstancesValue")
    _ScopeOfInventorySequenceItem = Lazy(
        "dicomodel.items.scope_of_inventory_sequence_item", "ScopeOfInventorySequenceItem"
    )
    _TransactionStatusValue = Lazy("dicomodel.enums.transaction_status", "TransactionStatusValue")

if TYPE_CHECKING:
    from dicomodel.enums.container_file_type import ContainerFileTypeTerm as ContainerFileTypeTerm
    from dicomodel.enums.inventory_level import InventoryLevel as InventoryLevel
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.query_retrieve_level import QueryRetrieveLevel as QueryRetrieveLevel
    from dicomodel.enums.retain_instances import RetainInstances as RetainInstances
    from dicomodel.enums.transaction_status import TransactionStatus as TransactionStatus
    from dicomodel.items.scope_of_inventory_sequence_item import (
        ScopeOfInventorySequenceItem as ScopeOfInventorySequenceItem,
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
        UnassignedSharedConvertedAttributesSequenceItem as RangeMatchingSequenceItem,
    )

__all__ = [
    "ContainerFileTypeTerm",
    "EmptyValueMatchingSequenceItem",
    "GeneralMatchingSequenceItem",
    "InventoryCreationModule",
    "InventoryLevel",
    "ListOfUIDMatchingSequenceItem",
    "MACAlgorithmTerm",
    "QueryRetrieveLevel",
    "RangeMatchingSequenceItem",
    "RetainInstances",
    "ScopeOfInventorySequenceItem",
    "TransactionStatus",
]


class InventoryCreationModule(DicomModel):
    """Inventory Creation Module Attributes (PS3.3 Table C.38.3-1)."""

    dicom_name: ClassVar[str] = "Inventory Creation"
    dicom_table: ClassVar[str] = "table_C.38.3-1"

    ScopeOfInventorySequence: Annotated[
        list[_ScopeOfInventorySequenceItem] | None,
        Attribute(0x00080400, "SQ", "1", "2", name="Scope of Inventory Sequence"),
    ]
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


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContainerFileTypeTerm": ("dicomodel.enums.container_file_type", "ContainerFileTypeTerm"),
    "EmptyValueMatchingSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "GeneralMatchingSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "InventoryLevel": ("dicomodel.enums.inventory_level", "InventoryLevel"),
    "ListOfUIDMatchingSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "MACAlgorithmTerm": ("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm"),
    "QueryRetrieveLevel": ("dicomodel.enums.query_retrieve_level", "QueryRetrieveLevel"),
    "RangeMatchingSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "RetainInstances": ("dicomodel.enums.retain_instances", "RetainInstances"),
    "ScopeOfInventorySequenceItem": (
        "dicomodel.items.scope_of_inventory_sequence_item",
        "ScopeOfInventorySequenceItem",
    ),
    "TransactionStatus": ("dicomodel.enums.transaction_status", "TransactionStatus"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
