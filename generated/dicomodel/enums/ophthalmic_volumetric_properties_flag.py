"""Enumerated Values and Defined Terms of Ophthalmic Volumetric Properties Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class OphthalmicVolumetricPropertiesFlag(StrEnum):
    """Enumerated Values of Ophthalmic Volumetric Properties Flag (0022,1622) in Ophthalmic Tomography Image Module Attributes (C.8.17.7-1)."""

    YES = "YES"
    NO = "NO"
