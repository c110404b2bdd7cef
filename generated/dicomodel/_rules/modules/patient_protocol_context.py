"""Presence rules of Patient Protocol Context Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PatientProtocolContextModule = (
    "table_C.34.3-1",
    (
        (
            "ReferencedPerformedProtocolSequence",
            Attribute(0x0018990D, "SQ", "1", "1", name="Referenced Performed Protocol Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
    ),
)
