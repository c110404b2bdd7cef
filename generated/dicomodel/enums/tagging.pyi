"""Enumerated Values and Defined Terms of Tagging.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TaggingTerm as TaggingTerm

__all__ = ["TaggingTerm"]
