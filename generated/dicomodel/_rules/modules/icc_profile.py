"""Presence rules of ICC Profile Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ICCProfileModule = (
    "table_C.11.15-1",
    (
        ("ICCProfile", Attribute(0x00282000, "OB", "1", "1", name="ICC Profile"), None),
        ("ColorSpace", Attribute(0x00282002, "CS", "1", "3", name="Color Space"), None),
    ),
)
