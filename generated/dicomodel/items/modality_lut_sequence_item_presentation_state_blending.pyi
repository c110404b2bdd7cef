"""Item class ModalityLUTSequenceItemPresentationStateBlending.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ModalityLUTSequenceItemPresentationStateBlending as ModalityLUTSequenceItemPresentationStateBlending,
)

__all__ = ["ModalityLUTSequenceItemPresentationStateBlending"]
