"""Enumerated Values and Defined Terms of Input Readiness State.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import InputReadinessState as InputReadinessState
from dicomodel.enums import InputReadinessStateValue as InputReadinessStateValue

__all__ = ["InputReadinessState", "InputReadinessStateValue"]
