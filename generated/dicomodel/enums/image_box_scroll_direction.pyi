"""Enumerated Values and Defined Terms of Image Box Scroll Direction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ImageBoxScrollDirection as ImageBoxScrollDirection
from dicomodel.enums import ImageBoxScrollDirectionValue as ImageBoxScrollDirectionValue

__all__ = ["ImageBoxScrollDirection", "ImageBoxScrollDirectionValue"]
