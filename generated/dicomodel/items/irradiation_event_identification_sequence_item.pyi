"""Item class IrradiationEventIdentificationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    IrradiationEventIdentificationSequenceItem as IrradiationEventIdentificationSequenceItem,
)

__all__ = ["IrradiationEventIdentificationSequenceItem"]
