"""Item class XAPlaneDetailsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FilterTypeTerm as FilterTypeTerm
from dicomodel.enums import PlaneIdentificationTerm as PlaneIdentificationTerm
from dicomodel.items import XAPlaneDetailsSequenceItem as XAPlaneDetailsSequenceItem
from dicomodel.items import XRayFilterDetailsSequenceItem as XRayFilterDetailsSequenceItem

__all__ = [
    "FilterTypeTerm",
    "PlaneIdentificationTerm",
    "XAPlaneDetailsSequenceItem",
    "XRayFilterDetailsSequenceItem",
]
