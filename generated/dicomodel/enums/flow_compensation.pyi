"""Enumerated Values and Defined Terms of Flow Compensation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FlowCompensationTerm as FlowCompensationTerm

__all__ = ["FlowCompensationTerm"]
