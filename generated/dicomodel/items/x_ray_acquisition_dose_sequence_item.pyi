"""Item class XRayAcquisitionDoseSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import EntranceDoseDerivation as EntranceDoseDerivation
from dicomodel.items import XRayAcquisitionDoseSequenceItem as XRayAcquisitionDoseSequenceItem

__all__ = ["EntranceDoseDerivation", "XRayAcquisitionDoseSequenceItem"]
