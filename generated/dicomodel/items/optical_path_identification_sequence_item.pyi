"""Item class OpticalPathIdentificationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    OpticalPathIdentificationSequenceItem as OpticalPathIdentificationSequenceItem,
)

__all__ = ["OpticalPathIdentificationSequenceItem"]
