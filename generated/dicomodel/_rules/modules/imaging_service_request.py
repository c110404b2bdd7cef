"""Presence rules of Imaging Service Request Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ImagingServiceRequestModule = (
    "table_C.4-12",
    (
        (
            "ImagingServiceRequestComments",
            Attribute(0x00402400, "LT", "1", None, name="Imaging Service Request Comments"),
            None,
        ),
        (
            "RequestingPhysician",
            Attribute(0x00321032, "PN", "1", None, name="Requesting Physician"),
            None,
        ),
        (
            "RequestingPhysicianIdentificationSequence",
            Attribute(
                0x00321031, "SQ", "1", None, name="Requesting Physician Identification Sequence"
            ),
            Lazy("dicomodel.items.person_identification_item", "PersonIdentificationItem"),
        ),
        (
            "ReferringPhysicianName",
            Attribute(0x00080090, "PN", "1", None, name="Referring Physician's Name"),
            None,
        ),
        (
            "ReferringPhysicianIdentificationSequence",
            Attribute(
                0x00080096, "SQ", "1", None, name="Referring Physician Identification Sequence"
            ),
            Lazy("dicomodel.items.person_identification_item", "PersonIdentificationItem"),
        ),
        (
            "RequestingService",
            Attribute(0x00321033, "LO", "1", None, name="Requesting Service"),
            None,
        ),
        (
            "RequestingServiceCodeSequence",
            Attribute(0x00321034, "SQ", "1", None, name="Requesting Service Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("AccessionNumber", Attribute(0x00080050, "SH", "1", None, name="Accession Number"), None),
        (
            "IssuerOfAccessionNumberSequence",
            Attribute(0x00080051, "SQ", "1", None, name="Issuer of Accession Number Sequence"),
            Lazy(
                "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
            ),
        ),
        (
            "IssueDateOfImagingServiceRequest",
            Attribute(0x00402004, "DA", "1", None, name="Issue Date of Imaging Service Request"),
            None,
        ),
        (
            "IssueTimeOfImagingServiceRequest",
            Attribute(0x00402005, "TM", "1", None, name="Issue Time of Imaging Service Request"),
            None,
        ),
        (
            "PlacerOrderNumberImagingServiceRequest",
            Attribute(
                0x00402016, "LO", "1", None, name="Placer Order Number / Imaging Service Request"
            ),
            None,
        ),
        (
            "OrderPlacerIdentifierSequence",
            Attribute(0x00400026, "SQ", "1", None, name="Order Placer Identifier Sequence"),
            Lazy(
                "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
            ),
        ),
        (
            "FillerOrderNumberImagingServiceRequest",
            Attribute(
                0x00402017, "LO", "1", None, name="Filler Order Number / Imaging Service Request"
            ),
            None,
        ),
        (
            "OrderFillerIdentifierSequence",
            Attribute(0x00400027, "SQ", "1", None, name="Order Filler Identifier Sequence"),
            Lazy(
                "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
            ),
        ),
        ("OrderEnteredBy", Attribute(0x00402008, "PN", "1", None, name="Order Entered By"), None),
        (
            "OrderEntererLocation",
            Attribute(0x00402009, "SH", "1", None, name="Order Enterer's Location"),
            None,
        ),
        (
            "OrderCallbackPhoneNumber",
            Attribute(0x00402010, "SH", "1", None, name="Order Callback Phone Number"),
            None,
        ),
        (
            "OrderCallbackTelecomInformation",
            Attribute(0x00402011, "LT", "1", None, name="Order Callback Telecom Information"),
            None,
        ),
        ("AdmissionID", Attribute(0x00380010, "LO", "1", None, name="Admission ID"), None),
        (
            "IssuerOfAdmissionIDSequence",
            Attribute(0x00380014, "SQ", "1", None, name="Issuer of Admission ID Sequence"),
            Lazy(
                "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
            ),
        ),
        ("ReasonForVisit", Attribute(0x00321066, "UT", "1", None, name="Reason for Visit"), None),
        (
            "ReasonForVisitCodeSequence",
            Attribute(0x00321067, "SQ", "1", None, name="Reason for Visit Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
    ),
)
