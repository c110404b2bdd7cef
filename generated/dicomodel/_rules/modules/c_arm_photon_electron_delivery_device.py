"""Presence rules of C-Arm Photon-Electron Delivery Device Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CArmPhotonElectronDeliveryDeviceModule = (
    "table_C.36.14-1",
    (
        (
            "RadiationSourceAxisDistance",
            Attribute(0x300A0640, "FD", "1", "1", name="Radiation Source-Axis Distance"),
            None,
        ),
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
            "NumberOfWedges",
            Attribute(
                0x300A00D0,
                "IS",
                "1",
                "1C",
                name="Number of Wedges",
                when=("value", 0x300A0638, 0, "in", ("FULL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "WedgeDefinitionSequence",
            Attribute(
                0x300A0651,
                "SQ",
                "1",
                "1C",
                name="Wedge Definition Sequence",
                when=("and", ("present", 0x300A00D0), ("compare", 0x300A00D0, 1, "!=", 0)),
            ),
            Lazy("dicomodel.items.wedge_definition_sequence_item", "WedgeDefinitionSequenceItem"),
        ),
        (
            "NumberOfCompensators",
            Attribute(
                0x300A00E0,
                "IS",
                "1",
                "1C",
                name="Number of Compensators",
                when=("value", 0x300A0638, 0, "in", ("FULL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "CompensatorDefinitionSequence",
            Attribute(
                0x300A0662,
                "SQ",
                "1",
                "1C",
                name="Compensator Definition Sequence",
                when=("and", ("present", 0x300A00E0), ("compare", 0x300A00E0, 1, "!=", 0)),
            ),
            Lazy(
                "dicomodel.items.compensator_definition_sequence_item",
                "CompensatorDefinitionSequenceItem",
            ),
        ),
        (
            "NumberOfBlocks",
            Attribute(
                0x300A00F0,
                "IS",
                "1",
                "1C",
                name="Number of Blocks",
                when=("value", 0x300A0638, 0, "in", ("FULL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "BlockDefinitionSequence",
            Attribute(
                0x300A066A,
                "SQ",
                "1",
                "1C",
                name="Block Definition Sequence",
                when=("and", ("present", 0x300A00F0), ("compare", 0x300A00F0, 1, "!=", 0)),
            ),
            Lazy("dicomodel.items.block_definition_sequence_item", "BlockDefinitionSequenceItem"),
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
        (
            "NumberOfGeneralAccessories",
            Attribute(
                0x300A0672,
                "US",
                "1",
                "1C",
                name="Number of General Accessories",
                when=("value", 0x300A0638, 0, "in", ("FULL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "GeneralAccessoryDefinitionSequence",
            Attribute(
                0x300A0671,
                "SQ",
                "1",
                "1C",
                name="General Accessory Definition Sequence",
                when=("and", ("present", 0x300A0672), ("compare", 0x300A0672, 1, "!=", 0)),
            ),
            Lazy(
                "dicomodel.items.general_accessory_definition_sequence_item",
                "GeneralAccessoryDefinitionSequenceItem",
            ),
        ),
        (
            "NumberOfBoluses",
            Attribute(
                0x300A0674,
                "US",
                "1",
                "1C",
                name="Number of Boluses",
                when=("value", 0x300A0638, 0, "in", ("FULL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "BolusDefinitionSequence",
            Attribute(
                0x300A0673,
                "SQ",
                "1",
                "1C",
                name="Bolus Definition Sequence",
                when=("and", ("present", 0x300A0674), ("compare", 0x300A0674, 1, "!=", 0)),
            ),
            Lazy("dicomodel.items.bolus_definition_sequence_item", "BolusDefinitionSequenceItem"),
        ),
    ),
)
