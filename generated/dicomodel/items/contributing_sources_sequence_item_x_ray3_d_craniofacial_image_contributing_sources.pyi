"""Item class ContributingSourcesSequenceItemXRay3DCraniofacialImageContributingSources.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import LossyImageCompression as LossyImageCompression
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PerformedProtocolCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import (
    ContributingSOPInstancesReferenceSequenceItem as ContributingSOPInstancesReferenceSequenceItem,
)
from dicomodel.items import (
    ContributingSourcesSequenceItemXRay3DCraniofacialImageContributingSources as ContributingSourcesSequenceItemXRay3DCraniofacialImageContributingSources,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import PersonIdentificationItem as OperatorIdentificationSequenceItem
from dicomodel.items import ReferencedInstanceSequenceItem as ReferencedInstanceSequenceItem
from dicomodel.items import (
    ReferencedSeriesSequenceItemGeneralContributingSources as ReferencedSeriesSequenceItem,
)

__all__ = [
    "ContextGroupExtensionFlag",
    "ContributingSOPInstancesReferenceSequenceItem",
    "ContributingSourcesSequenceItemXRay3DCraniofacialImageContributingSources",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "LossyImageCompression",
    "MappingResourceTerm",
    "OperatorIdentificationSequenceItem",
    "PerformedProtocolCodeSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItem",
]
