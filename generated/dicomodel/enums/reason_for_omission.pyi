"""Enumerated Values and Defined Terms of Reason for Omission.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ReasonForOmissionTerm as ReasonForOmissionTerm

__all__ = ["ReasonForOmissionTerm"]
