"""Enumerated Values and Defined Terms of Scan Spot Reordering Allowed.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ScanSpotReorderingAllowed as ScanSpotReorderingAllowed
from dicomodel.enums import ScanSpotReorderingAllowedValue as ScanSpotReorderingAllowedValue

__all__ = ["ScanSpotReorderingAllowed", "ScanSpotReorderingAllowedValue"]
