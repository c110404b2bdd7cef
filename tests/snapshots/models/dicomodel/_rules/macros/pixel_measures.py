"""Presence rules of Pixel Measures Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2099a; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PixelMeasuresMacro = (
    "table_M-1",
    (
        (
            "PixelMeasuresSequence",
            Attribute(0x00289110, "SQ", "1", "1", name="PixelMeasuresSequence"),
            Lazy("dicomodel.items.pixel_measures_sequence_item", "PixelMeasuresSequenceItem"),
        ),
    ),
)
