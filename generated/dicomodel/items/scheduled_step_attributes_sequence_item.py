"""Item class ScheduledStepAttributesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.issuer_of_accession_number_sequence_item import (
    IssuerOfAccessionNumberSequenceItem,
)
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.items.scheduled_protocol_code_sequence_item import ScheduledProtocolCodeSequenceItem
from dicomodel.model import Attribute, DicomModel


class ScheduledStepAttributesSequenceItem(DicomModel):
    """An item of Scheduled Step Attributes Sequence (0040,0270), as first defined in Performed Procedure Step Relationship Module Attributes (C.4-13)."""

    dicom_name: ClassVar[str] = "Scheduled Step Attributes Sequence"
    dicom_table: ClassVar[str] = "table_C.4-13"

    StudyInstanceUID: Annotated[
        vr.UI | None, Attribute(0x0020000D, "UI", "1", "3", name="Study Instance UID")
    ] = None
    """Study Instance UID (0020,000D): Type -, VR UI, VM 1. Unique identifier for the Study."""

    ReferencedStudySequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(0x00081110, "SQ", "1", "3", name="Referenced Study Sequence"),
    ] = None
    """Referenced Study Sequence (0008,1110): Type -, VR SQ, VM 1. Uniquely identifies the Study associated with this Scheduled Procedure Step. Only a single Item shall be included in this Sequence. See Section 10.6.1."""

    AccessionNumber: Annotated[
        vr.SH | None, Attribute(0x00080050, "SH", "1", "3", name="Accession Number")
    ] = None
    """Accession Number (0008,0050): Type -, VR SH, VM 1. A departmental Information System generated number that identifies the Imaging Service Request."""

    IssuerOfAccessionNumberSequence: Annotated[
        list[IssuerOfAccessionNumberSequenceItem] | None,
        Attribute(0x00080051, "SQ", "1", "3", name="Issuer of Accession Number Sequence"),
    ] = None
    """Issuer of Accession Number Sequence (0008,0051): Type -, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Accession Number. Only a single Item shall be included in this Sequence."""

    PlacerOrderNumberImagingServiceRequest: Annotated[
        vr.LO | None,
        Attribute(0x00402016, "LO", "1", "3", name="Placer Order Number/Imaging Service Request"),
    ] = None
    """Placer Order Number/Imaging Service Request (0040,2016): Type -, VR LO, VM 1. The order number assigned to the Imaging Service Request by the party placing the order."""

    OrderPlacerIdentifierSequence: Annotated[
        list[IssuerOfAccessionNumberSequenceItem] | None,
        Attribute(0x00400026, "SQ", "1", "3", name="Order Placer Identifier Sequence"),
    ] = None
    """Order Placer Identifier Sequence (0040,0026): Type -, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Placer Order Number. Only a single Item shall be included in this Sequence."""

    FillerOrderNumberImagingServiceRequest: Annotated[
        vr.LO | None,
        Attribute(0x00402017, "LO", "1", "3", name="Filler Order Number/Imaging Service Request"),
    ] = None
    """Filler Order Number/Imaging Service Request (0040,2017): Type -, VR LO, VM 1. The order number assigned to the Imaging Service Request by the party filling the order."""

    OrderFillerIdentifierSequence: Annotated[
        list[IssuerOfAccessionNumberSequenceItem] | None,
        Attribute(0x00400027, "SQ", "1", "3", name="Order Filler Identifier Sequence"),
    ] = None
    """Order Filler Identifier Sequence (0040,0027): Type -, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Filler Order Number. Only a single Item shall be included in this Sequence."""

    RequestedProcedureID: Annotated[
        vr.SH | None, Attribute(0x00401001, "SH", "1", "3", name="Requested Procedure ID")
    ] = None
    """Requested Procedure ID (0040,1001): Type -, VR SH, VM 1. Identifier of the related Requested Procedure."""

    RequestedProcedureDescription: Annotated[
        vr.LO | None, Attribute(0x00321060, "LO", "1", "3", name="Requested Procedure Description")
    ] = None
    """Requested Procedure Description (0032,1060): Type -, VR LO, VM 1. Institution-generated administrative description or classification of Requested Procedure."""

    RequestedProcedureCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00321064, "SQ", "1", "3", name="Requested Procedure Code Sequence"),
    ] = None
    """Requested Procedure Code Sequence (0032,1064): Type -, VR SQ, VM 1. A Sequence that conveys the Procedure Type of the requested procedure. Only a single Item shall be included in this Sequence."""

    ScheduledProcedureStepID: Annotated[
        vr.SH | None, Attribute(0x00400009, "SH", "1", "3", name="Scheduled Procedure Step ID")
    ] = None
    """Scheduled Procedure Step ID (0040,0009): Type -, VR SH, VM 1. Identifier of the related Scheduled Procedure Step."""

    ScheduledProcedureStepDescription: Annotated[
        vr.LO | None,
        Attribute(0x00400007, "LO", "1", "3", name="Scheduled Procedure Step Description"),
    ] = None
    """Scheduled Procedure Step Description (0040,0007): Type -, VR LO, VM 1. Institution-generated description or classification of the Scheduled Procedure Step to be performed."""

    ScheduledProtocolCodeSequence: Annotated[
        list[ScheduledProtocolCodeSequenceItem] | None,
        Attribute(0x00400008, "SQ", "1", "3", name="Scheduled Protocol Code Sequence"),
    ] = None
    """Scheduled Protocol Code Sequence (0040,0008): Type -, VR SQ, VM 1. Sequence describing the Scheduled Protocol following a specific coding scheme. One or more Items shall be included in this Sequence."""
