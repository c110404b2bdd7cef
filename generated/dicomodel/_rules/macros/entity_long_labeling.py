"""Presence rules of Entity Long Labeling Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
EntityLongLabelingMacro = (
    "table_10.32-1",
    (
        ("EntityLongLabel", Attribute(0x30100038, "LO", "1", "1", name="Entity Long Label"), None),
        (
            "EntityDescription",
            Attribute(0x30100037, "ST", "1", "3", name="Entity Description"),
            None,
        ),
    ),
)
