"""Enumerated Values and Defined Terms of Table Top Roll Rotation Direction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TableTopRollRotationDirection as TableTopRollRotationDirection
from dicomodel.enums import TableTopRollRotationDirectionValue as TableTopRollRotationDirectionValue

__all__ = ["TableTopRollRotationDirection", "TableTopRollRotationDirectionValue"]
