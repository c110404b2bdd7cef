"""Presence rules of Ophthalmic Frame Location Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OphthalmicFrameLocationMacro = (
    "table_C.8.17.10-1",
    (
        (
            "OphthalmicFrameLocationSequence",
            Attribute(0x00220031, "SQ", "1", "1", name="Ophthalmic Frame Location Sequence"),
            Lazy(
                "dicomodel.items.ophthalmic_frame_location_sequence_item",
                "OphthalmicFrameLocationSequenceItem",
            ),
        ),
    ),
)
