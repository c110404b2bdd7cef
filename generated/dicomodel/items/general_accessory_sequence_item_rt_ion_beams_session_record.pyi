"""Item class GeneralAccessorySequenceItemRTIonBeamsSessionRecord.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GeneralAccessoryTypeTerm as GeneralAccessoryTypeTerm
from dicomodel.items import (
    GeneralAccessorySequenceItemRTIonBeamsSessionRecord as GeneralAccessorySequenceItemRTIonBeamsSessionRecord,
)

__all__ = ["GeneralAccessorySequenceItemRTIonBeamsSessionRecord", "GeneralAccessoryTypeTerm"]
