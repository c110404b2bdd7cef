"""Item class XAAcquisitionPhaseDetailsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    XAAcquisitionPhaseDetailsSequenceItem as XAAcquisitionPhaseDetailsSequenceItem,
)

__all__ = ["XAAcquisitionPhaseDetailsSequenceItem"]
