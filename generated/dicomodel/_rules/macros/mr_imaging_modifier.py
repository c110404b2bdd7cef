"""Presence rules of MR Imaging Modifier Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MRImagingModifierMacro = (
    "table_C.8-93",
    (
        (
            "MRImagingModifierSequence",
            Attribute(0x00189006, "SQ", "1", "1", name="MR Imaging Modifier Sequence"),
            Lazy(
                "dicomodel.items.mr_imaging_modifier_sequence_item", "MRImagingModifierSequenceItem"
            ),
        ),
    ),
)
