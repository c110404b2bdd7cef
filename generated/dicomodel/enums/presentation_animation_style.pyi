"""Enumerated Values and Defined Terms of Presentation Animation Style.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PresentationAnimationStyle as PresentationAnimationStyle
from dicomodel.enums import PresentationAnimationStyleValue as PresentationAnimationStyleValue

__all__ = ["PresentationAnimationStyle", "PresentationAnimationStyleValue"]
