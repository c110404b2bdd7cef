"""Enumerated Values and Defined Terms of Applicable Safety Standard Agency.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ApplicableSafetyStandardAgencyTerm as ApplicableSafetyStandardAgencyTerm

__all__ = ["ApplicableSafetyStandardAgencyTerm"]
