"""Presence rules of MR Spectroscopy Frame Type Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MRSpectroscopyFrameTypeMacro = (
    "table_C.8-104",
    (
        (
            "MRSpectroscopyFrameTypeSequence",
            Attribute(0x00189227, "SQ", "1", "1", name="MR Spectroscopy Frame Type Sequence"),
            Lazy(
                "dicomodel.items.mr_spectroscopy_frame_type_sequence_item",
                "MRSpectroscopyFrameTypeSequenceItem",
            ),
        ),
    ),
)
