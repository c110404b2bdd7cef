"""Enumerated Values and Defined Terms of Rendering Method.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RenderingMethod as RenderingMethod
from dicomodel.enums import RenderingMethodValue as RenderingMethodValue
from dicomodel.enums import (
    RenderingMethodVolumeRenderGeometry as RenderingMethodVolumeRenderGeometry,
)
from dicomodel.enums import (
    RenderingMethodVolumeRenderGeometryValue as RenderingMethodVolumeRenderGeometryValue,
)

__all__ = [
    "RenderingMethod",
    "RenderingMethodValue",
    "RenderingMethodVolumeRenderGeometry",
    "RenderingMethodVolumeRenderGeometryValue",
]
