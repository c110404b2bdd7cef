"""Presence rules of Breast X-Ray Isocenter Reference System Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
BreastXRayIsocenterReferenceSystemMacro = (
    "table_C.8.31.6-1",
    (
        (
            "IsocenterReferenceSystemSequence",
            Attribute(0x00189462, "SQ", "1", "1", name="Isocenter Reference System Sequence"),
            Lazy(
                "dicomodel.items.isocenter_reference_system_sequence_item_breast_x_ray_isocenter_reference_system",
                "IsocenterReferenceSystemSequenceItemBreastXRayIsocenterReferenceSystem",
            ),
        ),
    ),
)
