"""Enumerated Values and Defined Terms of Flow Compensation Direction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FlowCompensationDirection as FlowCompensationDirection
from dicomodel.enums import FlowCompensationDirectionValue as FlowCompensationDirectionValue

__all__ = ["FlowCompensationDirection", "FlowCompensationDirectionValue"]
