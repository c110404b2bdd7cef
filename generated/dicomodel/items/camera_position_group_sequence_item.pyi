"""Item class CameraPositionGroupSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RenderProjection as RenderProjection
from dicomodel.items import CameraPositionGroupSequenceItem as CameraPositionGroupSequenceItem

__all__ = ["CameraPositionGroupSequenceItem", "RenderProjection"]
