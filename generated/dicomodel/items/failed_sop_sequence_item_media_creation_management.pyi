"""Item class FailedSOPSequenceItemMediaCreationManagement.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    FailedSOPSequenceItemMediaCreationManagement as FailedSOPSequenceItemMediaCreationManagement,
)

__all__ = ["FailedSOPSequenceItemMediaCreationManagement"]
