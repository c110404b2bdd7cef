"""Enumerated Values and Defined Terms of DVH Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DVHType as DVHType
from dicomodel.enums import DVHTypeValue as DVHTypeValue

__all__ = ["DVHType", "DVHTypeValue"]
