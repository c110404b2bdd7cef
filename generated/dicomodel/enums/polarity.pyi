"""Enumerated Values and Defined Terms of Polarity.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import Polarity as Polarity
from dicomodel.enums import PolarityValue as PolarityValue

__all__ = ["Polarity", "PolarityValue"]
