"""Enumerated Values and Defined Terms of Refractive Procedure Occurred.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RefractiveProcedureOccurred(StrEnum):
    """Enumerated Values of Refractive Procedure Occurred (0022,1039) in Intraocular Lens Calculations Macro Attributes (C.8.25.16-2)."""

    YES = "YES"
    NO = "NO"
