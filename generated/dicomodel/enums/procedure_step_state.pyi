"""Enumerated Values and Defined Terms of Procedure Step State.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ProcedureStepState as ProcedureStepState
from dicomodel.enums import ProcedureStepStateValue as ProcedureStepStateValue

__all__ = ["ProcedureStepState", "ProcedureStepStateValue"]
