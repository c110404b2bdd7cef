"""Item class AdditionalParameterRecordingInstanceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    AdditionalParameterRecordingInstanceSequenceItem as AdditionalParameterRecordingInstanceSequenceItem,
)

__all__ = ["AdditionalParameterRecordingInstanceSequenceItem"]
