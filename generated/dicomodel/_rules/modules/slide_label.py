"""Presence rules of Slide Label Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SlideLabelModule = (
    "table_C.8.12.8-1",
    (
        ("BarcodeValue", Attribute(0x22000005, "LT", "1", "2", name="Barcode Value"), None),
        ("LabelText", Attribute(0x22000002, "UT", "1", "2", name="Label Text"), None),
    ),
)
