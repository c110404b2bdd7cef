"""Enumerated Values and Defined Terms of Auto KVP Selection Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AutoKVPSelectionTypeTerm as AutoKVPSelectionTypeTerm

__all__ = ["AutoKVPSelectionTypeTerm"]
