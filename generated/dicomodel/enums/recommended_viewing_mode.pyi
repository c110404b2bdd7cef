"""Enumerated Values and Defined Terms of Recommended Viewing Mode.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RecommendedViewingMode as RecommendedViewingMode
from dicomodel.enums import RecommendedViewingModeTerm as RecommendedViewingModeTerm
from dicomodel.enums import RecommendedViewingModeValue as RecommendedViewingModeValue

__all__ = ["RecommendedViewingMode", "RecommendedViewingModeTerm", "RecommendedViewingModeValue"]
