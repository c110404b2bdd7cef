"""Enumerated Values and Defined Terms of Pre-Selected for Implantation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PreSelectedForImplantation(StrEnum):
    """Enumerated Values of Pre-Selected for Implantation (0022,1049) in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    YES = "YES"
    NO = "NO"
