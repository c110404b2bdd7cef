"""Presence rules of Protocol Element Identification Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ProtocolElementIdentificationMacro = (
    "table_10.28-1",
    (
        (
            "ProtocolElementNumber",
            Attribute(0x00189921, "US", "1", "1", name="Protocol Element Number"),
            None,
        ),
        (
            "ProtocolElementName",
            Attribute(0x00189922, "LO", "1", "2", name="Protocol Element Name"),
            None,
        ),
        (
            "ProtocolElementPurpose",
            Attribute(0x00189924, "UT", "1", "3", name="Protocol Element Purpose"),
            None,
        ),
        (
            "ProtocolElementCharacteristicsSummary",
            Attribute(0x00189923, "UT", "1", "3", name="Protocol Element Characteristics Summary"),
            None,
        ),
    ),
)
