"""Item class PatientPositioningInstructionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import InstructionPerformedFlag as InstructionPerformedFlag
from dicomodel.items import (
    PatientPositioningInstructionSequenceItem as PatientPositioningInstructionSequenceItem,
)

__all__ = ["InstructionPerformedFlag", "PatientPositioningInstructionSequenceItem"]
