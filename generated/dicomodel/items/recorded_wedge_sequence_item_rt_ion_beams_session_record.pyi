"""Item class RecordedWedgeSequenceItemRTIonBeamsSessionRecord.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import WedgeTypeTermRTIonBeams as WedgeTypeTerm
from dicomodel.items import (
    RecordedWedgeSequenceItemRTIonBeamsSessionRecord as RecordedWedgeSequenceItemRTIonBeamsSessionRecord,
)

__all__ = ["RecordedWedgeSequenceItemRTIonBeamsSessionRecord", "WedgeTypeTerm"]
