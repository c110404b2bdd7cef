"""Presence rules of PET Detector Motion Details Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PETDetectorMotionDetailsMacro = (
    "table_C.8.22-12",
    (
        (
            "PETDetectorMotionDetailsSequence",
            Attribute(0x00189733, "SQ", "1", "1", name="PET Detector Motion Details Sequence"),
            Lazy(
                "dicomodel.items.pet_detector_motion_details_sequence_item",
                "PETDetectorMotionDetailsSequenceItem",
            ),
        ),
    ),
)
