"""Presence rules of Reference Location Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ReferenceLocationMacro = (
    "table_10.27-1",
    (
        (
            "ReferenceLocationLabel",
            Attribute(0x00189900, "LO", "1", "1", name="Reference Location Label"),
            None,
        ),
        (
            "ReferenceLocationDescription",
            Attribute(0x00189901, "UT", "1", "3", name="Reference Location Description"),
            None,
        ),
        (
            "ReferenceBasisCodeSequence",
            Attribute(0x00189902, "SQ", "1", "1", name="Reference Basis Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ReferenceGeometryCodeSequence",
            Attribute(0x00189903, "SQ", "1", "1", name="Reference Geometry Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("OffsetDistance", Attribute(0x00189904, "DS", "1", "3", name="Offset Distance"), None),
        (
            "OffsetDirection",
            Attribute(
                0x00189905,
                "CS",
                "1",
                "1C",
                name="Offset Direction",
                enumerated=(
                    (
                        0,
                        (
                            "SUPERIOR",
                            "INFERIOR",
                            "ANTERIOR",
                            "POSTERIOR",
                            "LEFT",
                            "RIGHT",
                            "PROXIMAL",
                            "DISTAL",
                            "MEDIAL",
                            "LATERAL",
                        ),
                    ),
                ),
                when=("present", 0x00189904),
            ),
            None,
        ),
    ),
)
