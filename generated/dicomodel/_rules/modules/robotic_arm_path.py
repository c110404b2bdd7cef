"""Presence rules of Robotic-Arm Path Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RoboticArmPathModule = (
    "table_C.36.19-1",
    (
        (
            "RoboticPathNodeSetCodeSequence",
            Attribute(
                0x30100091,
                "SQ",
                "1",
                "1C",
                name="Robotic Path Node Set Code Sequence",
                when=("value", 0x300A0639, 0, "in", ("NO",)),
                otherwise="may",
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "NumberOfRTControlPoints",
            Attribute(0x300A0604, "US", "1", "1", name="Number of RT Control Points"),
            None,
        ),
        (
            "RoboticPathControlPointSequence",
            Attribute(0x30100097, "SQ", "1", "1", name="Robotic Path Control Point Sequence"),
            Lazy(
                "dicomodel.items.robotic_path_control_point_sequence_item",
                "RoboticPathControlPointSequenceItem",
            ),
        ),
    ),
)
