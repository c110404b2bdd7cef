"""Item class DeformableRegistrationGridSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    DeformableRegistrationGridSequenceItem as DeformableRegistrationGridSequenceItem,
)

__all__ = ["DeformableRegistrationGridSequenceItem"]
