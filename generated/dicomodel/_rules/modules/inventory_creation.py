"""Presence rules of Inventory Creation Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
InventoryCreationModule = (
    "table_C.38.3-1",
    (
        (
            "ScopeOfInventorySequence",
            Attribute(0x00080400, "SQ", "1", "2", name="Scope of Inventory Sequence"),
            Lazy(
                "dicomodel.items.scope_of_inventory_sequence_item", "ScopeOfInventorySequenceItem"
            ),
        ),
        ("TransactionUID", Attribute(0x00081195, "UI", "1", None, name="Transaction UID"), None),
        (
            "TransactionStatus",
            Attribute(
                0x00080417,
                "CS",
                "1",
                None,
                name="Transaction Status",
                enumerated=((0, ("PROCESSING", "COMPLETE", "FAILURE", "CANCELED", "PAUSED")),),
            ),
            None,
        ),
        (
            "TransactionStatusComment",
            Attribute(0x00080418, "LT", "1", None, name="Transaction Status Comment"),
            None,
        ),
        (
            "ExpirationDateTime",
            Attribute(0x00080416, "DT", "1", None, name="Expiration DateTime"),
            None,
        ),
        (
            "InventoryPurpose",
            Attribute(0x00080401, "LT", "1", None, name="Inventory Purpose"),
            None,
        ),
        (
            "InventoryLevel",
            Attribute(
                0x00080403,
                "CS",
                "1",
                None,
                name="Inventory Level",
                enumerated=((0, ("STUDY", "SERIES", "INSTANCE")),),
            ),
            None,
        ),
        (
            "ReferencedSOPClassUID",
            Attribute(0x00081150, "UI", "1", None, name="Referenced SOP Class UID"),
            None,
        ),
        (
            "ReferencedSOPInstanceUID",
            Attribute(0x00081155, "UI", "1", None, name="Referenced SOP Instance UID"),
            None,
        ),
        (
            "RetrieveAETitle",
            Attribute(0x00080054, "AE", "1-n", None, name="Retrieve AE Title"),
            None,
        ),
        ("RetrieveURL", Attribute(0x00081190, "UR", "1", None, name="Retrieve URL"), None),
        (
            "StoredInstanceBaseURI",
            Attribute(0x00080407, "UR", "1", None, name="Stored Instance Base URI"),
            None,
        ),
        (
            "FileAccessURI",
            Attribute(
                0x00080409,
                "UR",
                "1",
                "1C",
                name="File Access URI",
                when=("unknown", "depends on the referenced instance or item"),
            ),
            None,
        ),
        (
            "ContainerFileType",
            Attribute(
                0x0008040A,
                "CS",
                "1",
                "1C",
                name="Container File Type",
                when=("present", 0x00080409),
            ),
            None,
        ),
        (
            "FilenameInContainer",
            Attribute(
                0x0008040B,
                "UR",
                "1",
                "1C",
                name="Filename in Container",
                when=("value", 0x0008040A, 0, "in", ("ZIP", "TAR", "TARGZIP")),
            ),
            None,
        ),
        (
            "FileOffsetInContainer",
            Attribute(
                0x0008040C,
                "UV",
                "1",
                "1C",
                name="File Offset in Container",
                when=("value", 0x0008040A, 0, "in", ("BLOB",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "FileLengthInContainer",
            Attribute(
                0x0008040D,
                "UV",
                "1",
                "1C",
                name="File Length in Container",
                when=("value", 0x0008040A, 0, "in", ("BLOB",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "StoredInstanceTransferSyntaxUID",
            Attribute(
                0x0008040E,
                "UI",
                "1",
                "1C",
                name="Stored Instance Transfer Syntax UID",
                when=("present", 0x00080409),
            ),
            None,
        ),
        (
            "LossyImageCompressionRatio",
            Attribute(0x00282112, "DS", "1-n", "3", name="Lossy Image Compression Ratio"),
            None,
        ),
        (
            "MACAlgorithm",
            Attribute(
                0x04000015, "CS", "1", "1C", name="MAC Algorithm", when=("present", 0x04000404)
            ),
            None,
        ),
        ("MAC", Attribute(0x04000404, "OB", "1", "3", name="MAC"), None),
        (
            "TotalNumberOfStudyRecords",
            Attribute(0x00080428, "UV", "1", None, name="Total Number of Study Records"),
            None,
        ),
        (
            "RequestedStatusInterval",
            Attribute(0x00080414, "US", "1", None, name="Requested Status Interval"),
            None,
        ),
        (
            "RetainInstances",
            Attribute(
                0x00080415, "CS", "1", None, name="Retain Instances", enumerated=((0, ("Y", "N")),)
            ),
            None,
        ),
    ),
)
