"""Enumerated Values and Defined Terms of Image Set Selector Category.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ImageSetSelectorCategory as ImageSetSelectorCategory
from dicomodel.enums import ImageSetSelectorCategoryValue as ImageSetSelectorCategoryValue

__all__ = ["ImageSetSelectorCategory", "ImageSetSelectorCategoryValue"]
