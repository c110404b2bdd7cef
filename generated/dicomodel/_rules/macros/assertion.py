"""Presence rules of Assertion Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
AssertionMacro = (
    "table_10.30-1",
    (
        (
            "AssertionCodeSequence",
            Attribute(0x00440101, "SQ", "1", "1", name="Assertion Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("AssertionUID", Attribute(0x00440102, "UI", "1", "1", name="Assertion UID"), None),
        (
            "AsserterIdentificationSequence",
            Attribute(0x00440103, "SQ", "1", "1", name="Asserter Identification Sequence"),
            Lazy(
                "dicomodel.items.identified_person_or_device_item", "IdentifiedPersonOrDeviceItem"
            ),
        ),
        (
            "AssertionDateTime",
            Attribute(0x00440104, "DT", "1", "1", name="Assertion DateTime"),
            None,
        ),
        (
            "AssertionExpirationDateTime",
            Attribute(0x00440105, "DT", "1", "3", name="Assertion Expiration DateTime"),
            None,
        ),
        (
            "AssertionComments",
            Attribute(0x00440106, "UT", "1", "3", name="Assertion Comments"),
            None,
        ),
        (
            "PertinentDocumentsSequence",
            Attribute(0x00380100, "SQ", "1", "3", name="Pertinent Documents Sequence"),
            Lazy(
                "dicomodel.items.pertinent_documents_sequence_item",
                "PertinentDocumentsSequenceItem",
            ),
        ),
        (
            "RelatedAssertionSequence",
            Attribute(0x00440107, "SQ", "1", "3", name="Related Assertion Sequence"),
            Lazy("dicomodel.items.related_assertion_sequence_item", "RelatedAssertionSequenceItem"),
        ),
    ),
)
