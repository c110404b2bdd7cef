"""Enumerated Values and Defined Terms of Reformatting Operation Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ReformattingOperationTypeTerm as ReformattingOperationTypeTerm

__all__ = ["ReformattingOperationTypeTerm"]
