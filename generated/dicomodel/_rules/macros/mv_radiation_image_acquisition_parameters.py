"""Presence rules of MV Radiation Image Acquisition Parameters Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MVRadiationImageAcquisitionParametersMacro = (
    "table_C.36.2.4.7-1",
    (
        (
            "EnergyDerivationCodeSequence",
            Attribute(
                0x30020133,
                "SQ",
                "1",
                "1C",
                name="Energy Derivation Code Sequence",
                when=("not", ("present", 0x300A067B)),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "RadiationGenerationModeSequence",
            Attribute(
                0x300A067B,
                "SQ",
                "1",
                "2C",
                name="Radiation Generation Mode Sequence",
                when=("not", ("present", 0x30020133)),
            ),
            Lazy("dicomodel.items.radiation_generation_mode_item", "RadiationGenerationModeItem"),
        ),
        (
            "MaximumCumulativeMetersetExposure",
            Attribute(0x30020134, "FD", "1", "3", name="Maximum Cumulative Meterset Exposure"),
            None,
        ),
        (
            "RadiationDosimeterUnitSequence",
            Attribute(
                0x300A0658,
                "SQ",
                "1",
                "1C",
                name="Radiation Dosimeter Unit Sequence",
                when=("present", 0x30020134),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "DeliveryRate",
            Attribute(
                0x300A063D,
                "FD",
                "1",
                "2C",
                name="Delivery Rate",
                when=(
                    "unknown",
                    "names no attribute: the acquisition is not taken simultaneously during the delivery of the therapeutic radiation",
                ),
            ),
            None,
        ),
        (
            "DeliveryRateUnitSequence",
            Attribute(
                0x300A063E,
                "SQ",
                "1",
                "1C",
                name="Delivery Rate Unit Sequence",
                when=("has_value", 0x300A063D),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
    ),
)
