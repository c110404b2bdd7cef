"""Item class RadiopharmaceuticalInformationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CalibrationDataSequenceItem as CalibrationDataSequenceItem
from dicomodel.items import CodeSequenceItem as AdministrationRouteCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RadionuclideCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RadiopharmaceuticalCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    RadiopharmaceuticalInformationSequenceItem as RadiopharmaceuticalInformationSequenceItem,
)

__all__ = [
    "AdministrationRouteCodeSequenceItem",
    "CalibrationDataSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "RadionuclideCodeSequenceItem",
    "RadiopharmaceuticalCodeSequenceItem",
    "RadiopharmaceuticalInformationSequenceItem",
]
