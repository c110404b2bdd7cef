"""Enumerated Values and Defined Terms of Pupil Dilated.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PupilDilated as PupilDilated
from dicomodel.enums import PupilDilatedValue as PupilDilatedValue

__all__ = ["PupilDilated", "PupilDilatedValue"]
