"""Key Object Document Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.referenced_raw_data_sequence_item import ReferencedRawDataSequenceItem
from dicomodel.items.referenced_request_sequence_item import ReferencedRequestSequenceItem
from dicomodel.model import Attribute, DicomModel


class KeyObjectDocumentModule(DicomModel):
    """Key Object Document Module Attributes (PS3.3 Table C.17.6-2)."""

    dicom_name: ClassVar[str] = "Key Object Document"
    dicom_table: ClassVar[str] = "table_C.17.6-2"

    InstanceNumber: Annotated[vr.IS, Attribute(0x00200013, "IS", "1", "1", name="Instance Number")]
    """Instance Number (0020,0013): Type 1, VR IS, VM 1. A number that identifies the Document."""

    ContentDate: Annotated[vr.DA, Attribute(0x00080023, "DA", "1", "1", name="Content Date")]
    """Content Date (0008,0023): Type 1, VR DA, VM 1. The date the document content creation started."""

    ContentTime: Annotated[vr.TM, Attribute(0x00080033, "TM", "1", "1", name="Content Time")]
    """Content Time (0008,0033): Type 1, VR TM, VM 1. The time the document content creation started."""

    ReferencedRequestSequence: Annotated[
        list[ReferencedRequestSequenceItem] | None,
        Attribute(
            0x0040A370,
            "SQ",
            "1",
            "1C",
            name="Referenced Request Sequence",
            when=(
                "unknown",
                "names no attribute: this Document pertains to at least one Requested Procedure",
            ),
        ),
    ] = None
    """Referenced Request Sequence (0040,A370): Type 1C, VR SQ, VM 1. Required if this Document pertains to at least one Requested Procedure. Identifies Requested Procedures to which this Document pertains. One or more Items shall be included in this Sequence. Required if this Document pertains to at least one Requested Procedure."""

    CurrentRequestedProcedureEvidenceSequence: Annotated[
        list[ReferencedRawDataSequenceItem],
        Attribute(0x0040A375, "SQ", "1", "1", name="Current Requested Procedure Evidence Sequence"),
    ]
    """Current Requested Procedure Evidence Sequence (0040,A375): Type 1, VR SQ, VM 1. List of all Composite SOP Instances referenced in the Content Sequence (0040,A730). The current evidence is considered to be only the set of Instances referenced within the Key Object Selection."""

    IdenticalDocumentsSequence: Annotated[
        list[ReferencedRawDataSequenceItem] | None,
        Attribute(
            0x0040A525,
            "SQ",
            "1",
            "1C",
            name="Identical Documents Sequence",
            when=(
                "unknown",
                "names no attribute: this Key Object Selection document references Instances in more than one Study",
            ),
        ),
    ] = None
    """Identical Documents Sequence (0040,A525): Type 1C, VR SQ, VM 1. Required if this Key Object Selection document references Instances in more than one Study. Duplicates of this document, stored with different SOP Instance UIDs. One or more Items shall be included in this Sequence. Required if this Key Object Selection document references Instances in more than one Study."""
