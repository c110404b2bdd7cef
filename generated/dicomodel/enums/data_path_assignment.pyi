"""Enumerated Values and Defined Terms of Data Path Assignment.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DataPathAssignment as DataPathAssignment
from dicomodel.enums import DataPathAssignmentValue as DataPathAssignmentValue

__all__ = ["DataPathAssignment", "DataPathAssignmentValue"]
