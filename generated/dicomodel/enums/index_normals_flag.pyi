"""Enumerated Values and Defined Terms of Index Normals Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import IndexNormalsFlag as IndexNormalsFlag
from dicomodel.enums import IndexNormalsFlagValue as IndexNormalsFlagValue

__all__ = ["IndexNormalsFlag", "IndexNormalsFlagValue"]
