"""Enumerated Values and Defined Terms of Allow Media Splitting.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AllowMediaSplitting as AllowMediaSplitting
from dicomodel.enums import AllowMediaSplittingValue as AllowMediaSplittingValue

__all__ = ["AllowMediaSplitting", "AllowMediaSplittingValue"]
