"""Enumerated Values and Defined Terms of Ultrasound Acquisition Geometry.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import UltrasoundAcquisitionGeometryTerm as UltrasoundAcquisitionGeometryTerm

__all__ = ["UltrasoundAcquisitionGeometryTerm"]
