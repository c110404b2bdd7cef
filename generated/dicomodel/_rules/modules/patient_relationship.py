"""Presence rules of Patient Relationship Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PatientRelationshipModule = (
    "table_C.2-1",
    (
        (
            "ReferencedStudySequence",
            Attribute(0x00081110, "SQ", "1", None, name="Referenced Study Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "ReferencedVisitSequence",
            Attribute(0x00081125, "SQ", "1", None, name="Referenced Visit Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
    ),
)
