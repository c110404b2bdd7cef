"""Presence rules of Algorithm Identification Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
AlgorithmIdentificationMacro = (
    "table_10-19",
    (
        (
            "AlgorithmFamilyCodeSequence",
            Attribute(0x0066002F, "SQ", "1", "1", name="Algorithm Family Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "AlgorithmNameCodeSequence",
            Attribute(0x00660030, "SQ", "1", "3", name="Algorithm Name Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("AlgorithmName", Attribute(0x00660036, "LO", "1", "1", name="Algorithm Name"), None),
        ("AlgorithmVersion", Attribute(0x00660031, "LO", "1", "1", name="Algorithm Version"), None),
        (
            "AlgorithmParameters",
            Attribute(0x00660032, "LT", "1", "3", name="Algorithm Parameters"),
            None,
        ),
        ("AlgorithmSource", Attribute(0x00240202, "LO", "1", "3", name="Algorithm Source"), None),
    ),
)
