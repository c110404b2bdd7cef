"""Imaging Service Request Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.content_creator_identification_code_sequence_item import (
    ContentCreatorIdentificationCodeSequenceItem,
)
from dicomodel.items.issuer_of_accession_number_sequence_item import (
    IssuerOfAccessionNumberSequenceItem,
)
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class ImagingServiceRequestModule(DicomModel):
    """Imaging Service Request Module Attributes (PS3.3 Table C.4-12)."""

    dicom_name: ClassVar[str] = "Imaging Service Request"
    dicom_table: ClassVar[str] = "table_C.4-12"

    ImagingServiceRequestComments: Annotated[
        vr.LT | None, Attribute(0x00402400, "LT", "1", "3", name="Imaging Service Request Comments")
    ] = None
    """Imaging Service Request Comments (0040,2400): Type -, VR LT, VM 1. User-defined comments on the Imaging Service Request. This Attribute is intended to transmit non-structured information, which can be displayed to the operator of the equipment (e.g., Modality)."""

    RequestingPhysician: Annotated[
        vr.PN | None, Attribute(0x00321032, "PN", "1", "3", name="Requesting Physician")
    ] = None
    """Requesting Physician (0032,1032): Type -, VR PN, VM 1. Name of the physician who requested the Imaging Service Request."""

    RequestingPhysicianIdentificationSequence: Annotated[
        list[ContentCreatorIdentificationCodeSequenceItem] | None,
        Attribute(0x00321031, "SQ", "1", "3", name="Requesting Physician Identification Sequence"),
    ] = None
    """Requesting Physician Identification Sequence (0032,1031): Type -, VR SQ, VM 1. Identification of the physician who requested the Imaging Service Request. Only a single Item shall be included in this Sequence."""

    ReferringPhysicianName: Annotated[
        vr.PN | None, Attribute(0x00080090, "PN", "1", "3", name="Referring Physician's Name")
    ] = None
    """Referring Physician's Name (0008,0090): Type -, VR PN, VM 1. Name of the Patient's referring physician for this Imaging Service Request."""

    ReferringPhysicianIdentificationSequence: Annotated[
        list[ContentCreatorIdentificationCodeSequenceItem] | None,
        Attribute(0x00080096, "SQ", "1", "3", name="Referring Physician Identification Sequence"),
    ] = None
    """Referring Physician Identification Sequence (0008,0096): Type -, VR SQ, VM 1. Identification of the Patient's referring physician. Only a single Item shall be included in this Sequence."""

    RequestingService: Annotated[
        vr.LO | None, Attribute(0x00321033, "LO", "1", "3", name="Requesting Service")
    ] = None
    """Requesting Service (0032,1033): Type -, VR LO, VM 1. Institutional department, unit or service where the request initiated. See Note 3."""

    RequestingServiceCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00321034, "SQ", "1", "3", name="Requesting Service Code Sequence"),
    ] = None
    """Requesting Service Code Sequence (0032,1034): Type -, VR SQ, VM 1. Institutional department, unit or service where the request initiated. Equivalent to HL7 v2.x ORC-17. See Note 3. Only a single Item shall be included in this Sequence."""

    AccessionNumber: Annotated[
        vr.SH | None, Attribute(0x00080050, "SH", "1", "3", name="Accession Number")
    ] = None
    """Accession Number (0008,0050): Type -, VR SH, VM 1. A departmental Information System generated number that identifies the Imaging Service Request."""

    IssuerOfAccessionNumberSequence: Annotated[
        list[IssuerOfAccessionNumberSequenceItem] | None,
        Attribute(0x00080051, "SQ", "1", "3", name="Issuer of Accession Number Sequence"),
    ] = None
    """Issuer of Accession Number Sequence (0008,0051): Type -, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Accession Number. Only a single Item shall be included in this Sequence."""

    IssueDateOfImagingServiceRequest: Annotated[
        vr.DA | None,
        Attribute(0x00402004, "DA", "1", "3", name="Issue Date of Imaging Service Request"),
    ] = None
    """Issue Date of Imaging Service Request (0040,2004): Type -, VR DA, VM 1. Date on which the Imaging Service Request was issued by the requester."""

    IssueTimeOfImagingServiceRequest: Annotated[
        vr.TM | None,
        Attribute(0x00402005, "TM", "1", "3", name="Issue Time of Imaging Service Request"),
    ] = None
    """Issue Time of Imaging Service Request (0040,2005): Type -, VR TM, VM 1. Time at which the Imaging Service Request was issued by the requester."""

    PlacerOrderNumberImagingServiceRequest: Annotated[
        vr.LO | None,
        Attribute(0x00402016, "LO", "1", "3", name="Placer Order Number / Imaging Service Request"),
    ] = None
    """Placer Order Number / Imaging Service Request (0040,2016): Type -, VR LO, VM 1. The order number assigned to the Imaging Service Request by the party placing the order."""

    OrderPlacerIdentifierSequence: Annotated[
        list[IssuerOfAccessionNumberSequenceItem] | None,
        Attribute(0x00400026, "SQ", "1", "3", name="Order Placer Identifier Sequence"),
    ] = None
    """Order Placer Identifier Sequence (0040,0026): Type -, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Placer Order Number. Only a single Item shall be included in this Sequence."""

    FillerOrderNumberImagingServiceRequest: Annotated[
        vr.LO | None,
        Attribute(0x00402017, "LO", "1", "3", name="Filler Order Number / Imaging Service Request"),
    ] = None
    """Filler Order Number / Imaging Service Request (0040,2017): Type -, VR LO, VM 1. The order number assigned to the Imaging Service Request by the party filling the order."""

    OrderFillerIdentifierSequence: Annotated[
        list[IssuerOfAccessionNumberSequenceItem] | None,
        Attribute(0x00400027, "SQ", "1", "3", name="Order Filler Identifier Sequence"),
    ] = None
    """Order Filler Identifier Sequence (0040,0027): Type -, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Filler Order Number. Only a single Item shall be included in this Sequence."""

    OrderEnteredBy: Annotated[
        vr.PN | None, Attribute(0x00402008, "PN", "1", "3", name="Order Entered By")
    ] = None
    """Order Entered By (0040,2008): Type -, VR PN, VM 1. The person who entered the Imaging Service Request into an Information System. This Attribute may be treated as equivalent to HL7v2 field ORC-10."""

    OrderEntererLocation: Annotated[
        vr.SH | None, Attribute(0x00402009, "SH", "1", "3", name="Order Enterer's Location")
    ] = None
    """Order Enterer's Location (0040,2009): Type -, VR SH, VM 1. The location at which the Imaging Service Request was entered. This Attribute may be treated as equivalent to HL7v2 field ORC-13."""

    OrderCallbackPhoneNumber: Annotated[
        vr.SH | None, Attribute(0x00402010, "SH", "1", "3", name="Order Callback Phone Number")
    ] = None
    """Order Callback Phone Number (0040,2010): Type -, VR SH, VM 1. Telephone Number at which additional information can be retrieved."""

    OrderCallbackTelecomInformation: Annotated[
        vr.LT | None,
        Attribute(0x00402011, "LT", "1", "3", name="Order Callback Telecom Information"),
    ] = None
    """Order Callback Telecom Information (0040,2011): Type -, VR LT, VM 1. The telecommunication contact information, including telephone, email, or other telecom addresses, at which additional information about the order can be retrieved."""

    AdmissionID: Annotated[
        vr.LO | None, Attribute(0x00380010, "LO", "1", "3", name="Admission ID")
    ] = None
    """Admission ID (0038,0010): Type -, VR LO, VM 1. Identification number of the Visit as assigned by the healthcare provider Visit and Admission are used interchangeably here."""

    IssuerOfAdmissionIDSequence: Annotated[
        list[IssuerOfAccessionNumberSequenceItem] | None,
        Attribute(0x00380014, "SQ", "1", "3", name="Issuer of Admission ID Sequence"),
    ] = None
    """Issuer of Admission ID Sequence (0038,0014): Type -, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Admission ID. Only a single Item shall be included in this Sequence."""

    ReasonForVisit: Annotated[
        vr.UT | None, Attribute(0x00321066, "UT", "1", "3", name="Reason for Visit")
    ] = None
    """Reason for Visit (0032,1066): Type -, VR UT, VM 1. Reason(s) for this visit by the patient to the facility or provider."""

    ReasonForVisitCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00321067, "SQ", "1", "3", name="Reason for Visit Code Sequence"),
    ] = None
    """Reason for Visit Code Sequence (0032,1067): Type -, VR SQ, VM 1. Coded reason(s) for this visit by the patient to the facility or provider. If an HL7 message is available with a PV2 segment corresponding to this visit, potential codes may be found in Admit Reason PV2-3."""
