"""Item class OpticalPathSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ColorSpaceTerm as ColorSpaceTerm
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as ChannelDescriptionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as IlluminationColorCodeSequenceItem
from dicomodel.items import CodeSequenceItem as IlluminationTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as IlluminatorTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ImagePathFilterTypeStackCodeSequenceItem
from dicomodel.items import CodeSequenceItem as LensesCodeSequenceItem
from dicomodel.items import CodeSequenceItem as LightPathFilterTypeStackCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import OpticalPathSequenceItem as OpticalPathSequenceItem
from dicomodel.items import PaletteColorLookupTableItem as PaletteColorLookupTableSequenceItem

__all__ = [
    "ChannelDescriptionCodeSequenceItem",
    "ColorSpaceTerm",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "IlluminationColorCodeSequenceItem",
    "IlluminationTypeCodeSequenceItem",
    "IlluminatorTypeCodeSequenceItem",
    "ImagePathFilterTypeStackCodeSequenceItem",
    "LensesCodeSequenceItem",
    "LightPathFilterTypeStackCodeSequenceItem",
    "MappingResourceTerm",
    "OpticalPathSequenceItem",
    "PaletteColorLookupTableSequenceItem",
]
