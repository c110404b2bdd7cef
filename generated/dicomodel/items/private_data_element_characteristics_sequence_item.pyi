"""Item class PrivateDataElementCharacteristicsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus
from dicomodel.enums import DeidentificationAction as DeidentificationAction
from dicomodel.items import DeidentificationActionSequenceItem as DeidentificationActionSequenceItem
from dicomodel.items import (
    PrivateDataElementCharacteristicsSequenceItem as PrivateDataElementCharacteristicsSequenceItem,
)
from dicomodel.items import (
    PrivateDataElementDefinitionSequenceItem as PrivateDataElementDefinitionSequenceItem,
)

__all__ = [
    "BlockIdentifyingInformationStatus",
    "DeidentificationAction",
    "DeidentificationActionSequenceItem",
    "PrivateDataElementCharacteristicsSequenceItem",
    "PrivateDataElementDefinitionSequenceItem",
]
