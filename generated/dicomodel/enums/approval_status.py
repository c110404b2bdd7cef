"""Enumerated Values and Defined Terms of Approval Status.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ApprovalStatus(StrEnum):
    """Enumerated Values of Approval Status (300E,0002) in Approval Module Attributes (C.8-52)."""

    APPROVED = "APPROVED"
    """Reviewer recorded that object met an implied criterion"""
    UNAPPROVED = "UNAPPROVED"
    """No review of object has been recorded"""
    REJECTED = "REJECTED"
    """Reviewer recorded that object failed to meet an implied criterion"""
