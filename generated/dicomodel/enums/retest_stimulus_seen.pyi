"""Enumerated Values and Defined Terms of Retest Stimulus Seen.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RetestStimulusSeen as RetestStimulusSeen
from dicomodel.enums import RetestStimulusSeenValue as RetestStimulusSeenValue

__all__ = ["RetestStimulusSeen", "RetestStimulusSeenValue"]
