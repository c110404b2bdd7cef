"""Presence rules of Basic Film Session Relationship Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
BasicFilmSessionRelationshipModule = (
    "table_C.13-2",
    (
        (
            "ReferencedFilmBoxSequence",
            Attribute(0x20000500, "SQ", "1", None, name="Referenced Film Box Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "ProposedStudySequence",
            Attribute(0x213000A0, "SQ", "1", None, name="Proposed Study Sequence"),
            Lazy("dicomodel.items.proposed_study_sequence_item", "ProposedStudySequenceItem"),
        ),
    ),
)
