"""Item class ConsentForClinicalTrialUseSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ConsentForDistributionFlag as ConsentForDistributionFlag
from dicomodel.enums import DistributionTypeTerm as DistributionTypeTerm
from dicomodel.items import (
    ConsentForClinicalTrialUseSequenceItem as ConsentForClinicalTrialUseSequenceItem,
)

__all__ = [
    "ConsentForClinicalTrialUseSequenceItem",
    "ConsentForDistributionFlag",
    "DistributionTypeTerm",
]
