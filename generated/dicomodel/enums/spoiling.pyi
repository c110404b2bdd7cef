"""Enumerated Values and Defined Terms of Spoiling.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import Spoiling as Spoiling
from dicomodel.enums import SpoilingValue as SpoilingValue

__all__ = ["Spoiling", "SpoilingValue"]
