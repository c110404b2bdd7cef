"""Enumerated Values and Defined Terms of Model Mirroring.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ModelMirroring as ModelMirroring
from dicomodel.enums import ModelMirroringValue as ModelMirroringValue

__all__ = ["ModelMirroring", "ModelMirroringValue"]
