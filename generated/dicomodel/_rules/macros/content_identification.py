"""Presence rules of Content Identification Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ContentIdentificationMacro = (
    "table_10-12",
    (
        ("InstanceNumber", Attribute(0x00200013, "IS", "1", "1", name="Instance Number"), None),
        ("ContentLabel", Attribute(0x00700080, "CS", "1", "1", name="Content Label"), None),
        (
            "ContentDescription",
            Attribute(0x00700081, "LO", "1", "2", name="Content Description"),
            None,
        ),
        (
            "ConceptNameCodeSequence",
            Attribute(0x0040A043, "SQ", "1", "3", name="Concept Name Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "AlternateContentDescriptionSequence",
            Attribute(0x00700087, "SQ", "1", "3", name="Alternate Content Description Sequence"),
            Lazy(
                "dicomodel.items.alternate_content_description_sequence_item",
                "AlternateContentDescriptionSequenceItem",
            ),
        ),
        (
            "ContentCreatorName",
            Attribute(0x00700084, "PN", "1", "3", name="Content Creator's Name"),
            None,
        ),
        (
            "ContentCreatorIdentificationCodeSequence",
            Attribute(
                0x00700086, "SQ", "1", "3", name="Content Creator's Identification Code Sequence"
            ),
            Lazy("dicomodel.items.person_identification_item", "PersonIdentificationItem"),
        ),
    ),
)
