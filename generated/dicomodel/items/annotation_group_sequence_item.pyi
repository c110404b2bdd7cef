"""Item class AnnotationGroupSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AnnotationAppliesToAllOpticalPaths as AnnotationAppliesToAllOpticalPaths
from dicomodel.enums import AnnotationAppliesToAllZPlanes as AnnotationAppliesToAllZPlanes
from dicomodel.enums import AnnotationGroupGenerationType as AnnotationGroupGenerationType
from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import GraphicTypeMicroscopyBulkSimpleAnnotations as GraphicType
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.items import (
    AlgorithmIdentificationItem as AnnotationGroupAlgorithmIdentificationSequenceItem,
)
from dicomodel.items import AnatomicRegionSequenceItem as AnatomicRegionSequenceItem
from dicomodel.items import AnnotationGroupSequenceItem as AnnotationGroupSequenceItem
from dicomodel.items import (
    AnnotationPropertyTypeCodeSequenceItem as AnnotationPropertyTypeCodeSequenceItem,
)
from dicomodel.items import CodeSequenceItem as AlgorithmFamilyCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AnatomicRegionModifierSequenceItem
from dicomodel.items import CodeSequenceItem as AnnotationPropertyCategoryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AnnotationPropertyTypeModifierCodeSequenceItem
from dicomodel.items import CodeSequenceItem as ConceptNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as MeasurementUnitsCodeSequenceItem
from dicomodel.items import CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import (
    MeasurementsSequenceItemMicroscopyBulkSimpleAnnotations as MeasurementsSequenceItem,
)
from dicomodel.items import (
    MeasurementValuesSequenceItemMicroscopyBulkSimpleAnnotations as MeasurementValuesSequenceItem,
)
from dicomodel.items import (
    PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
)

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "AnnotationAppliesToAllOpticalPaths",
    "AnnotationAppliesToAllZPlanes",
    "AnnotationGroupAlgorithmIdentificationSequenceItem",
    "AnnotationGroupGenerationType",
    "AnnotationGroupSequenceItem",
    "AnnotationPropertyCategoryCodeSequenceItem",
    "AnnotationPropertyTypeCodeSequenceItem",
    "AnnotationPropertyTypeModifierCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "GraphicType",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "MeasurementValuesSequenceItem",
    "MeasurementsSequenceItem",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
]
