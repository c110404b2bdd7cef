"""Enumerated Values and Defined Terms of Source Movement Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SourceMovementTypeTerm as SourceMovementTypeTerm

__all__ = ["SourceMovementTypeTerm"]
