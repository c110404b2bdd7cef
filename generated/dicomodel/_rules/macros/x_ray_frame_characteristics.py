"""Presence rules of X-Ray Frame Characteristics Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayFrameCharacteristicsMacro = (
    "table_C.8.19.6-1",
    (
        (
            "XAXRFFrameCharacteristicsSequence",
            Attribute(0x00189412, "SQ", "1", "1", name="XA/XRF Frame Characteristics Sequence"),
            Lazy(
                "dicomodel.items.xaxrf_frame_characteristics_sequence_item",
                "XAXRFFrameCharacteristicsSequenceItem",
            ),
        ),
    ),
)
