"""Basic Directory IOD.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel, ModuleUsage

if TYPE_CHECKING:
    from dicomodel.enums.specific_character_set_of_file_set_descriptor_file import (
        SpecificCharacterSetOfFileSetDescriptorFileTerm as _SpecificCharacterSetOfFileSetDescriptorFileTerm,
    )
    from dicomodel.items.directory_record_sequence_item import (
        DirectoryRecordSequenceItem as _DirectoryRecordSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DirectoryRecordSequenceItem = Lazy(
        "dicomodel.items.directory_record_sequence_item", "DirectoryRecordSequenceItem"
    )
    _SpecificCharacterSetOfFileSetDescriptorFileTerm = Lazy(
        "dicomodel.enums.specific_character_set_of_file_set_descriptor_file",
        "SpecificCharacterSetOfFileSetDescriptorFileTerm",
    )

if TYPE_CHECKING:
    from dicomodel.enums.directory_record_type import DirectoryRecordType as DirectoryRecordType
    from dicomodel.enums.specific_character_set_of_file_set_descriptor_file import (
        SpecificCharacterSetOfFileSetDescriptorFileTerm as SpecificCharacterSetOfFileSetDescriptorFileTerm,
    )
    from dicomodel.items.directory_record_sequence_item import (
        DirectoryRecordSequenceItem as DirectoryRecordSequenceItem,
    )

__all__ = [
    "BasicDirectory",
    "DirectoryRecordSequenceItem",
    "DirectoryRecordType",
    "SpecificCharacterSetOfFileSetDescriptorFileTerm",
]


class BasicDirectory(DicomModel):
    """Basic Directory IOD (PS3.3 Table F.3-1): its modules' attributes, flat."""

    dicom_name: ClassVar[str] = "Basic Directory"
    dicom_table: ClassVar[str] = "table_F.3-1"
    dicom_modules: ClassVar[tuple[ModuleUsage, ...]] = (
        ModuleUsage(
            "File-set Identification",
            "dicomodel.modules.file_set_identification:FileSetIdentificationModule",
            "M",
        ),
        ModuleUsage(
            "Directory Information",
            "dicomodel.modules.directory_information:DirectoryInformationModule",
            "U",
        ),
    )

    FileSetID: Annotated[vr.CS | None, Attribute(0x00041130, "CS", "1", "2", name="File-set ID")]
    """File-set ID (0004,1130): Type 2, VR CS, VM 1. User or implementation specific Identifier (up to 16 characters). For definition, see PS3.10. The File-set ID is intended to be a short human readable label to easily (but not necessarily uniquely) identify a specific File-set to facilitate..."""

    FileSetDescriptorFileID: Annotated[
        list[vr.CS] | None,
        Attribute(0x00041141, "CS", "1-8", "3", name="File-set Descriptor File ID"),
    ] = None
    """File-set Descriptor File ID (0004,1141): Type 3, VR CS, VM 1-8. ID of a File (in the same File-set) used for user comments related to the File-set (e.g., a README file). The Specific Character set used may be specified in the Specific Character Set of the File-set Descriptor File (0004,1142)."""

    SpecificCharacterSetOfFileSetDescriptorFile: Annotated[
        _SpecificCharacterSetOfFileSetDescriptorFileTerm | vr.CS | None,
        Attribute(
            0x00041142,
            "CS",
            "1",
            "1C",
            name="Specific Character Set of File-set Descriptor File",
            when=(
                "unknown",
                "condition not read: sentence not understood: 'Required to specify the expanded or replacement character set'",
            ),
        ),
    ] = None
    """Specific Character Set of File-set Descriptor File (0004,1142): Type 1C, VR CS, VM 1. Required to specify the expanded or replacement character set. Character set used in the File-set Descriptor File with a File ID as specified in File-set Descriptor File ID (0004,1141). Required to specify the expanded or replacement character set. If absent, only the Basic Graphic set is used."""

    OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity: Annotated[
        vr.UL | None,
        Attribute(
            0x00041200,
            "UL",
            "1",
            "1",
            name="Offset of the First Directory Record of the Root Directory Entity",
        ),
    ] = None
    """Offset of the First Directory Record of the Root Directory Entity (0004,1200): Type 1, VR UL, VM 1. Offset of the first byte (of the Item Data Element) of the first Directory Record of the Root Directory Entity. This Offset is a number of bytes starting with the first byte of the File Meta Information."""

    OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity: Annotated[
        vr.UL | None,
        Attribute(
            0x00041202,
            "UL",
            "1",
            "1",
            name="Offset of the Last Directory Record of the Root Directory Entity",
        ),
    ] = None
    """Offset of the Last Directory Record of the Root Directory Entity (0004,1202): Type 1, VR UL, VM 1. Offset of the first byte (of the Item Data Element) of the last Directory Record of the Root Directory Entity. This Offset is a number of bytes starting with the first byte of the File Meta Information."""

    FileSetConsistencyFlag: Annotated[
        vr.US | None,
        Attribute(
            0x00041212,
            "US",
            "1",
            "1",
            name="File-set Consistency Flag",
            enumerated=((0, ("0000H",)),),
        ),
    ] = None
    """File-set Consistency Flag (0004,1212): Type 1, VR US, VM 1. Enumerated Values: 0000H no known inconsistencies The value FFFFH shall never be present. Formerly, this Attribute was intended to signal that the directory was in an inconsistent state with a value of FFFFH. This usage has been retired."""

    DirectoryRecordSequence: Annotated[
        list[_DirectoryRecordSequenceItem] | None,
        Attribute(0x00041220, "SQ", "1", "2", name="Directory Record Sequence"),
    ] = None
    """Directory Record Sequence (0004,1220): Type 2, VR SQ, VM 1. Sequence of zero or more Items where each Item contains a Directory Record by including the Directory Elements from (0004,1400) to (0004,1511) and Record selection Keys as defined below (marked with a >)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DirectoryRecordSequenceItem": (
        "dicomodel.items.directory_record_sequence_item",
        "DirectoryRecordSequenceItem",
    ),
    "DirectoryRecordType": ("dicomodel.enums.directory_record_type", "DirectoryRecordType"),
    "SpecificCharacterSetOfFileSetDescriptorFileTerm": (
        "dicomodel.enums.specific_character_set_of_file_set_descriptor_file",
        "SpecificCharacterSetOfFileSetDescriptorFileTerm",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
