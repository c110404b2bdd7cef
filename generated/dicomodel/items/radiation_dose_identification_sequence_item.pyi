"""Item class RadiationDoseIdentificationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ConceptualVolumeCombinationFlag as ConceptualVolumeCombinationFlag
from dicomodel.enums import (
    ConceptualVolumeSegmentationDefinedFlag as ConceptualVolumeSegmentationDefinedFlag,
)
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import ReferenceDoseTypeTerm as ReferenceDoseTypeTerm
from dicomodel.items import (
    AlgorithmIdentificationItem as ConceptualVolumeDerivationAlgorithmSequenceItem,
)
from dicomodel.items import CodeSequenceItem as AlgorithmFamilyCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmNameCodeSequenceItem
from dicomodel.items import (
    ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
)
from dicomodel.items import (
    ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeSegmentationReferenceSequenceItem,
)
from dicomodel.items import (
    ConceptualVolumeConstituentSequenceItem as ConceptualVolumeConstituentSequenceItem,
)
from dicomodel.items import (
    ConceptualVolumeSegmentationReferenceAndCombinationItem as ConceptualVolumeSequenceItem,
)
from dicomodel.items import (
    DerivationConceptualVolumeSequenceItem as DerivationConceptualVolumeSequenceItem,
)
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    EquivalentConceptualVolumesSequenceItem as EquivalentConceptualVolumesSequenceItem,
)
from dicomodel.items import (
    RadiationDoseIdentificationSequenceItem as RadiationDoseIdentificationSequenceItem,
)
from dicomodel.items import (
    SOPInstanceReferenceItem as EquivalentConceptualVolumeInstanceReferenceSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as OriginatingSOPInstanceReferenceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem
from dicomodel.items import SourceConceptualVolumeSequenceItem as SourceConceptualVolumeSequenceItem

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ConceptualVolumeCombinationFlag",
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ConceptualVolumeConstituentSequenceItem",
    "ConceptualVolumeDerivationAlgorithmSequenceItem",
    "ConceptualVolumeSegmentationDefinedFlag",
    "ConceptualVolumeSegmentationReferenceSequenceItem",
    "ConceptualVolumeSequenceItem",
    "ContextGroupExtensionFlag",
    "DerivationConceptualVolumeSequenceItem",
    "EquivalentCodeSequenceItem",
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem",
    "EquivalentConceptualVolumesSequenceItem",
    "MappingResourceTerm",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "RadiationDoseIdentificationSequenceItem",
    "ReferenceDoseTypeTerm",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "SourceConceptualVolumeSequenceItem",
]
