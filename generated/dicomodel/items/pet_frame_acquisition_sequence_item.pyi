"""Item class PETFrameAcquisitionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import PETFrameAcquisitionSequenceItem as PETFrameAcquisitionSequenceItem

__all__ = ["PETFrameAcquisitionSequenceItem"]
