"""Presence rules of Softcopy Presentation LUT Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SoftcopyPresentationLUTModule = (
    "table_C.11.6-1",
    (
        (
            "PresentationLUTSequence",
            Attribute(
                0x20500010,
                "SQ",
                "1",
                "1C",
                name="Presentation LUT Sequence",
                when=("not", ("present", 0x20500020)),
            ),
            Lazy("dicomodel.items.voilut_sequence_item", "VOILUTSequenceItem"),
        ),
        (
            "PresentationLUTShape",
            Attribute(
                0x20500020,
                "CS",
                "1",
                "1C",
                name="Presentation LUT Shape",
                enumerated=((0, ("IDENTITY", "INVERSE")),),
                when=("not", ("present", 0x20500010)),
            ),
            None,
        ),
    ),
)
