"""Enumerated Values and Defined Terms of Frequency Correction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FrequencyCorrection as FrequencyCorrection
from dicomodel.enums import FrequencyCorrectionValue as FrequencyCorrectionValue

__all__ = ["FrequencyCorrection", "FrequencyCorrectionValue"]
