"""Enumerated Values and Defined Terms of Waveform Amplifier Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import WaveformAmplifierType as WaveformAmplifierType
from dicomodel.enums import WaveformAmplifierTypeValue as WaveformAmplifierTypeValue

__all__ = ["WaveformAmplifierType", "WaveformAmplifierTypeValue"]
