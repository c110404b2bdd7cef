"""Presence rules of Plane Orientation (Patient) Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PlaneOrientationPatientMacro = (
    "table_C.7.6.16-5",
    (
        (
            "PlaneOrientationSequence",
            Attribute(0x00209116, "SQ", "1", "1", name="Plane Orientation Sequence"),
            Lazy("dicomodel.items.plane_orientation_sequence_item", "PlaneOrientationSequenceItem"),
        ),
    ),
)
