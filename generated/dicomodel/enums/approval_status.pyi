"""Enumerated Values and Defined Terms of Approval Status.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ApprovalStatus as ApprovalStatus
from dicomodel.enums import ApprovalStatusValue as ApprovalStatusValue

__all__ = ["ApprovalStatus", "ApprovalStatusValue"]
