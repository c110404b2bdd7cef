"""Enumerated Values and Defined Terms of DVH ROI Contribution Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DVHROIContributionType as DVHROIContributionType
from dicomodel.enums import DVHROIContributionTypeValue as DVHROIContributionTypeValue

__all__ = ["DVHROIContributionType", "DVHROIContributionTypeValue"]
