"""Enumerated Values and Defined Terms of Visit Status ID.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import VisitStatusIDTerm as VisitStatusIDTerm

__all__ = ["VisitStatusIDTerm"]
