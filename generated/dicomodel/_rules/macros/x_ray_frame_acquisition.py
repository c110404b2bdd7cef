"""Presence rules of X-Ray Frame Acquisition Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayFrameAcquisitionMacro = (
    "table_C.8.19.6-8",
    (
        (
            "FrameAcquisitionSequence",
            Attribute(0x00189417, "SQ", "1", "1", name="Frame Acquisition Sequence"),
            Lazy("dicomodel.items.frame_acquisition_sequence_item", "FrameAcquisitionSequenceItem"),
        ),
    ),
)
