"""Enumerated Values and Defined Terms of Scan Spot Reordered.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ScanSpotReordered as ScanSpotReordered
from dicomodel.enums import ScanSpotReorderedValue as ScanSpotReorderedValue

__all__ = ["ScanSpotReordered", "ScanSpotReorderedValue"]
