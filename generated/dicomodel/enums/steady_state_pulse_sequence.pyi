"""Enumerated Values and Defined Terms of Steady State Pulse Sequence.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SteadyStatePulseSequenceTerm as SteadyStatePulseSequenceTerm

__all__ = ["SteadyStatePulseSequenceTerm"]
