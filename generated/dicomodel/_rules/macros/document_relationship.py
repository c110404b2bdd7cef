"""Presence rules of Document Relationship Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
DocumentRelationshipMacro = (
    "table_C.17-6",
    (
        (
            "ObservationDateTime",
            Attribute(
                0x0040A032,
                "DT",
                "1",
                "1C",
                name="Observation DateTime",
                when=(
                    "unknown",
                    "condition not read: no verb after 'Observation DateTime (0040,A032) defined in higher' (in 'Required if the date and time are different from Content Date (0008,0023) and Content Time (0008,0033) or Observation DateTime (0040,A032) defined in higher Items')",
                ),
                otherwise="may",
            ),
            None,
        ),
        ("ObservationUID", Attribute(0x0040A171, "UI", "1", "3", name="Observation UID"), None),
        (
            "ContentSequence",
            Attribute(
                0x0040A730,
                "SQ",
                "1",
                "1C",
                name="Content Sequence",
                when=(
                    "unknown",
                    "names no attribute: the enclosing Content Item has relationships",
                ),
            ),
            Lazy("dicomodel.items.content_sequence_item", "ContentSequenceItem"),
        ),
    ),
)
