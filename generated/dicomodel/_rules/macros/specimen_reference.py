"""Presence rules of Specimen Reference Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SpecimenReferenceMacro = (
    "table_C.8.12.6.3-1",
    (
        (
            "SpecimenReferenceSequence",
            Attribute(0x00480110, "SQ", "1", "2", name="Specimen Reference Sequence"),
            Lazy(
                "dicomodel.items.specimen_reference_sequence_item", "SpecimenReferenceSequenceItem"
            ),
        ),
    ),
)
