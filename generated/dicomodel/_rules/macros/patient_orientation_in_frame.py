"""Presence rules of Patient Orientation in Frame Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PatientOrientationInFrameMacro = (
    "table_C.7.6.16-16",
    (
        (
            "PatientOrientationInFrameSequence",
            Attribute(0x00209450, "SQ", "1", "1", name="Patient Orientation in Frame Sequence"),
            Lazy(
                "dicomodel.items.patient_orientation_in_frame_sequence_item",
                "PatientOrientationInFrameSequenceItem",
            ),
        ),
    ),
)
