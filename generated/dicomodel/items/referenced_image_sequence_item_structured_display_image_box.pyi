"""Item class ReferencedImageSequenceItemStructuredDisplayImageBox.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedImageSequenceItemStructuredDisplayImageBox as ReferencedImageSequenceItemStructuredDisplayImageBox,
)
from dicomodel.items import SOPInstanceReferenceItem as ReferencedPresentationStateSequenceItem

__all__ = [
    "ReferencedImageSequenceItemStructuredDisplayImageBox",
    "ReferencedPresentationStateSequenceItem",
]
