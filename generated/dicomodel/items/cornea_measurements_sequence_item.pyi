"""Item class CorneaMeasurementsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as CorneaMeasurementMethodCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SourceOfCorneaMeasurementDataCodeSequenceItem
from dicomodel.items import CorneaMeasurementsSequenceItem as CorneaMeasurementsSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedSOPSequenceItem
from dicomodel.items import SteepCornealAxisSequenceItem as FlatCornealAxisSequenceItem
from dicomodel.items import SteepCornealAxisSequenceItem as SteepCornealAxisSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "CorneaMeasurementMethodCodeSequenceItem",
    "CorneaMeasurementsSequenceItem",
    "EquivalentCodeSequenceItem",
    "FlatCornealAxisSequenceItem",
    "MappingResourceTerm",
    "ReferencedSOPSequenceItem",
    "SourceOfCorneaMeasurementDataCodeSequenceItem",
    "SteepCornealAxisSequenceItem",
]
