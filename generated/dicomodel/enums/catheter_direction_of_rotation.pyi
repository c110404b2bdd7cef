"""Enumerated Values and Defined Terms of Catheter Direction of Rotation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CatheterDirectionOfRotation as CatheterDirectionOfRotation
from dicomodel.enums import CatheterDirectionOfRotationValue as CatheterDirectionOfRotationValue

__all__ = ["CatheterDirectionOfRotation", "CatheterDirectionOfRotationValue"]
