"""Enumerated Values and Defined Terms of Source Applicator Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SourceApplicatorTypeTerm as SourceApplicatorTypeTerm

__all__ = ["SourceApplicatorTypeTerm"]
