"""Presence rules of Frame VOI LUT with LUT Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
FrameVOILUTWithLUTMacro = (
    "table_C.7.6.16-11b",
    (
        (
            "FrameVOILUTSequence",
            Attribute(0x00289132, "SQ", "1", "1", name="Frame VOI LUT Sequence"),
            Lazy("dicomodel.items.voilut_item", "VOILUTItem"),
        ),
    ),
)
