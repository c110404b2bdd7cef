"""Enumerated Values and Defined Terms of Requested Procedure Priority.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RequestedProcedurePriorityTerm as RequestedProcedurePriorityTerm

__all__ = ["RequestedProcedurePriorityTerm"]
