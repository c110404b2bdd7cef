"""Item class RefractiveStateSequenceItemIntraocularLensCalculations.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as SourceOfRefractiveMeasurementsCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    RefractiveStateSequenceItemIntraocularLensCalculations as RefractiveStateSequenceItemIntraocularLensCalculations,
)
from dicomodel.items import SOPInstanceReferenceItem as ReferencedSOPSequenceItem
from dicomodel.items import (
    SourceOfRefractiveMeasurementsSequenceItem as SourceOfRefractiveMeasurementsSequenceItem,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "ReferencedSOPSequenceItem",
    "RefractiveStateSequenceItemIntraocularLensCalculations",
    "SourceOfRefractiveMeasurementsCodeSequenceItem",
    "SourceOfRefractiveMeasurementsSequenceItem",
]
