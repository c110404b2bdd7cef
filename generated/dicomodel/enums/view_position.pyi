"""Enumerated Values and Defined Terms of View Position.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ViewPositionTerm as ViewPositionTerm

__all__ = ["ViewPositionTerm"]
