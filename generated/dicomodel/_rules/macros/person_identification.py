"""Presence rules of Person Identification Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PersonIdentificationMacro = (
    "table_10-1",
    (
        (
            "PersonIdentificationCodeSequence",
            Attribute(0x00401101, "SQ", "1", "1", name="Person Identification Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("PersonAddress", Attribute(0x00401102, "ST", "1", "3", name="Person's Address"), None),
        (
            "PersonTelephoneNumbers",
            Attribute(0x00401103, "LO", "1-n", "3", name="Person's Telephone Numbers"),
            None,
        ),
        (
            "PersonTelecomInformation",
            Attribute(0x00401104, "LT", "1", "3", name="Person's Telecom Information"),
            None,
        ),
        (
            "InstitutionName",
            Attribute(
                0x00080080,
                "LO",
                "1",
                "1C",
                name="Institution Name",
                when=("not", ("present", 0x00080082)),
                otherwise="may",
            ),
            None,
        ),
        (
            "InstitutionAddress",
            Attribute(0x00080081, "ST", "1", "3", name="Institution Address"),
            None,
        ),
        (
            "InstitutionCodeSequence",
            Attribute(
                0x00080082,
                "SQ",
                "1",
                "1C",
                name="Institution Code Sequence",
                when=("not", ("present", 0x00080080)),
                otherwise="may",
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "InstitutionalDepartmentName",
            Attribute(0x00081040, "LO", "1", "3", name="Institutional Department Name"),
            None,
        ),
        (
            "InstitutionalDepartmentTypeCodeSequence",
            Attribute(
                0x00081041, "SQ", "1", "3", name="Institutional Department Type Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
    ),
)
