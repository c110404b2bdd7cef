"""Enumerated Values and Defined Terms of Echo Planar Pulse Sequence.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import EchoPlanarPulseSequence as EchoPlanarPulseSequence
from dicomodel.enums import EchoPlanarPulseSequenceValue as EchoPlanarPulseSequenceValue

__all__ = ["EchoPlanarPulseSequence", "EchoPlanarPulseSequenceValue"]
