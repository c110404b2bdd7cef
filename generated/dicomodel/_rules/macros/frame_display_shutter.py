"""Presence rules of Frame Display Shutter Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
FrameDisplayShutterMacro = (
    "table_C.7.6.16-17",
    (
        (
            "FrameDisplayShutterSequence",
            Attribute(0x00189472, "SQ", "1", "1", name="Frame Display Shutter Sequence"),
            Lazy("dicomodel.items.display_shutter_item", "DisplayShutterItem"),
        ),
    ),
)
