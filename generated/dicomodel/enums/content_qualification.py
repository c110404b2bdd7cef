"""Enumerated Values and Defined Terms of Content Qualification.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ContentQualification(StrEnum):
    """Enumerated Values of Content Qualification (0018,9004) in MR Image and Spectroscopy Instance Macro Attributes (C.8-83)."""

    PRODUCT = "PRODUCT"
    RESEARCH = "RESEARCH"
    SERVICE = "SERVICE"
