"""Enumerated Values and Defined Terms of Include Non-DICOM Objects.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import IncludeNonDICOMObjectsTerm as IncludeNonDICOMObjectsTerm

__all__ = ["IncludeNonDICOMObjectsTerm"]
