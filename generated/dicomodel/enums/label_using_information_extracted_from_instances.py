"""Enumerated Values and Defined Terms of Label Using Information Extracted From Instances.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class LabelUsingInformationExtractedFromInstances(StrEnum):
    """Enumerated Values of Label Using Information Extracted From Instances (2200,0001) in Media Creation Management Module Attributes (C.22.1-1)."""

    YES = "YES"
    NO = "NO"
