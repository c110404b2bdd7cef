"""Enumerated Values and Defined Terms of Blind Spot Localized.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlindSpotLocalized as BlindSpotLocalized
from dicomodel.enums import BlindSpotLocalizedValue as BlindSpotLocalizedValue

__all__ = ["BlindSpotLocalized", "BlindSpotLocalizedValue"]
