"""Presence rules of Visit Admission Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VisitAdmissionModule = (
    "table_C.3-4",
    (
        (
            "ReferringPhysicianName",
            Attribute(0x00080090, "PN", "1", None, name="Referring Physician's Name"),
            None,
        ),
        (
            "ReferringPhysicianAddress",
            Attribute(0x00080092, "ST", "1", None, name="Referring Physician's Address"),
            None,
        ),
        (
            "ReferringPhysicianTelephoneNumbers",
            Attribute(
                0x00080094, "SH", "1-n", None, name="Referring Physician's Telephone Numbers"
            ),
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
            "ConsultingPhysicianName",
            Attribute(0x0008009C, "PN", "1-n", None, name="Consulting Physician's Name"),
            None,
        ),
        (
            "ConsultingPhysicianIdentificationSequence",
            Attribute(
                0x0008009D, "SQ", "1", None, name="Consulting Physician Identification Sequence"
            ),
            Lazy("dicomodel.items.person_identification_item", "PersonIdentificationItem"),
        ),
        (
            "AdmittingDiagnosesDescription",
            Attribute(0x00081080, "LO", "1-n", None, name="Admitting Diagnoses Description"),
            None,
        ),
        (
            "AdmittingDiagnosesCodeSequence",
            Attribute(0x00081084, "SQ", "1", None, name="Admitting Diagnoses Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "RouteOfAdmissions",
            Attribute(0x00380016, "LO", "1", None, name="Route of Admissions"),
            None,
        ),
        ("AdmittingDate", Attribute(0x00380020, "DA", "1", None, name="Admitting Date"), None),
        ("AdmittingTime", Attribute(0x00380021, "TM", "1", None, name="Admitting Time"), None),
    ),
)
