"""Enumerated Values and Defined Terms of Reason for Channel Omission.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ReasonForChannelOmissionTerm as ReasonForChannelOmissionTerm

__all__ = ["ReasonForChannelOmissionTerm"]
