"""Enumerated Values and Defined Terms of Consent for Distribution Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ConsentForDistributionFlag as ConsentForDistributionFlag
from dicomodel.enums import ConsentForDistributionFlagValue as ConsentForDistributionFlagValue

__all__ = ["ConsentForDistributionFlag", "ConsentForDistributionFlagValue"]
