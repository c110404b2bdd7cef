"""Enumerated Values and Defined Terms of Waveform Sample Interpretation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import WaveformSampleInterpretationTerm as WaveformSampleInterpretationTerm

__all__ = ["WaveformSampleInterpretationTerm"]
