"""Item class XRayGeometrySequenceItemBreastXRayGeometry.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    XRayGeometrySequenceItemBreastXRayGeometry as XRayGeometrySequenceItemBreastXRayGeometry,
)

__all__ = ["XRayGeometrySequenceItemBreastXRayGeometry"]
