"""Item class XRayGeometrySequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import XRayGeometrySequenceItem as XRayGeometrySequenceItem

__all__ = ["XRayGeometrySequenceItem"]
