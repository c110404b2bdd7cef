"""Presence rules of Equipment Specification Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
EquipmentSpecificationModule = (
    "table_C.34.6-1",
    (
        (
            "EquipmentModality",
            Attribute(0x00080221, "CS", "1", "1", name="Equipment Modality"),
            None,
        ),
        (
            "ModelSpecificationSequence",
            Attribute(0x00189912, "SQ", "1", "3", name="Model Specification Sequence"),
            Lazy(
                "dicomodel.items.model_specification_sequence_item",
                "ModelSpecificationSequenceItem",
            ),
        ),
    ),
)
