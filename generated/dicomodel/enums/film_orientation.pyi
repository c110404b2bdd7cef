"""Enumerated Values and Defined Terms of Film Orientation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FilmOrientation as FilmOrientation
from dicomodel.enums import FilmOrientationValue as FilmOrientationValue

__all__ = ["FilmOrientation", "FilmOrientationValue"]
