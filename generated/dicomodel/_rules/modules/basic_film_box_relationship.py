"""Presence rules of Basic Film Box Relationship Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
BasicFilmBoxRelationshipModule = (
    "table_C.13-4",
    (
        (
            "ReferencedFilmSessionSequence",
            Attribute(0x20100500, "SQ", "1", None, name="Referenced Film Session Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "ReferencedImageBoxSequence",
            Attribute(0x20100510, "SQ", "1", None, name="Referenced Image Box Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "ReferencedBasicAnnotationBoxSequence",
            Attribute(0x20100520, "SQ", "1", None, name="Referenced Basic Annotation Box Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "ReferencedPresentationLUTSequence",
            Attribute(0x20500500, "SQ", "1", None, name="Referenced Presentation LUT Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
    ),
)
