"""Enumerated Values and Defined Terms of Refractive Procedure Occurred.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RefractiveProcedureOccurred as RefractiveProcedureOccurred
from dicomodel.enums import RefractiveProcedureOccurredValue as RefractiveProcedureOccurredValue

__all__ = ["RefractiveProcedureOccurred", "RefractiveProcedureOccurredValue"]
