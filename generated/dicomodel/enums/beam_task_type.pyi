"""Enumerated Values and Defined Terms of Beam Task Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BeamTaskType as BeamTaskType
from dicomodel.enums import BeamTaskTypeValue as BeamTaskTypeValue

__all__ = ["BeamTaskType", "BeamTaskTypeValue"]
