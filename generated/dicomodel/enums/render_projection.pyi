"""Enumerated Values and Defined Terms of Render Projection.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RenderProjection as RenderProjection
from dicomodel.enums import RenderProjectionValue as RenderProjectionValue
from dicomodel.enums import (
    RenderProjectionVolumeRenderGeometry as RenderProjectionVolumeRenderGeometry,
)
from dicomodel.enums import (
    RenderProjectionVolumeRenderGeometryValue as RenderProjectionVolumeRenderGeometryValue,
)

__all__ = [
    "RenderProjection",
    "RenderProjectionValue",
    "RenderProjectionVolumeRenderGeometry",
    "RenderProjectionVolumeRenderGeometryValue",
]
