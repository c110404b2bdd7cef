"""Item class RecordedCompensatorSequenceItemRTIonBeamsSessionRecord.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    RecordedCompensatorSequenceItemRTIonBeamsSessionRecord as RecordedCompensatorSequenceItemRTIonBeamsSessionRecord,
)

__all__ = ["RecordedCompensatorSequenceItemRTIonBeamsSessionRecord"]
