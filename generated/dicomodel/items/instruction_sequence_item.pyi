"""Item class InstructionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import InstructionPerformedFlag as InstructionPerformedFlag
from dicomodel.enums import InstructionPerformedFlagValue as _InstructionPerformedFlagValue
from dicomodel.items import InstructionSequenceItem as InstructionSequenceItem

__all__ = ["InstructionPerformedFlag", "InstructionSequenceItem"]
