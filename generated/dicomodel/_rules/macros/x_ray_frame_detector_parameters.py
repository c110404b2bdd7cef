"""Presence rules of X-Ray Frame Detector Parameters Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayFrameDetectorParametersMacro = (
    "table_C.8.19.6-5",
    (
        (
            "FrameDetectorParametersSequence",
            Attribute(0x00189451, "SQ", "1", "1", name="Frame Detector Parameters Sequence"),
            Lazy(
                "dicomodel.items.frame_detector_parameters_sequence_item",
                "FrameDetectorParametersSequenceItem",
            ),
        ),
    ),
)
