"""Enumerated Values and Defined Terms of Partial Fourier Direction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PartialFourierDirection as PartialFourierDirection
from dicomodel.enums import PartialFourierDirectionValue as PartialFourierDirectionValue

__all__ = ["PartialFourierDirection", "PartialFourierDirectionValue"]
