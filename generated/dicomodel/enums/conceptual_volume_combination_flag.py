"""Enumerated Values and Defined Terms of Conceptual Volume Combination Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ConceptualVolumeCombinationFlag(StrEnum):
    """Enumerated Values of Conceptual Volume Combination Flag (3010,000E) in Conceptual Volume Segmentation Reference And Combination Macro Attributes (10.34-1)."""

    YES = "YES"
    NO = "NO"
