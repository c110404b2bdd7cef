"""Item class IonWedgePositionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import WedgePositionRTBeams as WedgePosition
from dicomodel.items import IonWedgePositionSequenceItem as IonWedgePositionSequenceItem

__all__ = ["IonWedgePositionSequenceItem", "WedgePosition"]
