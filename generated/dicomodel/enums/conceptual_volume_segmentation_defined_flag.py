"""Enumerated Values and Defined Terms of Conceptual Volume Segmentation Defined Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ConceptualVolumeSegmentationDefinedFlag(StrEnum):
    """Enumerated Values of Conceptual Volume Segmentation Defined Flag (3010,0010) in Conceptual Volume Segmentation Reference And Combination Macro Attributes (10.34-1)."""

    YES = "YES"
    NO = "NO"
