"""Enumerated Values and Defined Terms of Double Exposure Ordering.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DoubleExposureOrderingTerm as DoubleExposureOrderingTerm

__all__ = ["DoubleExposureOrderingTerm"]
