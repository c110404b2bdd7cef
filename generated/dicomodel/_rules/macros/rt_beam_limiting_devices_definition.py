"""Presence rules of RT Beam Limiting Devices Definition Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTBeamLimitingDevicesDefinitionMacro = (
    "table_C.36.2.2.8-1",
    (
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
    ),
)
