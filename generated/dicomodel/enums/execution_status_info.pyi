"""Enumerated Values and Defined Terms of Execution Status Info.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ExecutionStatusInfoTerm as ExecutionStatusInfoTerm
from dicomodel.enums import (
    ExecutionStatusInfoTermMediaCreationManagement as ExecutionStatusInfoTermMediaCreationManagement,
)

__all__ = ["ExecutionStatusInfoTerm", "ExecutionStatusInfoTermMediaCreationManagement"]
