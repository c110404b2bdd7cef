"""Enumerated Values and Defined Terms of Partial Fourier.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PartialFourier as PartialFourier
from dicomodel.enums import PartialFourierValue as PartialFourierValue

__all__ = ["PartialFourier", "PartialFourierValue"]
