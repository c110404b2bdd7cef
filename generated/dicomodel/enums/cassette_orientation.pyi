"""Enumerated Values and Defined Terms of Cassette Orientation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CassetteOrientation as CassetteOrientation
from dicomodel.enums import CassetteOrientationValue as CassetteOrientationValue

__all__ = ["CassetteOrientation", "CassetteOrientationValue"]
