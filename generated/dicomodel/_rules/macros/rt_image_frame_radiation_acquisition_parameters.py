"""Presence rules of RT Image Frame Radiation Acquisition Parameters Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTImageFrameRadiationAcquisitionParametersMacro = (
    "table_C.36.2.4.10-1",
    (
        (
            "RTImageFrameRadiationAcquisitionSequence",
            Attribute(
                0x3002010C, "SQ", "1", "1", name="RT Image Frame Radiation Acquisition Sequence"
            ),
            Lazy(
                "dicomodel.items.rt_image_frame_radiation_acquisition_sequence_item",
                "RTImageFrameRadiationAcquisitionSequenceItem",
            ),
        ),
    ),
)
