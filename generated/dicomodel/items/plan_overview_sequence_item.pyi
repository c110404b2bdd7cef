"""Item class PlanOverviewSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as TreatmentSiteModifierCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import PlanOverviewSequenceItem as PlanOverviewSequenceItem
from dicomodel.items import PrescriptionOverviewSequenceItem as PrescriptionOverviewSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedImageSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedStructureSetSequenceItem
from dicomodel.items import TreatmentSiteCodeSequenceItem as TreatmentSiteCodeSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PlanOverviewSequenceItem",
    "PrescriptionOverviewSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedStructureSetSequenceItem",
    "TreatmentSiteCodeSequenceItem",
    "TreatmentSiteModifierCodeSequenceItem",
]
