"""Enumerated Values and Defined Terms of Impedance Measurement Current Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    ImpedanceMeasurementCurrentTypeTerm as ImpedanceMeasurementCurrentTypeTerm,
)

__all__ = ["ImpedanceMeasurementCurrentTypeTerm"]
