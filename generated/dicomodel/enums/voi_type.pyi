"""Enumerated Values and Defined Terms of VOI Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import VOITypeTerm as VOITypeTerm

__all__ = ["VOITypeTerm"]
