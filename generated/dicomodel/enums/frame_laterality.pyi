"""Enumerated Values and Defined Terms of Frame Laterality.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FrameLaterality as FrameLaterality
from dicomodel.enums import FrameLateralityValue as FrameLateralityValue

__all__ = ["FrameLaterality", "FrameLateralityValue"]
