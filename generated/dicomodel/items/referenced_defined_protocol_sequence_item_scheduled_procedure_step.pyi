"""Item class ReferencedDefinedProtocolSequenceItemScheduledProcedureStep.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedDefinedProtocolSequenceItemScheduledProcedureStep as ReferencedDefinedProtocolSequenceItemScheduledProcedureStep,
)

__all__ = ["ReferencedDefinedProtocolSequenceItemScheduledProcedureStep"]
