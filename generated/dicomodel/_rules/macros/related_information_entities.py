"""Presence rules of Related Information Entities Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RelatedInformationEntitiesMacro = (
    "table_10.37-1",
    (
        (
            "PurposeOfReferenceCodeSequence",
            Attribute(0x0040A170, "SQ", "1", "1", name="Purpose of Reference Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ReferencedStudySequence",
            Attribute(0x00081110, "SQ", "1", "1", name="Referenced Study Sequence"),
            Lazy("dicomodel.items.referenced_study_sequence_item", "ReferencedStudySequenceItem"),
        ),
    ),
)
