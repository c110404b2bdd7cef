"""Enumerated Values and Defined Terms of Radiobiological Dose Effect Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RadiobiologicalDoseEffectFlag as RadiobiologicalDoseEffectFlag
from dicomodel.enums import RadiobiologicalDoseEffectFlagValue as RadiobiologicalDoseEffectFlagValue

__all__ = ["RadiobiologicalDoseEffectFlag", "RadiobiologicalDoseEffectFlagValue"]
