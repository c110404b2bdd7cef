"""Enumerated Values and Defined Terms of Model Modification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ModelModification as ModelModification
from dicomodel.enums import ModelModificationValue as ModelModificationValue

__all__ = ["ModelModification", "ModelModificationValue"]
