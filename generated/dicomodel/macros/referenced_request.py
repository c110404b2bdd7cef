"""Referenced Request Macro Attributes.

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
from dicomodel.model import Attribute, DicomModel


class ReferencedRequestMacro(DicomModel):
    """Referenced Request Macro Attributes (PS3.3 Table C.17-3c)."""

    dicom_name: ClassVar[str] = "Referenced Request"
    dicom_table: ClassVar[str] = "table_C.17-3c"

    StudyInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000D, "UI", "1", "1", name="Study Instance UID")
    ]
    """Study Instance UID (0020,000D): Type 1, VR UI, VM 1. Unique identifier for the Study."""

    ReferencedStudySequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(0x00081110, "SQ", "1", "2", name="Referenced Study Sequence"),
    ]
    """Referenced Study Sequence (0008,1110): Type 2, VR SQ, VM 1. Uniquely identifies the Study. Zero or one Item shall be included in this Sequence. See Section 10.6.1."""

    AccessionNumber: Annotated[
        vr.SH | None, Attribute(0x00080050, "SH", "1", "2", name="Accession Number")
    ]
    """Accession Number (0008,0050): Type 2, VR SH, VM 1. A departmental Information System generated number that identifies the Imaging Service Request."""

    IssuerOfAccessionNumberSequence: Annotated[
        list[IssuerOfAccessionNumberSequenceItem] | None,
        Attribute(0x00080051, "SQ", "1", "3", name="Issuer of Accession Number Sequence"),
    ] = None
    """Issuer of Accession Number Sequence (0008,0051): Type 3, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Accession Number. Only a single Item is permitted in this Sequence."""

    PlacerOrderNumberImagingServiceRequest: Annotated[
        vr.LO | None,
        Attribute(0x00402016, "LO", "1", "2", name="Placer Order Number / Imaging Service Request"),
    ]
    """Placer Order Number / Imaging Service Request (0040,2016): Type 2, VR LO, VM 1. The order number assigned to the Imaging Service Request by the party placing the order."""

    OrderPlacerIdentifierSequence: Annotated[
        list[IssuerOfAccessionNumberSequenceItem] | None,
        Attribute(0x00400026, "SQ", "1", "3", name="Order Placer Identifier Sequence"),
    ] = None
    """Order Placer Identifier Sequence (0040,0026): Type 3, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Placer Order Number. Only a single Item is permitted in this Sequence."""

    FillerOrderNumberImagingServiceRequest: Annotated[
        vr.LO | None,
        Attribute(0x00402017, "LO", "1", "2", name="Filler Order Number / Imaging Service Request"),
    ]
    """Filler Order Number / Imaging Service Request (0040,2017): Type 2, VR LO, VM 1. The order number assigned to the Imaging Service Request by the party filling the order."""

    OrderFillerIdentifierSequence: Annotated[
        list[IssuerOfAccessionNumberSequenceItem] | None,
        Attribute(0x00400027, "SQ", "1", "3", name="Order Filler Identifier Sequence"),
    ] = None
    """Order Filler Identifier Sequence (0040,0027): Type 3, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Filler Order Number. Only a single Item is permitted in this Sequence."""

    RequestedProcedureID: Annotated[
        vr.SH | None, Attribute(0x00401001, "SH", "1", "2", name="Requested Procedure ID")
    ]
    """Requested Procedure ID (0040,1001): Type 2, VR SH, VM 1. Identifier of the related Requested Procedure."""

    RequestedProcedureDescription: Annotated[
        vr.LO | None, Attribute(0x00321060, "LO", "1", "2", name="Requested Procedure Description")
    ]
    """Requested Procedure Description (0032,1060): Type 2, VR LO, VM 1. Institution-generated administrative description or classification of Requested Procedure."""

    RequestedProcedureCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00321064, "SQ", "1", "2", name="Requested Procedure Code Sequence"),
    ]
    """Requested Procedure Code Sequence (0032,1064): Type 2, VR SQ, VM 1. A Sequence that conveys the requested procedure. Zero or one Item shall be included in this Sequence."""

    ReasonForTheRequestedProcedure: Annotated[
        vr.LO | None,
        Attribute(0x00401002, "LO", "1", "3", name="Reason for the Requested Procedure"),
    ] = None
    """Reason for the Requested Procedure (0040,1002): Type 3, VR LO, VM 1. Reason for requesting this procedure."""

    ReasonForRequestedProcedureCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x0040100A, "SQ", "1", "3", name="Reason for Requested Procedure Code Sequence"),
    ] = None
    """Reason for Requested Procedure Code Sequence (0040,100A): Type 3, VR SQ, VM 1. Coded Reason for requesting this procedure. One or more Items are permitted in this Sequence."""
