"""Enumerated Values and Defined Terms of Reporting Priority.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ReportingPriorityTerm as ReportingPriorityTerm

__all__ = ["ReportingPriorityTerm"]
