"""Presence rules of Robotic-Arm Delivery Device Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RoboticArmDeliveryDeviceModule = (
    "table_C.36.18-1",
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
            "NumberOfRTBeamLimitingDevices",
            Attribute(
                0x300A0641,
                "US",
                "1",
                "1C",
                name="Number of RT Beam Limiting Devices",
                when=("value", 0x300A0638, 0, "in", ("FULL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "RTBeamLimitingDeviceDefinitionSequence",
            Attribute(
                0x300A064D,
                "SQ",
                "1",
                "1C",
                name="RT Beam Limiting Device Definition Sequence",
                when=("and", ("present", 0x300A0641), ("compare", 0x300A0641, 1, "!=", 0)),
            ),
            Lazy(
                "dicomodel.items.rt_beam_limiting_device_definition_item",
                "RTBeamLimitingDeviceDefinitionItem",
            ),
        ),
        (
            "NumberOfRTAccessoryHolders",
            Attribute(
                0x300A0670,
                "US",
                "1",
                "1C",
                name="Number of RT Accessory Holders",
                when=("value", 0x300A0638, 0, "in", ("FULL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "RTAccessoryHolderDefinitionSequence",
            Attribute(
                0x300A0614,
                "SQ",
                "1",
                "1C",
                name="RT Accessory Holder Definition Sequence",
                when=("and", ("present", 0x300A0670), ("compare", 0x300A0670, 1, "!=", 0)),
            ),
            Lazy(
                "dicomodel.items.rt_accessory_holder_definition_sequence_item",
                "RTAccessoryHolderDefinitionSequenceItem",
            ),
        ),
    ),
)
