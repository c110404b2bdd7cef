"""Item class ProcedureStepCommunicationsURISequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ProcedureStepCommunicationsURISequenceItem as ProcedureStepCommunicationsURISequenceItem,
)

__all__ = ["ProcedureStepCommunicationsURISequenceItem"]
