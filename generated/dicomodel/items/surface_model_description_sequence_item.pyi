"""Item class SurfaceModelDescriptionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    SurfaceModelDescriptionSequenceItem as SurfaceModelDescriptionSequenceItem,
)

__all__ = ["SurfaceModelDescriptionSequenceItem"]
