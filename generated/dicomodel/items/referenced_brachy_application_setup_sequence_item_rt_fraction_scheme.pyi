"""Item class ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme as ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme,
)

__all__ = ["ReferencedBrachyApplicationSetupSequenceItemRTFractionScheme"]
