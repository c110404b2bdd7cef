"""Enumerated Values and Defined Terms of Blending Operation Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlendingOperationTypeTerm as BlendingOperationTypeTerm

__all__ = ["BlendingOperationTypeTerm"]
