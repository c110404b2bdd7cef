"""Enumerated Values and Defined Terms of Presentation Intent Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PresentationIntentType as PresentationIntentType
from dicomodel.enums import PresentationIntentTypeValue as PresentationIntentTypeValue

__all__ = ["PresentationIntentType", "PresentationIntentTypeValue"]
