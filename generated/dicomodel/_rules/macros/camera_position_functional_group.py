"""Presence rules of Camera Position Functional Group Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CameraPositionFunctionalGroupMacro = (
    "table_C.7.6.16.2.28-1",
    (
        (
            "CameraPositionGroupSequence",
            Attribute(0x0034000B, "SQ", "1", "1", name="Camera Position Group Sequence"),
            Lazy(
                "dicomodel.items.camera_position_group_sequence_item",
                "CameraPositionGroupSequenceItem",
            ),
        ),
    ),
)
