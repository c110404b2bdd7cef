"""Enumerated Values and Defined Terms of Ultrasound Acquisition Geometry.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "UltrasoundAcquisitionGeometryTerm",
]


class UltrasoundAcquisitionGeometryTerm(StrEnum):
    """Defined Terms of Ultrasound Acquisition Geometry (0020,9307) in Ultrasound Frame of Reference Module Attributes (C.8.24.2-1)."""

    APEX = "APEX"
    """there exists an apex of the scan lines from which the volume data was acquired."""
    PATIENT = "PATIENT"
    """the ultrasound acquisition geometry is patient relative"""
