"""Presence rules of File-Set Identification Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
FileSetIdentificationModule = (
    "table_F.3-2",
    (
        ("FileSetID", Attribute(0x00041130, "CS", "1", "2", name="File-set ID"), None),
        (
            "FileSetDescriptorFileID",
            Attribute(0x00041141, "CS", "1-8", "3", name="File-set Descriptor File ID"),
            None,
        ),
        (
            "SpecificCharacterSetOfFileSetDescriptorFile",
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
            None,
        ),
    ),
)
