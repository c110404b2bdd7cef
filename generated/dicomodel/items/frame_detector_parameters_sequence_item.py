"""Item class FrameDetectorParametersSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "FrameDetectorParametersSequenceItem",
]


class FrameDetectorParametersSequenceItem(DicomModel):
    """An item of Frame Detector Parameters Sequence (0018,9451), as first defined in X-Ray Frame Detector Parameters Macro Attributes (C.8.19.6-5)."""

    dicom_name: ClassVar[str] = "Frame Detector Parameters Sequence"
    dicom_table: ClassVar[str] = "table_C.8.19.6-5"

    DetectorActiveTime: Annotated[
        vr.DS | None, Attribute(0x00187014, "DS", "1", "3", name="Detector Active Time")
    ] = None
    """Detector Active Time (0018,7014): Type 3, VR DS, VM 1. Time in mSec that the detector is active during acquisition of this image. This activation window overlaps the time of the X-Ray exposure as defined by Exposure Time in ms (0018,9328) and Detector Activation Offset From Exposure (0018,7016)..."""

    DetectorActivationOffsetFromExposure: Annotated[
        vr.DS | None,
        Attribute(0x00187016, "DS", "1", "3", name="Detector Activation Offset From Exposure"),
    ] = None
    """Detector Activation Offset From Exposure (0018,7016): Type 3, VR DS, VM 1. Offset time in mSec that the detector becomes active after the X-Ray beam is turned on during acquisition of this image. May be negative."""
