"""Enumerated Values and Defined Terms of Presentation Input Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PresentationInputType as PresentationInputType
from dicomodel.enums import PresentationInputTypeValue as PresentationInputTypeValue

__all__ = ["PresentationInputType", "PresentationInputTypeValue"]
