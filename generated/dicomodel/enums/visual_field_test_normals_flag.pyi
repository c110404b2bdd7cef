"""Enumerated Values and Defined Terms of Visual Field Test Normals Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import VisualFieldTestNormalsFlag as VisualFieldTestNormalsFlag
from dicomodel.enums import VisualFieldTestNormalsFlagValue as VisualFieldTestNormalsFlagValue

__all__ = ["VisualFieldTestNormalsFlag", "VisualFieldTestNormalsFlagValue"]
