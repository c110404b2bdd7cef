"""Enumerated Values and Defined Terms of Block Orientation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlockOrientation as BlockOrientation
from dicomodel.enums import BlockOrientationValue as BlockOrientationValue

__all__ = ["BlockOrientation", "BlockOrientationValue"]
