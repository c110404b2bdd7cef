"""Enumerated Values and Defined Terms of Scan Progression Direction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ScanProgressionDirection as ScanProgressionDirection
from dicomodel.enums import ScanProgressionDirectionValue as ScanProgressionDirectionValue

__all__ = ["ScanProgressionDirection", "ScanProgressionDirectionValue"]
