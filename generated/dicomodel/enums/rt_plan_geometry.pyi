"""Enumerated Values and Defined Terms of RT Plan Geometry.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTPlanGeometryTerm as RTPlanGeometryTerm

__all__ = ["RTPlanGeometryTerm"]
