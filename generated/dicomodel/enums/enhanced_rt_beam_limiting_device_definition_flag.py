"""Enumerated Values and Defined Terms of Enhanced RT Beam Limiting Device Definition Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class EnhancedRTBeamLimitingDeviceDefinitionFlag(StrEnum):
    """Enumerated Values of Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) in RT Image Module Attributes (C.8-38)."""

    YES = "YES"
    NO = "NO"
