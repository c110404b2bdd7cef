"""Enumerated Values and Defined Terms of Render Projection.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RenderProjection(StrEnum):
    """Enumerated Values of Render Projection (0070,1602) in Camera Position Functional Group Macro Attributes (C.7.6.16.2.28-1)."""

    PERSPECTIVE = "PERSPECTIVE"


class RenderProjectionVolumeRenderGeometry(StrEnum):
    """Enumerated Values of Render Projection (0070,1602) in Volume Render Geometry Module Attributes (C.11.30-1)."""

    ORTHOGRAPHIC = "ORTHOGRAPHIC"
    PERSPECTIVE = "PERSPECTIVE"
