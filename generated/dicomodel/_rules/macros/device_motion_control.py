"""Presence rules of Device Motion Control Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
DeviceMotionControlMacro = (
    "table_10-28",
    (
        (
            "DeviceMotionControlSequence",
            Attribute(0x300A0450, "SQ", "1", "3", name="Device Motion Control Sequence"),
            Lazy(
                "dicomodel.items.device_motion_control_sequence_item",
                "DeviceMotionControlSequenceItem",
            ),
        ),
    ),
)
