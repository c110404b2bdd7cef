"""Enumerated Values and Defined Terms of Overlay Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import OverlayType as OverlayType
from dicomodel.enums import OverlayTypeValue as OverlayTypeValue

__all__ = ["OverlayType", "OverlayTypeValue"]
