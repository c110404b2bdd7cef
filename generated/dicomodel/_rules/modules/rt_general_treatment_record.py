"""Presence rules of RT General Treatment Record Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTGeneralTreatmentRecordModule = (
    "table_C.8-53",
    (
        ("InstanceNumber", Attribute(0x00200013, "IS", "1", "1", name="Instance Number"), None),
        ("TreatmentDate", Attribute(0x30080250, "DA", "1", "2", name="Treatment Date"), None),
        ("TreatmentTime", Attribute(0x30080251, "TM", "1", "2", name="Treatment Time"), None),
        (
            "ReferencedRTPlanSequence",
            Attribute(0x300C0002, "SQ", "1", "2", name="Referenced RT Plan Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "ReferencedTreatmentRecordSequence",
            Attribute(0x30080030, "SQ", "1", "3", name="Referenced Treatment Record Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
    ),
)
