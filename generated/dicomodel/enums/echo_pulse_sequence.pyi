"""Enumerated Values and Defined Terms of Echo Pulse Sequence.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import EchoPulseSequence as EchoPulseSequence
from dicomodel.enums import EchoPulseSequenceValue as EchoPulseSequenceValue

__all__ = ["EchoPulseSequence", "EchoPulseSequenceValue"]
