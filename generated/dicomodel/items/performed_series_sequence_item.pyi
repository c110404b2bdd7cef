"""Item class PerformedSeriesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ArchiveRequested as ArchiveRequested
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SeriesDescriptionCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import PerformedSeriesSequenceItem as PerformedSeriesSequenceItem
from dicomodel.items import PersonIdentificationItem as OperatorIdentificationSequenceItem
from dicomodel.items import (
    PersonIdentificationItem as PerformingPhysicianIdentificationSequenceItem,
)
from dicomodel.items import (
    ReferencedImageSequenceItemImageAcquisitionResults as ReferencedImageSequenceItem,
)
from dicomodel.items import (
    SOPInstanceReferenceItem as ReferencedNonImageCompositeSOPInstanceSequenceItem,
)
from dicomodel.items import (
    SpecimenDescriptionSequenceItemImageAcquisitionResults as SpecimenDescriptionSequenceItem,
)

__all__ = [
    "ArchiveRequested",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "OperatorIdentificationSequenceItem",
    "PerformedSeriesSequenceItem",
    "PerformingPhysicianIdentificationSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedNonImageCompositeSOPInstanceSequenceItem",
    "SeriesDescriptionCodeSequenceItem",
    "SpecimenDescriptionSequenceItem",
]
