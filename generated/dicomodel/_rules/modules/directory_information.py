"""Presence rules of Directory Information Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
DirectoryInformationModule = (
    "table_F.3-3",
    (
        (
            "OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity",
            Attribute(
                0x00041200,
                "UL",
                "1",
                "1",
                name="Offset of the First Directory Record of the Root Directory Entity",
            ),
            None,
        ),
        (
            "OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity",
            Attribute(
                0x00041202,
                "UL",
                "1",
                "1",
                name="Offset of the Last Directory Record of the Root Directory Entity",
            ),
            None,
        ),
        (
            "FileSetConsistencyFlag",
            Attribute(
                0x00041212,
                "US",
                "1",
                "1",
                name="File-set Consistency Flag",
                enumerated=((0, ("0000H",)),),
            ),
            None,
        ),
        (
            "DirectoryRecordSequence",
            Attribute(0x00041220, "SQ", "1", "2", name="Directory Record Sequence"),
            Lazy("dicomodel.items.directory_record_sequence_item", "DirectoryRecordSequenceItem"),
        ),
    ),
)
