"""Presence rules of Derivation Image Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
DerivationImageMacro = (
    "table_C.7.6.16-7",
    (
        (
            "DerivationImageSequence",
            Attribute(0x00089124, "SQ", "1", "2", name="Derivation Image Sequence"),
            Lazy("dicomodel.items.derivation_image_sequence_item", "DerivationImageSequenceItem"),
        ),
    ),
)
