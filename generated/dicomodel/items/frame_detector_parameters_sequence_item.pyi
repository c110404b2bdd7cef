"""Item class FrameDetectorParametersSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    FrameDetectorParametersSequenceItem as FrameDetectorParametersSequenceItem,
)

__all__ = ["FrameDetectorParametersSequenceItem"]
