"""File-Set Identification Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.specific_character_set_of_file_set_descriptor_file import (
        SpecificCharacterSetOfFileSetDescriptorFileTerm as _SpecificCharacterSetOfFileSetDescriptorFileTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _SpecificCharacterSetOfFileSetDescriptorFileTerm = Lazy(
        "dicomodel.enums.specific_character_set_of_file_set_descriptor_file",
        "SpecificCharacterSetOfFileSetDescriptorFileTerm",
    )

if TYPE_CHECKING:
    from dicomodel.enums.specific_character_set_of_file_set_descriptor_file import (
        SpecificCharacterSetOfFileSetDescriptorFileTerm as SpecificCharacterSetOfFileSetDescriptorFileTerm,
    )

__all__ = [
    "FileSetIdentificationModule",
    "SpecificCharacterSetOfFileSetDescriptorFileTerm",
]


class FileSetIdentificationModule(DicomModel):
    """File-Set Identification Module Attributes (PS3.3 Table F.3-2)."""

    dicom_name: ClassVar[str] = "File-Set Identification"
    dicom_table: ClassVar[str] = "table_F.3-2"

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


_EXPORTS: dict[str, tuple[str, str]] = {
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
