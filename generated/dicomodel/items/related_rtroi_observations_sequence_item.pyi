"""Item class RelatedRTROIObservationsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    RelatedRTROIObservationsSequenceItem as RelatedRTROIObservationsSequenceItem,
)

__all__ = ["RelatedRTROIObservationsSequenceItem"]
