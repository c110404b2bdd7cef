"""Presence rules of Timezone Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
TimezoneModule = (
    "table_C.12.5-1",
    (
        (
            "TimezoneOffsetFromUTC",
            Attribute(0x00080201, "SH", "1", "1", name="Timezone Offset From UTC"),
            None,
        ),
    ),
)
