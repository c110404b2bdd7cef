"""Item class ChannelImpedanceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    ImpedanceMeasurementCurrentTypeTerm as ImpedanceMeasurementCurrentTypeTerm,
)
from dicomodel.items import ChannelImpedanceSequenceItem as ChannelImpedanceSequenceItem

__all__ = ["ChannelImpedanceSequenceItem", "ImpedanceMeasurementCurrentTypeTerm"]
