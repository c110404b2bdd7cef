"""Enumerated Values and Defined Terms of Waveform Filter Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import WaveformFilterType as WaveformFilterType
from dicomodel.enums import WaveformFilterTypeValue as WaveformFilterTypeValue

__all__ = ["WaveformFilterType", "WaveformFilterTypeValue"]
