"""Enumerated Values and Defined Terms of Vertical Prism Base.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import VerticalPrismBase as VerticalPrismBase
from dicomodel.enums import VerticalPrismBaseValue as VerticalPrismBaseValue

__all__ = ["VerticalPrismBase", "VerticalPrismBaseValue"]
