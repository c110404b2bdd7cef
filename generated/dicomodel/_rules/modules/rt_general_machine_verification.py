"""Presence rules of RT General Machine Verification Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTGeneralMachineVerificationModule = (
    "table_C.31-1",
    (
        (
            "ReferencedRTPlanSequence",
            Attribute(0x300C0002, "SQ", "1", None, name="Referenced RT Plan Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "ReferencedFractionGroupNumber",
            Attribute(0x300C0022, "IS", "1", None, name="Referenced Fraction Group Number"),
            None,
        ),
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
        (
            "TreatmentVerificationStatus",
            Attribute(
                0x3008002C,
                "CS",
                "1",
                None,
                name="Treatment Verification Status",
                enumerated=((0, ("VERIFIED", "VERIFIED_OVR", "NOT_VERIFIED")),),
            ),
            None,
        ),
        (
            "FailedAttributesSequence",
            Attribute(0x00741048, "SQ", "1", None, name="Failed Parameters Sequence"),
            Lazy("dicomodel.items.selector_attribute_item", "SelectorAttributeItem"),
        ),
        (
            "OverriddenAttributesSequence",
            Attribute(0x0074104A, "SQ", "1", None, name="Overridden Parameters Sequence"),
            Lazy(
                "dicomodel.items.overridden_attributes_sequence_item",
                "OverriddenAttributesSequenceItem",
            ),
        ),
        (
            "GeneralMachineVerificationSequence",
            Attribute(0x00741042, "SQ", "1", None, name="General Machine Verification Sequence"),
            Lazy(
                "dicomodel.items.general_machine_verification_sequence_item",
                "GeneralMachineVerificationSequenceItem",
            ),
        ),
    ),
)
