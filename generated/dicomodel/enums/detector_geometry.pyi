"""Enumerated Values and Defined Terms of Detector Geometry.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DetectorGeometryTerm as DetectorGeometryTerm

__all__ = ["DetectorGeometryTerm"]
