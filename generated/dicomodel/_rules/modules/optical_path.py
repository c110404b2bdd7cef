"""Presence rules of Optical Path Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OpticalPathModule = (
    "table_C.8.12.5-1",
    (
        (
            "NumberOfOpticalPaths",
            Attribute(
                0x00480302,
                "UL",
                "1",
                "1C",
                name="Number of Optical Paths",
                when=(
                    "and",
                    ("present", 0x00209311),
                    ("value", 0x00209311, 0, "in", ("TILED_FULL",)),
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "OpticalPathSequence",
            Attribute(0x00480105, "SQ", "1", "1", name="Optical Path Sequence"),
            Lazy("dicomodel.items.optical_path_sequence_item", "OpticalPathSequenceItem"),
        ),
    ),
)
