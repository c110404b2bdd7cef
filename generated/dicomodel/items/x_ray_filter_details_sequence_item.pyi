"""Item class XRayFilterDetailsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FilterTypeTerm as FilterTypeTerm
from dicomodel.items import XRayFilterDetailsSequenceItem as XRayFilterDetailsSequenceItem

__all__ = ["FilterTypeTerm", "XRayFilterDetailsSequenceItem"]
