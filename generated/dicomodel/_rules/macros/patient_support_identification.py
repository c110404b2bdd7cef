"""Presence rules of Patient Support Identification Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PatientSupportIdentificationMacro = (
    "table_C.8.8.28-1",
    (
        (
            "PatientSupportType",
            Attribute(0x300A0350, "CS", "1", "1", name="Patient Support Type"),
            None,
        ),
        (
            "PatientSupportID",
            Attribute(0x300A0352, "SH", "1", "3", name="Patient Support ID"),
            None,
        ),
        (
            "PatientSupportAccessoryCode",
            Attribute(0x300A0354, "LO", "1", "3", name="Patient Support Accessory Code"),
            None,
        ),
    ),
)
