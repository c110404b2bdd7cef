"""Item class DirectoryRecordSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.directory_record_type import (
        DirectoryRecordTypeValue as _DirectoryRecordTypeValue,
    )
else:
    from dicomodel.lazy import Lazy

    _DirectoryRecordTypeValue = Lazy(
        "dicomodel.enums.directory_record_type", "DirectoryRecordTypeValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.directory_record_type import DirectoryRecordType as DirectoryRecordType

__all__ = [
    "DirectoryRecordSequenceItem",
    "DirectoryRecordType",
]


class DirectoryRecordSequenceItem(DicomModel):
    """An item of Directory Record Sequence (0004,1220), as first defined in Directory Information Module Attributes (F.3-3)."""

    dicom_name: ClassVar[str] = "Directory Record Sequence"
    dicom_table: ClassVar[str] = "table_F.3-3"

    OffsetOfTheNextDirectoryRecord: Annotated[
        vr.UL, Attribute(0x00041400, "UL", "1", "1", name="Offset of the Next Directory Record")
    ]
    """Offset of the Next Directory Record (0004,1400): Type 1, VR UL, VM 1. Offset of the first byte (of the Item Data Element) of the next Directory Record of the same Directory Entity. This Offset is an unsigned integer representing a number of bytes starting with the first byte of the File Meta-information."""

    RecordInUseFlag: Annotated[
        vr.US,
        Attribute(
            0x00041410, "US", "1", "1", name="Record In-use Flag", enumerated=((0, ("FFFFH",)),)
        ),
    ]
    """Record In-use Flag (0004,1410): Type 1, VR US, VM 1. Enumerated Values: FFFFH record is in use. The value 0000H shall never be present. Formerly, this Attribute was intended to facilitate the deletion of files, with a value 0000H signally an inactive record. This usage has been retired."""

    OffsetOfReferencedLowerLevelDirectoryEntity: Annotated[
        vr.UL,
        Attribute(
            0x00041420, "UL", "1", "1", name="Offset of Referenced Lower-Level Directory Entity"
        ),
    ]
    """Offset of Referenced Lower-Level Directory Entity (0004,1420): Type 1, VR UL, VM 1. Offset of the first byte (of the Item Data Element) of the first Directory Record of the Referenced Lower Level Directory Entity. This Offset is a number of bytes starting with the first byte of the File Meta Information."""

    DirectoryRecordType: Annotated[
        _DirectoryRecordTypeValue,
        Attribute(
            0x00041430,
            "CS",
            "1",
            "1",
            name="Directory Record Type",
            enumerated=(
                (
                    0,
                    (
                        "PATIENT",
                        "STUDY",
                        "SERIES",
                        "IMAGE",
                        "RADIOTHERAPY",
                        "RT DOSE",
                        "RT STRUCTURE SET",
                        "RT PLAN",
                        "PLAN",
                        "RT TREAT RECORD",
                        "PRESENTATION",
                        "WAVEFORM",
                        "SR DOCUMENT",
                        "KEY OBJECT DOC",
                        "SPECTROSCOPY",
                        "RAW DATA",
                        "REGISTRATION",
                        "FIDUCIAL",
                        "HANGING PROTOCOL",
                        "ENCAP DOC",
                        "VALUE MAP",
                        "STEREOMETRIC",
                        "PALETTE",
                        "IMPLANT",
                        "IMPLANT GROUP",
                        "IMPLANT ASSY",
                        "MEASUREMENT",
                        "SURFACE",
                        "SURFACE SCAN",
                        "TRACT",
                        "ASSESSMENT",
                        "ANNOTATION",
                        "INVENTORY",
                        "PRIVATE",
                    ),
                ),
            ),
        ),
    ]
    """Directory Record Type (0004,1430): Type 1, VR CS, VM 1. Defines a specialized type of Directory Record by reference to its position in the Media Storage Directory Information Model (see Section F.4)."""

    PrivateRecordUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00041432,
            "UI",
            "1",
            "1C",
            name="Private Record UID",
            when=("value", 0x00041430, 0, "in", ("PRIVATE",)),
        ),
    ] = None
    """Private Record UID (0004,1432): Type 1C, VR UI, VM 1. Required if the Directory Record Type (0004,1430) is of Value PRIVATE. Required if the Directory Record Type (0004,1430) is of Value PRIVATE. This UID is used to define a non-standard type of Directory Record by reference to its position in a private extension to the Basic Directory IOD Information Model (see..."""

    ReferencedFileID: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00041500,
            "CS",
            "1-8",
            "1C",
            name="Referenced File ID",
            when=(
                "unknown",
                "condition not read: sentence not understood: 'When the Directory Record does not reference any SOP Instance this Attribute shall not be present'",
            ),
        ),
    ] = None
    """Referenced File ID (0004,1500): Type 1C, VR CS, VM 1-8. When the Directory Record does not reference any SOP Instance this Attribute shall not be present. A Multiple Value (see PS3.5) that represents the ordered components of the File ID containing a \"referenced object\" or Referenced SOP Instance. A maximum of 8 components, each from 1 to 8 characters shall be used (see Section 8.2)."""

    ReferencedSOPClassUIDInFile: Annotated[
        vr.UI | None,
        Attribute(
            0x00041510,
            "UI",
            "1",
            "1C",
            name="Referenced SOP Class UID in File",
            when=("unknown", "names no attribute: the Directory Record references a SOP Instance"),
        ),
    ] = None
    """Referenced SOP Class UID in File (0004,1510): Type 1C, VR UI, VM 1. Required if the Directory Record references a SOP Instance. Unique ID for the SOP Class of the Instance stored in the referenced File. Required if the Directory Record references a SOP Instance."""

    ReferencedSOPInstanceUIDInFile: Annotated[
        vr.UI | None,
        Attribute(
            0x00041511,
            "UI",
            "1",
            "1C",
            name="Referenced SOP Instance UID in File",
            when=("unknown", "names no attribute: the Directory Record references a SOP Instance"),
        ),
    ] = None
    """Referenced SOP Instance UID in File (0004,1511): Type 1C, VR UI, VM 1. Required if the Directory Record references a SOP Instance. Unique Identifier for the SOP Instance stored in the referenced file. Required if the Directory Record references a SOP Instance."""

    ReferencedTransferSyntaxUIDInFile: Annotated[
        vr.UI | None,
        Attribute(
            0x00041512,
            "UI",
            "1",
            "1C",
            name="Referenced Transfer Syntax UID in File",
            when=("unknown", "names no attribute: the Directory Record references a SOP Instance"),
        ),
    ] = None
    """Referenced Transfer Syntax UID in File (0004,1512): Type 1C, VR UI, VM 1. Required if the Directory Record references a SOP Instance. Unique Identifier for the Transfer Syntax used to encode the Instance stored in the referenced file. Required if the Directory Record references a SOP Instance."""

    ReferencedRelatedGeneralSOPClassUIDInFile: Annotated[
        list[vr.UI] | None,
        Attribute(
            0x0004151A,
            "UI",
            "1-n",
            "1C",
            name="Referenced Related General SOP Class UID in File",
            when=("unknown", "depends on the referenced instance or item"),
        ),
    ] = None
    """Referenced Related General SOP Class UID in File (0004,151A): Type 1C, VR UI, VM 1-n. Required if the Directory Record references a SOP Instance that encodes the Related General SOP Class UID (0008,001A). Unique ID for the Related General SOP Class(es) related to the SOP Class of the Instance stored in the referenced file. Required if the Directory Record references a SOP Instance that encodes the Related General SOP Class UID (0008,001A)."""


_EXPORTS: dict[str, tuple[str, str]] = {
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
