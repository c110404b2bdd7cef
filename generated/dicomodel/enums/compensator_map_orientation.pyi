"""Enumerated Values and Defined Terms of Compensator Map Orientation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CompensatorMapOrientation as CompensatorMapOrientation
from dicomodel.enums import CompensatorMapOrientationValue as CompensatorMapOrientationValue

__all__ = ["CompensatorMapOrientation", "CompensatorMapOrientationValue"]
