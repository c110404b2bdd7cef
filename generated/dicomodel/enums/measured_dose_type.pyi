"""Enumerated Values and Defined Terms of Measured Dose Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MeasuredDoseTypeTerm as MeasuredDoseTypeTerm

__all__ = ["MeasuredDoseTypeTerm"]
