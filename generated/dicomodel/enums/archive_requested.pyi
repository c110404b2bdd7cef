"""Enumerated Values and Defined Terms of Archive Requested.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ArchiveRequested as ArchiveRequested
from dicomodel.enums import ArchiveRequestedValue as ArchiveRequestedValue

__all__ = ["ArchiveRequested", "ArchiveRequestedValue"]
