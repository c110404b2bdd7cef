"""Item class ReferencedRequestSequenceItemUnifiedProcedureStepRelationship.

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
from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
    UnassignedSharedConvertedAttributesSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class ReferencedRequestSequenceItemUnifiedProcedureStepRelationship(DicomModel):
    """An item of Referenced Request Sequence (0040,A370), as first defined in Unified Procedure Step Relationship Module Attributes (C.30.4-1)."""

    dicom_name: ClassVar[str] = "Referenced Request Sequence"
    dicom_table: ClassVar[str] = "table_C.30.4-1"

    StudyInstanceUID: Annotated[
        vr.UI | None, Attribute(0x0020000D, "UI", "1", "3", name="Study Instance UID")
    ] = None
    """Study Instance UID (0020,000D): Type -, VR UI, VM 1. Unique identifier for the Study."""

    AccessionNumber: Annotated[
        vr.SH | None, Attribute(0x00080050, "SH", "1", "3", name="Accession Number")
    ] = None
    """Accession Number (0008,0050): Type -, VR SH, VM 1. A departmental Information System generated number that identifies the Imaging Service Request."""

    IssuerOfAccessionNumberSequence: Annotated[
        list[IssuerOfAccessionNumberSequenceItem] | None,
        Attribute(0x00080051, "SQ", "1", "3", name="Issuer of Accession Number Sequence"),
    ] = None
    """Issuer of Accession Number Sequence (0008,0051): Type -, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Accession Number. Only a single Item shall be included in this Sequence."""

    RequestedProcedureCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00321064, "SQ", "1", "3", name="Requested Procedure Code Sequence"),
    ] = None
    """Requested Procedure Code Sequence (0032,1064): Type -, VR SQ, VM 1. Procedure Type of the Requested Procedure. Zero or one Item shall be included in this Sequence."""

    PlacerOrderNumberImagingServiceRequest: Annotated[
        vr.LO | None,
        Attribute(0x00402016, "LO", "1", "3", name="Placer Order Number / Imaging Service Request"),
    ] = None
    """Placer Order Number / Imaging Service Request (0040,2016): Type -, VR LO, VM 1. The order number assigned to the Service Request by the party placing the order."""

    OrderPlacerIdentifierSequence: Annotated[
        list[IssuerOfAccessionNumberSequenceItem] | None,
        Attribute(0x00400026, "SQ", "1", "3", name="Order Placer Identifier Sequence"),
    ] = None
    """Order Placer Identifier Sequence (0040,0026): Type -, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Placer Order Number. Only a single Item shall be included in this Sequence."""

    FillerOrderNumberImagingServiceRequest: Annotated[
        vr.LO | None,
        Attribute(0x00402017, "LO", "1", "3", name="Filler Order Number / Imaging Service Request"),
    ] = None
    """Filler Order Number / Imaging Service Request (0040,2017): Type -, VR LO, VM 1. The order number assigned to the Service Request by the party filling the order."""

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
    """Requested Procedure Description (0032,1060): Type -, VR LO, VM 1. Institution-generated description or classification of the Requested Procedure."""

    ReasonForTheRequestedProcedure: Annotated[
        vr.LO | None,
        Attribute(0x00401002, "LO", "1", "3", name="Reason for the Requested Procedure"),
    ] = None
    """Reason for the Requested Procedure (0040,1002): Type -, VR LO, VM 1. Reason for requesting this procedure."""

    ReasonForRequestedProcedureCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x0040100A, "SQ", "1", "3", name="Reason for Requested Procedure Code Sequence"),
    ] = None
    """Reason for Requested Procedure Code Sequence (0040,100A): Type -, VR SQ, VM 1. Coded reason for requesting this procedure. Zero or more Items shall be included in the Sequence."""

    RequestedProcedureComments: Annotated[
        vr.LT | None, Attribute(0x00401400, "LT", "1", "3", name="Requested Procedure Comments")
    ] = None
    """Requested Procedure Comments (0040,1400): Type -, VR LT, VM 1. User-defined comments on the Requested Procedure."""

    ConfidentialityCode: Annotated[
        vr.LO | None, Attribute(0x00401008, "LO", "1", "3", name="Confidentiality Code")
    ] = None
    """Confidentiality Code (0040,1008): Type -, VR LO, VM 1. Confidentiality Constraints on the Requested Procedure by the party filling the order."""

    NamesOfIntendedRecipientsOfResults: Annotated[
        list[vr.PN] | None,
        Attribute(0x00401010, "PN", "1-n", "3", name="Names of Intended Recipients of Results"),
    ] = None
    """Names of Intended Recipients of Results (0040,1010): Type -, VR PN, VM 1-n. Names of the physicians, who are intended recipients of results."""

    ImagingServiceRequestComments: Annotated[
        vr.LT | None, Attribute(0x00402400, "LT", "1", "3", name="Imaging Service Request Comments")
    ] = None
    """Imaging Service Request Comments (0040,2400): Type -, VR LT, VM 1. User-defined comments on the Service Request."""

    RequestingPhysician: Annotated[
        vr.PN | None, Attribute(0x00321032, "PN", "1", "3", name="Requesting Physician")
    ] = None
    """Requesting Physician (0032,1032): Type -, VR PN, VM 1. Physician who requested the Service Request."""

    RequestingService: Annotated[
        vr.LO | None, Attribute(0x00321033, "LO", "1", "3", name="Requesting Service")
    ] = None
    """Requesting Service (0032,1033): Type -, VR LO, VM 1. Institutional department, unit or service where the request initiated."""

    RequestingServiceCodeSequence: Annotated[
        list[UnassignedSharedConvertedAttributesSequenceItem] | None,
        Attribute(0x00321034, "SQ", "1", "3", name="Requesting Service Code Sequence"),
    ] = None
    """Requesting Service Code Sequence (0032,1034): Type -, VR SQ, VM 1. Institutional department, unit or service where the request initiated. Equivalent to HL7 v2.x ORC-17. See Note 1. Only a single Item shall be included in this Sequence."""

    IssueDateOfImagingServiceRequest: Annotated[
        vr.DA | None,
        Attribute(0x00402004, "DA", "1", "3", name="Issue Date of Imaging Service Request"),
    ] = None
    """Issue Date of Imaging Service Request (0040,2004): Type -, VR DA, VM 1. Date on which the Service Request was issued by the requester."""

    IssueTimeOfImagingServiceRequest: Annotated[
        vr.TM | None,
        Attribute(0x00402005, "TM", "1", "3", name="Issue Time of Imaging Service Request"),
    ] = None
    """Issue Time of Imaging Service Request (0040,2005): Type -, VR TM, VM 1. Time at which the Service Request was issued by the requester."""

    ReferringPhysicianName: Annotated[
        vr.PN | None, Attribute(0x00080090, "PN", "1", "3", name="Referring Physician's Name")
    ] = None
    """Referring Physician's Name (0008,0090): Type -, VR PN, VM 1. The physician who referred the Patient to the physician or service issuing the Service Request. This is generally the recipient of any report generated by the Service Request."""
