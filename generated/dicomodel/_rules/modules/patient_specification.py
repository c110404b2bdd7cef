"""Presence rules of Patient Specification Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PatientSpecificationModule = (
    "table_C.34.5-1",
    (
        (
            "PatientSpecificationSequence",
            Attribute(0x00189911, "SQ", "1", "1", name="Patient Specification Sequence"),
            Lazy("dicomodel.items.attribute_value_constraint_item", "AttributeValueConstraintItem"),
        ),
    ),
)
