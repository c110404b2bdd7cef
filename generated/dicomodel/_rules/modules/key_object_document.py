"""Presence rules of Key Object Document Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
KeyObjectDocumentModule = (
    "table_C.17.6-2",
    (
        ("InstanceNumber", Attribute(0x00200013, "IS", "1", "1", name="Instance Number"), None),
        ("ContentDate", Attribute(0x00080023, "DA", "1", "1", name="Content Date"), None),
        ("ContentTime", Attribute(0x00080033, "TM", "1", "1", name="Content Time"), None),
        (
            "ReferencedRequestSequence",
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
            Lazy("dicomodel.items.referenced_request_item", "ReferencedRequestItem"),
        ),
        (
            "CurrentRequestedProcedureEvidenceSequence",
            Attribute(
                0x0040A375, "SQ", "1", "1", name="Current Requested Procedure Evidence Sequence"
            ),
            Lazy(
                "dicomodel.items.hierarchical_sop_instance_reference_item",
                "HierarchicalSOPInstanceReferenceItem",
            ),
        ),
        (
            "IdenticalDocumentsSequence",
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
            Lazy(
                "dicomodel.items.hierarchical_sop_instance_reference_item",
                "HierarchicalSOPInstanceReferenceItem",
            ),
        ),
    ),
)
