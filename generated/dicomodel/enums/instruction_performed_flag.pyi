"""Enumerated Values and Defined Terms of Instruction Performed Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import InstructionPerformedFlag as InstructionPerformedFlag
from dicomodel.enums import InstructionPerformedFlagValue as InstructionPerformedFlagValue

__all__ = ["InstructionPerformedFlag", "InstructionPerformedFlagValue"]
