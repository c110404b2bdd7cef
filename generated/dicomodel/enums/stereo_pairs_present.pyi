"""Enumerated Values and Defined Terms of Stereo Pairs Present.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import StereoPairsPresent as StereoPairsPresent
from dicomodel.enums import StereoPairsPresentValue as StereoPairsPresentValue

__all__ = ["StereoPairsPresent", "StereoPairsPresentValue"]
