"""Enumerated Values and Defined Terms of Shadow Style.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ShadowStyle as ShadowStyle
from dicomodel.enums import ShadowStyleValue as ShadowStyleValue

__all__ = ["ShadowStyle", "ShadowStyleValue"]
