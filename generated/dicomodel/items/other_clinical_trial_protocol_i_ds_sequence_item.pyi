"""Item class OtherClinicalTrialProtocolIDsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    OtherClinicalTrialProtocolIDsSequenceItem as OtherClinicalTrialProtocolIDsSequenceItem,
)

__all__ = ["OtherClinicalTrialProtocolIDsSequenceItem"]
