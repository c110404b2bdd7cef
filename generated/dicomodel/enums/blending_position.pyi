"""Enumerated Values and Defined Terms of Blending Position.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlendingPosition as BlendingPosition
from dicomodel.enums import BlendingPositionValue as BlendingPositionValue

__all__ = ["BlendingPosition", "BlendingPositionValue"]
