"""Enumerated Values and Defined Terms of Exclusive Component Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ExclusiveComponentTypeTerm as ExclusiveComponentTypeTerm

__all__ = ["ExclusiveComponentTypeTerm"]
