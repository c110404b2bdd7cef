"""Enumerated Values and Defined Terms of Graphic Filled.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GraphicFilled as GraphicFilled
from dicomodel.enums import GraphicFilledValue as GraphicFilledValue

__all__ = ["GraphicFilled", "GraphicFilledValue"]
