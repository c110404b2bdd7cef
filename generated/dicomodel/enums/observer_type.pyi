"""Enumerated Values and Defined Terms of Observer Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ObserverType as ObserverType
from dicomodel.enums import ObserverTypeValue as ObserverTypeValue

__all__ = ["ObserverType", "ObserverTypeValue"]
