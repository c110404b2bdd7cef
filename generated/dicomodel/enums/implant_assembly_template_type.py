"""Enumerated Values and Defined Terms of Implant Assembly Template Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ImplantAssemblyTemplateType(StrEnum):
    """Enumerated Values of Implant Assembly Template Type (0076,000A) in Implant Assembly Template Module Attributes (C.29.2-1)."""

    ORIGINAL = "ORIGINAL"
    DERIVED = "DERIVED"
