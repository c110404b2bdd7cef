"""Presence rules of RT Beam Limiting Device Opening Sequence Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTBeamLimitingDeviceOpeningSequenceMacro = (
    "table_C.36.2.2.21-1",
    (
        (
            "RTBeamLimitingDeviceOpeningSequence",
            Attribute(
                0x300A0656,
                "SQ",
                "1",
                "1C",
                name="RT Beam Limiting Device Opening Sequence",
                when=("and", ("present", 0x300A0641), ("compare", 0x300A0641, 1, "!=", 0)),
            ),
            Lazy(
                "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
                "RTBeamLimitingDeviceOpeningDefinitionItem",
            ),
        ),
    ),
)
