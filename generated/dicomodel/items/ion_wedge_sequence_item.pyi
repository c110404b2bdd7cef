"""Item class IonWedgeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import WedgeTypeTermRTIonBeams as WedgeTypeTerm
from dicomodel.items import IonWedgeSequenceItem as IonWedgeSequenceItem

__all__ = ["IonWedgeSequenceItem", "WedgeTypeTerm"]
