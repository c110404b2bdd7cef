"""Enumerated Values and Defined Terms of Detector Configuration.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "DetectorConfigurationTerm",
]


class DetectorConfigurationTerm(StrEnum):
    """Defined Terms of Detector Configuration (0018,7005) in Digital X-Ray Detector Macro Attributes (C.8-71b)."""

    AREA = "AREA"
    """single or tiled detector"""
    SLOT = "SLOT"
    """scanned slot, slit or spot"""
