"""Presence rules of Storage Commitment Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
StorageCommitmentModule = (
    "table_C.14-1",
    (
        ("TransactionUID", Attribute(0x00081195, "UI", "1", None, name="Transaction UID"), None),
        (
            "RetrieveAETitle",
            Attribute(0x00080054, "AE", "1-n", None, name="Retrieve AE Title"),
            None,
        ),
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
        (
            "ReferencedSOPSequence",
            Attribute(0x00081199, "SQ", "1", None, name="Referenced SOP Sequence"),
            Lazy(
                "dicomodel.items.referenced_sop_sequence_item_storage_commitment",
                "ReferencedSOPSequenceItemStorageCommitment",
            ),
        ),
        (
            "FailedSOPSequence",
            Attribute(0x00081198, "SQ", "1", None, name="Failed SOP Sequence"),
            Lazy("dicomodel.items.failed_sop_sequence_item", "FailedSOPSequenceItem"),
        ),
    ),
)
