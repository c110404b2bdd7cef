"""Protocol Approval Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.approval_sequence_item import ApprovalSequenceItem
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.model import Attribute, DicomModel


class ProtocolApprovalModule(DicomModel):
    """Protocol Approval Module Attributes (PS3.3 Table C.34.15-1)."""

    dicom_name: ClassVar[str] = "Protocol Approval"
    dicom_table: ClassVar[str] = "table_C.34.15-1"

    ApprovalSubjectSequence: Annotated[
        list[ReferencedInstanceSequenceItem],
        Attribute(0x00440109, "SQ", "1", "1", name="Approval Subject Sequence"),
    ]
    """Approval Subject Sequence (0044,0109): Type 1, VR SQ, VM 1. Instances that are the subject of the Approval Sequence. All Assertions in the Approval Sequence (0044,0100) apply to all Instances in this Sequence. One or more Items shall be included in this Sequence."""

    ApprovalSequence: Annotated[
        list[ApprovalSequenceItem], Attribute(0x00440100, "SQ", "1", "1", name="Approval Sequence")
    ]
    """Approval Sequence (0044,0100): Type 1, VR SQ, VM 1. Recorded approvals of the subject Instances. One or more Items shall be included in this Sequence."""
