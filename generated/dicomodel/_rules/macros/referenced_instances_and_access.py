"""Presence rules of Referenced Instances and Access Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ReferencedInstancesAndAccessMacro = (
    "table_10-3b",
    (
        ("TypeOfInstances", Attribute(0x0040E020, "CS", "1", "1", name="Type of Instances"), None),
        (
            "StudyInstanceUID",
            Attribute(
                0x0020000D,
                "UI",
                "1",
                "1C",
                name="Study Instance UID",
                when=(
                    "and",
                    ("value", 0x0040E020, 0, "in", ("DICOM",)),
                    ("unknown", "depends on the referenced instance or item"),
                ),
            ),
            None,
        ),
        (
            "SeriesInstanceUID",
            Attribute(
                0x0020000E,
                "UI",
                "1",
                "1C",
                name="Series Instance UID",
                when=(
                    "and",
                    ("value", 0x0040E020, 0, "in", ("DICOM",)),
                    ("unknown", "depends on the referenced instance or item"),
                ),
            ),
            None,
        ),
        (
            "ReferencedSOPSequence",
            Attribute(0x00081199, "SQ", "1", "1", name="Referenced SOP Sequence"),
            Lazy(
                "dicomodel.items.referenced_sop_sequence_item_referenced_instances_and_access",
                "ReferencedSOPSequenceItemReferencedInstancesAndAccess",
            ),
        ),
        (
            "DICOMRetrievalSequence",
            Attribute(
                0x0040E021,
                "SQ",
                "1",
                "1C",
                name="DICOM Retrieval Sequence",
                when=(
                    "and",
                    ("not", ("present", 0x0040E022)),
                    ("not", ("present", 0x0040E023)),
                    ("not", ("present", 0x0040E025)),
                    ("not", ("present", 0x0040E024)),
                ),
                otherwise="may",
            ),
            Lazy("dicomodel.items.dicom_retrieval_sequence_item", "DICOMRetrievalSequenceItem"),
        ),
        (
            "DICOMMediaRetrievalSequence",
            Attribute(
                0x0040E022,
                "SQ",
                "1",
                "1C",
                name="DICOM Media Retrieval Sequence",
                when=(
                    "and",
                    ("not", ("present", 0x0040E021)),
                    ("not", ("present", 0x0040E023)),
                    ("not", ("present", 0x0040E025)),
                    ("not", ("present", 0x0040E024)),
                ),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.dicom_media_retrieval_sequence_item",
                "DICOMMediaRetrievalSequenceItem",
            ),
        ),
        (
            "WADORetrievalSequence",
            Attribute(
                0x0040E023,
                "SQ",
                "1",
                "1C",
                name="WADO Retrieval Sequence",
                when=(
                    "and",
                    ("not", ("present", 0x0040E021)),
                    ("not", ("present", 0x0040E022)),
                    ("not", ("present", 0x0040E025)),
                    ("not", ("present", 0x0040E024)),
                ),
                otherwise="may",
            ),
            Lazy("dicomodel.items.wado_retrieval_sequence_item", "WADORetrievalSequenceItem"),
        ),
        (
            "XDSRetrievalSequence",
            Attribute(
                0x0040E024,
                "SQ",
                "1",
                "1C",
                name="XDS Retrieval Sequence",
                when=(
                    "and",
                    ("not", ("present", 0x0040E021)),
                    ("not", ("present", 0x0040E022)),
                    ("not", ("present", 0x0040E025)),
                    ("not", ("present", 0x0040E023)),
                ),
                otherwise="may",
            ),
            Lazy("dicomodel.items.xds_retrieval_sequence_item", "XDSRetrievalSequenceItem"),
        ),
        (
            "WADORSRetrievalSequence",
            Attribute(
                0x0040E025,
                "SQ",
                "1",
                "1C",
                name="WADO-RS Retrieval Sequence",
                when=(
                    "and",
                    ("not", ("present", 0x0040E021)),
                    ("not", ("present", 0x0040E022)),
                    ("not", ("present", 0x0040E023)),
                    ("not", ("present", 0x0040E024)),
                ),
                otherwise="may",
            ),
            Lazy("dicomodel.items.wadors_retrieval_sequence_item", "WADORSRetrievalSequenceItem"),
        ),
    ),
)
