"""Presence rules of Multi-Resolution Pyramid Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MultiResolutionPyramidModule = (
    "table_C.7.11.1-1",
    (
        ("PyramidUID", Attribute(0x00080019, "UI", "1", "1", name="Pyramid UID"), None),
        ("PyramidLabel", Attribute(0x00200027, "LO", "1", "3", name="Pyramid Label"), None),
        (
            "PyramidDescription",
            Attribute(0x00081088, "LO", "1", "3", name="Pyramid Description"),
            None,
        ),
    ),
)
