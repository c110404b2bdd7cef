"""Enumerated Values and Defined Terms of Reprojection Method.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ReprojectionMethodTerm as ReprojectionMethodTerm

__all__ = ["ReprojectionMethodTerm"]
