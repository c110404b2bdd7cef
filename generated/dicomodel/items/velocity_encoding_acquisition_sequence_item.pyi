"""Item class VelocityEncodingAcquisitionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    VelocityEncodingAcquisitionSequenceItem as VelocityEncodingAcquisitionSequenceItem,
)

__all__ = ["VelocityEncodingAcquisitionSequenceItem"]
