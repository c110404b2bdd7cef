"""Item class InstructionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import InstructionPerformedFlag as InstructionPerformedFlag
from dicomodel.items import InstructionSequenceItem as InstructionSequenceItem

__all__ = ["InstructionPerformedFlag", "InstructionSequenceItem"]
