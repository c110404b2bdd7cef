"""Enumerated Values and Defined Terms of Horizontal Prism Base.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import HorizontalPrismBase as HorizontalPrismBase
from dicomodel.enums import HorizontalPrismBaseValue as HorizontalPrismBaseValue

__all__ = ["HorizontalPrismBase", "HorizontalPrismBaseValue"]
