"""Item class StructureSetROISequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ObserverType as ObserverType
from dicomodel.enums import ROIGenerationAlgorithmTerm as ROIGenerationAlgorithmTerm
from dicomodel.items import (
    AlgorithmIdentificationItem as ConceptualVolumeDerivationAlgorithmSequenceItem,
)
from dicomodel.items import (
    AlgorithmIdentificationItem as ROIDerivationAlgorithmIdentificationSequenceItem,
)
from dicomodel.items import CodeSequenceItem as AlgorithmFamilyCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as DerivationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionCodeSequenceItem
from dicomodel.items import CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem
from dicomodel.items import CodeSequenceItem as OrganizationalRoleCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PersonIdentificationCodeSequenceItem
from dicomodel.items import CodeSequenceItem as RTProtocolCodeSequenceItem
from dicomodel.items import (
    ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
)
from dicomodel.items import ConceptualVolumeItem as ConceptualVolumeIdentificationSequenceItem
from dicomodel.items import DefinitionSourceSequenceItemStructureSet as DefinitionSourceSequenceItem
from dicomodel.items import (
    DerivationConceptualVolumeSequenceItem as DerivationConceptualVolumeSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    EquivalentConceptualVolumesSequenceItem as EquivalentConceptualVolumesSequenceItem,
)
from dicomodel.items import IdentifiedPersonOrDeviceItem as ROICreatorSequenceItem
from dicomodel.items import (
    SOPInstanceReferenceItem as EquivalentConceptualVolumeInstanceReferenceSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as OriginatingSOPInstanceReferenceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem
from dicomodel.items import SourceConceptualVolumeSequenceItem as SourceConceptualVolumeSequenceItem
from dicomodel.items import StructureSetROISequenceItem as StructureSetROISequenceItem

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ConceptualVolumeDerivationAlgorithmSequenceItem",
    "ConceptualVolumeIdentificationSequenceItem",
    "ContextGroupExtensionFlag",
    "DefinitionSourceSequenceItem",
    "DerivationCodeSequenceItem",
    "DerivationConceptualVolumeSequenceItem",
    "EquivalentCodeSequenceItem",
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem",
    "EquivalentConceptualVolumesSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "ObserverType",
    "OrganizationalRoleCodeSequenceItem",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "ROICreatorSequenceItem",
    "ROIDerivationAlgorithmIdentificationSequenceItem",
    "ROIGenerationAlgorithmTerm",
    "RTProtocolCodeSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "SourceConceptualVolumeSequenceItem",
    "StructureSetROISequenceItem",
]
