"""Presence rules of Softcopy VOI LUT Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SoftcopyVOILUTModule = (
    "table_C.11.8-1",
    (
        (
            "SoftcopyVOILUTSequence",
            Attribute(0x00283110, "SQ", "1", "1", name="Softcopy VOI LUT Sequence"),
            Lazy("dicomodel.items.softcopy_voilut_sequence_item", "SoftcopyVOILUTSequenceItem"),
        ),
    ),
)
