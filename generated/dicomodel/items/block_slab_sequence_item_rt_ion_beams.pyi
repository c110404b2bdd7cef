"""Item class BlockSlabSequenceItemRTIonBeams.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import BlockSlabSequenceItemRTIonBeams as BlockSlabSequenceItemRTIonBeams

__all__ = ["BlockSlabSequenceItemRTIonBeams"]
