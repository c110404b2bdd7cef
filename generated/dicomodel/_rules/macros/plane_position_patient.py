"""Presence rules of Plane Position (Patient) Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PlanePositionPatientMacro = (
    "table_C.7.6.16-4",
    (
        (
            "PlanePositionSequence",
            Attribute(0x00209113, "SQ", "1", "1", name="Plane Position Sequence"),
            Lazy("dicomodel.items.plane_position_sequence_item", "PlanePositionSequenceItem"),
        ),
    ),
)
