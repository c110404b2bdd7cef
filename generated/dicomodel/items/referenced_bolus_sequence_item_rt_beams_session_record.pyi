"""Item class ReferencedBolusSequenceItemRTBeamsSessionRecord.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedBolusSequenceItemRTBeamsSessionRecord as ReferencedBolusSequenceItemRTBeamsSessionRecord,
)

__all__ = ["ReferencedBolusSequenceItemRTBeamsSessionRecord"]
