"""Presence rules of Protocol Approval Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ProtocolApprovalModule = (
    "table_C.34.15-1",
    (
        (
            "ApprovalSubjectSequence",
            Attribute(0x00440109, "SQ", "1", "1", name="Approval Subject Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "ApprovalSequence",
            Attribute(0x00440100, "SQ", "1", "1", name="Approval Sequence"),
            Lazy("dicomodel.items.approval_sequence_item", "ApprovalSequenceItem"),
        ),
    ),
)
