"""Presence rules of X-Ray Positioner Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayPositionerMacro = (
    "table_C.8.19.6-10",
    (
        (
            "PositionerPositionSequence",
            Attribute(0x00189405, "SQ", "1", "1", name="Positioner Position Sequence"),
            Lazy(
                "dicomodel.items.positioner_position_sequence_item",
                "PositionerPositionSequenceItem",
            ),
        ),
    ),
)
