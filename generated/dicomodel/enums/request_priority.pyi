"""Enumerated Values and Defined Terms of Request Priority.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RequestPriority as RequestPriority
from dicomodel.enums import RequestPriorityValue as RequestPriorityValue

__all__ = ["RequestPriority", "RequestPriorityValue"]
