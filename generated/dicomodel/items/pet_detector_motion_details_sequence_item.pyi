"""Item class PETDetectorMotionDetailsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RotationDirection as RotationDirection
from dicomodel.items import (
    PETDetectorMotionDetailsSequenceItem as PETDetectorMotionDetailsSequenceItem,
)

__all__ = ["PETDetectorMotionDetailsSequenceItem", "RotationDirection"]
