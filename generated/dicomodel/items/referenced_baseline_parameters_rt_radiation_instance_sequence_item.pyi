"""Item class ReferencedBaselineParametersRTRadiationInstanceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedBaselineParametersRTRadiationInstanceSequenceItem as ReferencedBaselineParametersRTRadiationInstanceSequenceItem,
)

__all__ = ["ReferencedBaselineParametersRTRadiationInstanceSequenceItem"]
