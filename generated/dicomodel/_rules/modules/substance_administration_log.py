"""Presence rules of Substance Administration Log Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SubstanceAdministrationLogModule = (
    "table_C.26-4",
    (
        ("PatientName", Attribute(0x00100010, "PN", "1", None, name="Patient's Name"), None),
        ("PatientID", Attribute(0x00100020, "LO", "1", None, name="Patient ID"), None),
        (
            "IssuerOfPatientID",
            Attribute(0x00100021, "LO", "1", "3", name="Issuer of Patient ID"),
            None,
        ),
        (
            "IssuerOfPatientIDQualifiersSequence",
            Attribute(0x00100024, "SQ", "1", "3", name="Issuer of Patient ID Qualifiers Sequence"),
            Lazy(
                "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
                "IssuerOfPatientIDQualifiersSequenceItem",
            ),
        ),
        ("AdmissionID", Attribute(0x00380010, "LO", "1", None, name="Admission ID"), None),
        (
            "IssuerOfAdmissionIDSequence",
            Attribute(0x00380014, "SQ", "1", None, name="Issuer of Admission ID Sequence"),
            Lazy(
                "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
            ),
        ),
        (
            "ProductPackageIdentifier",
            Attribute(0x00440001, "ST", "1", None, name="Product Package Identifier"),
            None,
        ),
        ("ProductName", Attribute(0x00440008, "LO", "1-n", None, name="Product Name"), None),
        (
            "ProductDescription",
            Attribute(0x00440009, "LT", "1", None, name="Product Description"),
            None,
        ),
        (
            "SubstanceAdministrationDateTime",
            Attribute(0x00440010, "DT", "1", None, name="Substance Administration DateTime"),
            None,
        ),
        (
            "SubstanceAdministrationNotes",
            Attribute(0x00440011, "LO", "1", None, name="Substance Administration Notes"),
            None,
        ),
        (
            "SubstanceAdministrationDeviceID",
            Attribute(0x00440012, "LO", "1", None, name="Substance Administration Device ID"),
            None,
        ),
        (
            "AdministrationRouteCodeSequence",
            Attribute(0x00540302, "SQ", "1", None, name="Administration Route Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "SubstanceAdministrationParameterSequence",
            Attribute(
                0x00440019, "SQ", "1", None, name="Substance Administration Parameter Sequence"
            ),
            Lazy("dicomodel.items.content_item", "ContentItem"),
        ),
        (
            "OperatorIdentificationSequence",
            Attribute(0x00081072, "SQ", "1", None, name="Operator Identification Sequence"),
            Lazy(
                "dicomodel.items.operator_identification_sequence_item",
                "OperatorIdentificationSequenceItem",
            ),
        ),
    ),
)
