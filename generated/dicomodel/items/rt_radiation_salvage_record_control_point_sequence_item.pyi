"""Item class RTRadiationSalvageRecordControlPointSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    RTRadiationSalvageRecordControlPointSequenceItem as RTRadiationSalvageRecordControlPointSequenceItem,
)

__all__ = ["RTRadiationSalvageRecordControlPointSequenceItem"]
