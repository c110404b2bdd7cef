"""Presence rules of Luminance Result Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
LuminanceResultMacro = (
    "table_C.32.3.4-1",
    (
        (
            "NumberOfLuminancePoints",
            Attribute(0x0028701B, "US", "1", None, name="Number of Luminance Points"),
            None,
        ),
        (
            "LuminanceResponseSequence",
            Attribute(0x0028701C, "SQ", "1", None, name="Luminance Response Sequence"),
            Lazy(
                "dicomodel.items.luminance_response_sequence_item_luminance_result",
                "LuminanceResponseSequenceItemLuminanceResult",
            ),
        ),
        (
            "ReflectedAmbientLight",
            Attribute(0x20100160, "US", "1", None, name="Reflected Ambient Light"),
            None,
        ),
        (
            "AmbientLightValueSource",
            Attribute(
                0x00287025,
                "CS",
                "1",
                None,
                name="Ambient Light Value Source",
                enumerated=((0, ("DEFAULT", "MEASURED", "PROVIDED")),),
            ),
            None,
        ),
    ),
)
