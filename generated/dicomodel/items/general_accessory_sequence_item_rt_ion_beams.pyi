"""Item class GeneralAccessorySequenceItemRTIonBeams.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GeneralAccessoryTypeTerm as GeneralAccessoryTypeTerm
from dicomodel.items import (
    GeneralAccessorySequenceItemRTIonBeams as GeneralAccessorySequenceItemRTIonBeams,
)

__all__ = ["GeneralAccessorySequenceItemRTIonBeams", "GeneralAccessoryTypeTerm"]
