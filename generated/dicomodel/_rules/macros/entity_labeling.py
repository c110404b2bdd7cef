"""Presence rules of Entity Labeling Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
EntityLabelingMacro = (
    "table_10.31-1",
    (
        ("EntityLabel", Attribute(0x30100035, "SH", "1", "1", name="Entity Label"), None),
        ("EntityName", Attribute(0x30100036, "LO", "1", "3", name="Entity Name"), None),
        (
            "EntityDescription",
            Attribute(0x30100037, "ST", "1", "3", name="Entity Description"),
            None,
        ),
    ),
)
