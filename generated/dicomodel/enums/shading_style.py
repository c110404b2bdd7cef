"""Enumerated Values and Defined Terms of Shading Style.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ShadingStyle(StrEnum):
    """Enumerated Values of Shading Style (0070,1701) in Render Shading Module Attributes (C.11.31-1)."""

    SINGLESIDED = "SINGLESIDED"
    """Only \"front-facing\" voxels are shaded."""
    DOUBLESIDED = "DOUBLESIDED"
    """\"Front-facing\" and \"back-facing\" voxels are shaded."""
