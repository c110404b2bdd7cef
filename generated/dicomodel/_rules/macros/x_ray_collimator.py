"""Presence rules of X-Ray Collimator Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayCollimatorMacro = (
    "table_C.8.19.6-12",
    (
        (
            "CollimatorShapeSequence",
            Attribute(0x00189407, "SQ", "1", "1", name="Collimator Shape Sequence"),
            Lazy("dicomodel.items.collimator_shape_sequence_item", "CollimatorShapeSequenceItem"),
        ),
    ),
)
