"""Presence rules of Volume Cropping Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VolumeCroppingModule = (
    "table_C.11.24-1",
    (
        (
            "VolumeCroppingSequence",
            Attribute(0x00701301, "SQ", "1", "1", name="Volume Cropping Sequence"),
            Lazy("dicomodel.items.volume_cropping_sequence_item", "VolumeCroppingSequenceItem"),
        ),
    ),
)
