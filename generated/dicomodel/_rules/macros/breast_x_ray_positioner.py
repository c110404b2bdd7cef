"""Presence rules of Breast X-Ray Positioner Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
BreastXRayPositionerMacro = (
    "table_C.8.31.2-1",
    (
        (
            "PositionerPositionSequence",
            Attribute(0x00189405, "SQ", "1", "1", name="Positioner Position Sequence"),
            Lazy(
                "dicomodel.items.positioner_position_sequence_item_breast_x_ray_positioner",
                "PositionerPositionSequenceItemBreastXRayPositioner",
            ),
        ),
    ),
)
