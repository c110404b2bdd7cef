"""Enumerated Values and Defined Terms of Waveform Originality.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import WaveformOriginality as WaveformOriginality
from dicomodel.enums import WaveformOriginalityValue as WaveformOriginalityValue

__all__ = ["WaveformOriginality", "WaveformOriginalityValue"]
