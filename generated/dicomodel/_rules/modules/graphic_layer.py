"""Presence rules of Graphic Layer Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
GraphicLayerModule = (
    "table_C.10-7",
    (
        (
            "GraphicLayerSequence",
            Attribute(0x00700060, "SQ", "1", "1", name="Graphic Layer Sequence"),
            Lazy("dicomodel.items.graphic_layer_sequence_item", "GraphicLayerSequenceItem"),
        ),
    ),
)
