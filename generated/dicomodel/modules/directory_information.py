"""Directory Information Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.directory_record_sequence_item import (
        DirectoryRecordSequenceItem as _DirectoryRecordSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DirectoryRecordSequenceItem = Lazy(
        "dicomodel.items.directory_record_sequence_item", "DirectoryRecordSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.directory_record_type import DirectoryRecordType as DirectoryRecordType
    from dicomodel.items.directory_record_sequence_item import (
        DirectoryRecordSequenceItem as DirectoryRecordSequenceItem,
    )

__all__ = [
    "DirectoryInformationModule",
    "DirectoryRecordSequenceItem",
    "DirectoryRecordType",
]


class DirectoryInformationModule(DicomModel):
    """Directory Information Module Attributes (PS3.3 Table F.3-3)."""

    dicom_name: ClassVar[str] = "Directory Information"
    dicom_table: ClassVar[str] = "table_F.3-3"

    OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity: Annotated[
        vr.UL,
        Attribute(
            0x00041200,
            "UL",
            "1",
            "1",
            name="Offset of the First Directory Record of the Root Directory Entity",
        ),
    ]
    """Offset of the First Directory Record of the Root Directory Entity (0004,1200): Type 1, VR UL, VM 1. Offset of the first byte (of the Item Data Element) of the first Directory Record of the Root Directory Entity. This Offset is a number of bytes starting with the first byte of the File Meta Information."""

    OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity: Annotated[
        vr.UL,
        Attribute(
            0x00041202,
            "UL",
            "1",
            "1",
            name="Offset of the Last Directory Record of the Root Directory Entity",
        ),
    ]
    """Offset of the Last Directory Record of the Root Directory Entity (0004,1202): Type 1, VR UL, VM 1. Offset of the first byte (of the Item Data Element) of the last Directory Record of the Root Directory Entity. This Offset is a number of bytes starting with the first byte of the File Meta Information."""

    FileSetConsistencyFlag: Annotated[
        vr.US,
        Attribute(
            0x00041212,
            "US",
            "1",
            "1",
            name="File-set Consistency Flag",
            enumerated=((0, ("0000H",)),),
        ),
    ]
    """File-set Consistency Flag (0004,1212): Type 1, VR US, VM 1. Enumerated Values: 0000H no known inconsistencies The value FFFFH shall never be present. Formerly, this Attribute was intended to signal that the directory was in an inconsistent state with a value of FFFFH. This usage has been retired."""

    DirectoryRecordSequence: Annotated[
        list[_DirectoryRecordSequenceItem] | None,
        Attribute(0x00041220, "SQ", "1", "2", name="Directory Record Sequence"),
    ]
    """Directory Record Sequence (0004,1220): Type 2, VR SQ, VM 1. Sequence of zero or more Items where each Item contains a Directory Record by including the Directory Elements from (0004,1400) to (0004,1511) and Record selection Keys as defined below (marked with a >)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DirectoryRecordSequenceItem": (
        "dicomodel.items.directory_record_sequence_item",
        "DirectoryRecordSequenceItem",
    ),
    "DirectoryRecordType": ("dicomodel.enums.directory_record_type", "DirectoryRecordType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
