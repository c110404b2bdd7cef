"""Enumerated Values and Defined Terms of Detector Active Shape.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DetectorActiveShape as DetectorActiveShape
from dicomodel.enums import DetectorActiveShapeValue as DetectorActiveShapeValue

__all__ = ["DetectorActiveShape", "DetectorActiveShapeValue"]
