"""Presence rules of RT Beam Limiting Device Opening Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTBeamLimitingDeviceOpeningMacro = (
    "table_C.36.2.2.9-1",
    (
        (
            "NumberOfRTBeamLimitingDeviceOpenings",
            Attribute(
                0x300A0657,
                "US",
                "1",
                "1C",
                name="Number of RT Beam Limiting Device Openings",
                when=("and", ("present", 0x300A0641), ("compare", 0x300A0641, 1, "!=", 0)),
            ),
            None,
        ),
        (
            "RTBeamLimitingDeviceOpeningSequence",
            Attribute(
                0x300A0656,
                "SQ",
                "1",
                "1C",
                name="RT Beam Limiting Device Opening Sequence",
                when=(
                    "and",
                    ("present", 0x300A0657),
                    ("compare", 0x300A0657, 1, "!=", 0),
                    (
                        "or",
                        ("compare", 0x300A0600, 1, "==", 1),
                        (
                            "unknown",
                            "depends on whether the value differs from the one of the previous RT Control Point (PS3.3 C.36.2.2.5.1.1)",
                        ),
                    ),
                ),
            ),
            Lazy(
                "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
                "RTBeamLimitingDeviceOpeningDefinitionItem",
            ),
        ),
    ),
)
