"""Enumerated Values and Defined Terms of Pixel Spacing Calibration Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "PixelSpacingCalibrationType",
    "PixelSpacingCalibrationTypeValue",
]


class PixelSpacingCalibrationType(StrEnum):
    """Enumerated Values of Pixel Spacing Calibration Type (0028,0A02) in Basic Pixel Spacing Calibration Macro Attributes (10-10)."""

    GEOMETRY = "GEOMETRY"
    """The Pixel Spacing (0028,0030) values account for assumed or known geometric magnification effects and correspond to some unspecified depth within the Patient; the Pixel Spacing (0028,0030) values may thus be used for measurements of objects located close to the central ray and at the same depth."""
    FIDUCIAL = "FIDUCIAL"
    """The Pixel Spacing (0028,0030) values have been calibrated by the operator or image processing software by measurement of an object (fiducial) that is visible in the pixel data and is of known size and is located close to the central ray; the Pixel Spacing (0028,0030) values may thus be used for measurements of objects located close to the central ray and located at the same depth within the Patient as the fiducial."""


if TYPE_CHECKING:
    PixelSpacingCalibrationTypeValue: TypeAlias = (
        PixelSpacingCalibrationType | Literal["GEOMETRY", "FIDUCIAL"]
    )
else:
    PixelSpacingCalibrationTypeValue = PixelSpacingCalibrationType
"""A value of PixelSpacingCalibrationType: the enum or the string of one of its members."""
