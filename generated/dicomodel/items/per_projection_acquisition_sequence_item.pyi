"""Item class PerProjectionAcquisitionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    PerProjectionAcquisitionSequenceItem as PerProjectionAcquisitionSequenceItem,
)

__all__ = ["PerProjectionAcquisitionSequenceItem"]
