"""Presence rules of Hierarchical Series Reference Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
HierarchicalSeriesReferenceMacro = (
    "table_C.17-3a",
    (
        (
            "SeriesInstanceUID",
            Attribute(0x0020000E, "UI", "1", "1", name="Series Instance UID"),
            None,
        ),
        (
            "RetrieveAETitle",
            Attribute(0x00080054, "AE", "1-n", "3", name="Retrieve AE Title"),
            None,
        ),
        (
            "RetrieveLocationUID",
            Attribute(0x0040E011, "UI", "1", "3", name="Retrieve Location UID"),
            None,
        ),
        ("RetrieveURL", Attribute(0x00081190, "UR", "1", "3", name="Retrieve URL"), None),
        (
            "StorageMediaFileSetID",
            Attribute(0x00880130, "SH", "1", "3", name="Storage Media File-Set ID"),
            None,
        ),
        (
            "StorageMediaFileSetUID",
            Attribute(0x00880140, "UI", "1", "3", name="Storage Media File-Set UID"),
            None,
        ),
        (
            "ReferencedSOPSequence",
            Attribute(0x00081199, "SQ", "1", "1", name="Referenced SOP Sequence"),
            Lazy(
                "dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference",
                "ReferencedSOPSequenceItemHierarchicalEvidenceReference",
            ),
        ),
    ),
)
