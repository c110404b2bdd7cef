"""Enumerated Values and Defined Terms of Bold.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import Bold as Bold
from dicomodel.enums import BoldValue as BoldValue

__all__ = ["Bold", "BoldValue"]
