"""Enumerated Values and Defined Terms of Decay Corrected.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DecayCorrected as DecayCorrected
from dicomodel.enums import DecayCorrectedValue as DecayCorrectedValue

__all__ = ["DecayCorrected", "DecayCorrectedValue"]
