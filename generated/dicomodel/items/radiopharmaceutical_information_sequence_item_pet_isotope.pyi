"""Item class RadiopharmaceuticalInformationSequenceItemPETIsotope.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as AdministrationRouteCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RadionuclideCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RadiopharmaceuticalCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    RadiopharmaceuticalInformationSequenceItemPETIsotope as RadiopharmaceuticalInformationSequenceItemPETIsotope,
)

__all__ = [
    "AdministrationRouteCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "RadionuclideCodeSequenceItem",
    "RadiopharmaceuticalCodeSequenceItem",
    "RadiopharmaceuticalInformationSequenceItemPETIsotope",
]
