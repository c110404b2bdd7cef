"""Presence rules of Breast X-Ray Detector Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
BreastXRayDetectorMacro = (
    "table_C.8.31.3-1",
    (
        (
            "DetectorPositionSequence",
            Attribute(0x00189541, "SQ", "1", "1", name="Detector Position Sequence"),
            Lazy("dicomodel.items.detector_position_sequence_item", "DetectorPositionSequenceItem"),
        ),
    ),
)
