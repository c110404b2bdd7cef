"""Item class IonWedgePositionSequenceItemRTIonMachineVerification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import WedgePositionRTBeams as WedgePosition
from dicomodel.items import (
    IonWedgePositionSequenceItemRTIonMachineVerification as IonWedgePositionSequenceItemRTIonMachineVerification,
)

__all__ = ["IonWedgePositionSequenceItemRTIonMachineVerification", "WedgePosition"]
