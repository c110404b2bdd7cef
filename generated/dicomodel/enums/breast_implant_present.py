"""Enumerated Values and Defined Terms of Breast Implant Present.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class BreastImplantPresent(StrEnum):
    """Enumerated Values of Breast Implant Present (0028,1300) in Mammography Image Module Attributes (C.8-74)."""

    YES = "YES"
    NO = "NO"
