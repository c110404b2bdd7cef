"""Presence rules of RT Radiation Salvage Record Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTRadiationSalvageRecordModule = (
    "table_C.36.23-1",
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
        (
            "StartingMetersetValueKnownFlag",
            Attribute(
                0x300A0723,
                "CS",
                "1",
                "1",
                name="Starting Meterset Value Known Flag",
                enumerated=((0, ("NO", "YES")),),
            ),
            None,
        ),
        (
            "NumberOfRTControlPoints",
            Attribute(0x300A0604, "US", "1", "1", name="Number of RT Control Points"),
            None,
        ),
        (
            "RTRadiationSalvageRecordControlPointSequence",
            Attribute(
                0x300A0722,
                "SQ",
                "1",
                "1",
                name="RT Radiation Salvage Record Control Point Sequence",
            ),
            Lazy(
                "dicomodel.items.rt_radiation_salvage_record_control_point_sequence_item",
                "RTRadiationSalvageRecordControlPointSequenceItem",
            ),
        ),
    ),
)
