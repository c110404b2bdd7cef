"""Presence rules of Media Creation Management Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MediaCreationManagementModule = (
    "table_C.22.1-1",
    (
        (
            "StorageMediaFileSetID",
            Attribute(0x00880130, "SH", "1", None, name="Storage Media File-Set ID"),
            None,
        ),
        (
            "StorageMediaFileSetUID",
            Attribute(0x00880140, "UI", "1", None, name="Storage Media File-Set UID"),
            None,
        ),
        ("NumberOfCopies", Attribute(0x20000010, "IS", "1", None, name="Number of Copies"), None),
        (
            "RequestPriority",
            Attribute(
                0x22000020,
                "CS",
                "1",
                None,
                name="Request Priority",
                enumerated=((0, ("HIGH", "MED", "LOW")),),
            ),
            None,
        ),
        (
            "LabelUsingInformationExtractedFromInstances",
            Attribute(
                0x22000001,
                "CS",
                "1",
                None,
                name="Label Using Information Extracted From Instances",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        ("LabelText", Attribute(0x22000002, "UT", "1", None, name="Label Text"), None),
        (
            "LabelStyleSelection",
            Attribute(0x22000003, "CS", "1", None, name="Label Style Selection"),
            None,
        ),
        (
            "MediaDisposition",
            Attribute(0x22000004, "LT", "1", None, name="Media Disposition"),
            None,
        ),
        ("BarcodeValue", Attribute(0x22000005, "LT", "1", None, name="Barcode Value"), None),
        (
            "BarcodeSymbology",
            Attribute(0x22000006, "CS", "1", None, name="Barcode Symbology"),
            None,
        ),
        (
            "AllowMediaSplitting",
            Attribute(
                0x22000007,
                "CS",
                "1",
                None,
                name="Allow Media Splitting",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "AllowLossyCompression",
            Attribute(
                0x2200000F,
                "CS",
                "1",
                None,
                name="Allow Lossy Compression",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "IncludeNonDICOMObjects",
            Attribute(0x22000008, "CS", "1", None, name="Include Non-DICOM Objects"),
            None,
        ),
        (
            "IncludeDisplayApplication",
            Attribute(
                0x22000009,
                "CS",
                "1",
                None,
                name="Include Display Application",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "PreserveCompositeInstancesAfterMediaCreation",
            Attribute(
                0x2200000A,
                "CS",
                "1",
                None,
                name="Preserve Composite Instances After Media Creation",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "ReferencedSOPSequence",
            Attribute(0x00081199, "SQ", "1", None, name="Referenced SOP Sequence"),
            Lazy(
                "dicomodel.items.referenced_sop_sequence_item_media_creation_management",
                "ReferencedSOPSequenceItemMediaCreationManagement",
            ),
        ),
        (
            "ExecutionStatus",
            Attribute(
                0x21000020,
                "CS",
                "1",
                None,
                name="Execution Status",
                enumerated=((0, ("IDLE", "PENDING", "CREATING", "DONE", "FAILURE")),),
            ),
            None,
        ),
        (
            "ExecutionStatusInfo",
            Attribute(0x21000030, "CS", "1", None, name="Execution Status Info"),
            None,
        ),
        (
            "TotalNumberOfPiecesOfMediaCreated",
            Attribute(0x2200000B, "US", "1", None, name="Total Number of Pieces of Media Created"),
            None,
        ),
        (
            "FailedSOPSequence",
            Attribute(0x00081198, "SQ", "1", None, name="Failed SOP Sequence"),
            Lazy(
                "dicomodel.items.failed_sop_sequence_item_media_creation_management",
                "FailedSOPSequenceItemMediaCreationManagement",
            ),
        ),
        (
            "ReferencedStorageMediaSequence",
            Attribute(0x2200000D, "SQ", "1", None, name="Referenced Storage Media Sequence"),
            Lazy(
                "dicomodel.items.referenced_storage_media_sequence_item",
                "ReferencedStorageMediaSequenceItem",
            ),
        ),
    ),
)
