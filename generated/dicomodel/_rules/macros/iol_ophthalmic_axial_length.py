"""Presence rules of IOL Ophthalmic Axial Length Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
IOLOphthalmicAxialLengthMacro = (
    "table_C.8.25.16-4",
    (
        (
            "OphthalmicAxialLengthSequence",
            Attribute(0x00221012, "SQ", "1", "1", name="Ophthalmic Axial Length Sequence"),
            Lazy(
                "dicomodel.items.ophthalmic_axial_length_sequence_item",
                "OphthalmicAxialLengthSequenceItem",
            ),
        ),
    ),
)
