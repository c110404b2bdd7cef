"""Item class WedgePositionSequenceItemRTBeams.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import WedgePositionRTBeams as WedgePosition
from dicomodel.items import WedgePositionSequenceItemRTBeams as WedgePositionSequenceItemRTBeams

__all__ = ["WedgePosition", "WedgePositionSequenceItemRTBeams"]
