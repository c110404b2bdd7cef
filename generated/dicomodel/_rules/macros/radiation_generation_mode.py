"""Presence rules of Radiation Generation Mode Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RadiationGenerationModeMacro = (
    "table_C.36.2.2.7-1",
    (
        (
            "NumberOfRadiationGenerationModes",
            Attribute(
                0x300A0685,
                "US",
                "1",
                "1C",
                name="Number of Radiation Generation Modes",
                when=("value", 0x300A0638, 0, "in", ("FULL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "RadiationGenerationModeSequence",
            Attribute(
                0x300A067B,
                "SQ",
                "1",
                "1C",
                name="Radiation Generation Mode Sequence",
                when=("present", 0x300A0685),
            ),
            Lazy(
                "dicomodel.items.radiation_generation_mode_sequence_item",
                "RadiationGenerationModeSequenceItem",
            ),
        ),
    ),
)
