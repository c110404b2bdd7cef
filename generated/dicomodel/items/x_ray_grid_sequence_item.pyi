"""Item class XRayGridSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import XRayGridSequenceItem as XRayGridSequenceItem

__all__ = ["XRayGridSequenceItem"]
