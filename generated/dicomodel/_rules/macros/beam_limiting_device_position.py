"""Presence rules of Beam Limiting Device Position Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
BeamLimitingDevicePositionMacro = (
    "table_C.8.8.27-1",
    (
        (
            "BeamLimitingDevicePositionSequence",
            Attribute(
                0x300A011A,
                "SQ",
                "1",
                "1C",
                name="Beam Limiting Device Position Sequence",
                when=(
                    "unknown",
                    "condition not read: not understood: 'for first Item of the including control point Sequence ( either Ion Control Point Sequence (300A,03A8)' (in 'Required if Ion Beam Limiting Device Sequence (300A,03A4) or Beam Limiting Device Leaf Pairs Sequence (3008,00A0) is included in this SOP Instance and for first Item of the including control point Sequence ( either Ion Control Point Sequence (300A,03A8) or Ion Control Point Delivery Sequence (3008,0041) ) , or if any value of Leaf/Jaw Positions (300A,011C) changes during the Beam')",
                ),
            ),
            Lazy(
                "dicomodel.items.beam_limiting_device_position_sequence_item",
                "BeamLimitingDevicePositionSequenceItem",
            ),
        ),
    ),
)
