"""Boluses Definition Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.bolus_definition_sequence_item import (
        BolusDefinitionSequenceItem as _BolusDefinitionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BolusDefinitionSequenceItem = Lazy(
        "dicomodel.items.bolus_definition_sequence_item", "BolusDefinitionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.conceptual_volume_combination_flag import (
        ConceptualVolumeCombinationFlag as ConceptualVolumeCombinationFlag,
    )
    from dicomodel.enums.conceptual_volume_segmentation_defined_flag import (
        ConceptualVolumeSegmentationDefinedFlag as ConceptualVolumeSegmentationDefinedFlag,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as ConceptualVolumeDerivationAlgorithmSequenceItem,
    )
    from dicomodel.items.bolus_definition_sequence_item import (
        BolusDefinitionSequenceItem as BolusDefinitionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeSegmentationReferenceSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_sequence_item import (
        ConceptualVolumeConstituentSequenceItem as ConceptualVolumeConstituentSequenceItem,
    )
    from dicomodel.items.conceptual_volume_segmentation_reference_and_combination_item import (
        ConceptualVolumeSegmentationReferenceAndCombinationItem as ConceptualVolumeSequenceItem,
    )
    from dicomodel.items.derivation_conceptual_volume_sequence_item import (
        DerivationConceptualVolumeSequenceItem as DerivationConceptualVolumeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.equivalent_conceptual_volumes_sequence_item import (
        EquivalentConceptualVolumesSequenceItem as EquivalentConceptualVolumesSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as EquivalentConceptualVolumeInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as OriginatingSOPInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem,
    )
    from dicomodel.items.source_conceptual_volume_sequence_item import (
        SourceConceptualVolumeSequenceItem as SourceConceptualVolumeSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "BolusDefinitionSequenceItem",
    "BolusesDefinitionMacro",
    "ConceptualVolumeCombinationFlag",
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ConceptualVolumeConstituentSequenceItem",
    "ConceptualVolumeDerivationAlgorithmSequenceItem",
    "ConceptualVolumeSegmentationDefinedFlag",
    "ConceptualVolumeSegmentationReferenceSequenceItem",
    "ConceptualVolumeSequenceItem",
    "ContextGroupExtensionFlag",
    "DerivationConceptualVolumeSequenceItem",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem",
    "EquivalentConceptualVolumesSequenceItem",
    "MappingResourceTerm",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "SourceConceptualVolumeSequenceItem",
    "UDISequenceItem",
]


class BolusesDefinitionMacro(DicomModel):
    """Boluses Definition Macro Attributes (PS3.3 Table C.36.2.2.16-1)."""

    dicom_name: ClassVar[str] = "Boluses Definition"
    dicom_table: ClassVar[str] = "table_C.36.2.2.16-1"

    NumberOfBoluses: Annotated[
        vr.US | None,
        Attribute(
            0x300A0674,
            "US",
            "1",
            "1C",
            name="Number of Boluses",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of Boluses (300A,0674): Type 1C, VR US, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Number of boluses defined in the Bolus Definition Sequence (300A,0673). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise."""

    BolusDefinitionSequence: Annotated[
        list[_BolusDefinitionSequenceItem] | None,
        Attribute(
            0x300A0673,
            "SQ",
            "1",
            "1C",
            name="Bolus Definition Sequence",
            when=("and", ("present", 0x300A0674), ("compare", 0x300A0674, 1, "!=", 0)),
        ),
    ] = None
    """Bolus Definition Sequence (300A,0673): Type 1C, VR SQ, VM 1. Required if Number of Boluses (300A,0674) is present and has a non-zero value. Bolus device definitions. Required if Number of Boluses (300A,0674) is present and has a non-zero value. The number of Items included in this Sequence shall equal the value of Number of Boluses (300A,0674)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "BolusDefinitionSequenceItem": (
        "dicomodel.items.bolus_definition_sequence_item",
        "BolusDefinitionSequenceItem",
    ),
    "ConceptualVolumeCombinationFlag": (
        "dicomodel.enums.conceptual_volume_combination_flag",
        "ConceptualVolumeCombinationFlag",
    ),
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
        "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    ),
    "ConceptualVolumeConstituentSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_sequence_item",
        "ConceptualVolumeConstituentSequenceItem",
    ),
    "ConceptualVolumeDerivationAlgorithmSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "ConceptualVolumeSegmentationDefinedFlag": (
        "dicomodel.enums.conceptual_volume_segmentation_defined_flag",
        "ConceptualVolumeSegmentationDefinedFlag",
    ),
    "ConceptualVolumeSegmentationReferenceSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
        "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    ),
    "ConceptualVolumeSequenceItem": (
        "dicomodel.items.conceptual_volume_segmentation_reference_and_combination_item",
        "ConceptualVolumeSegmentationReferenceAndCombinationItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DerivationConceptualVolumeSequenceItem": (
        "dicomodel.items.derivation_conceptual_volume_sequence_item",
        "DerivationConceptualVolumeSequenceItem",
    ),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "EquivalentConceptualVolumesSequenceItem": (
        "dicomodel.items.equivalent_conceptual_volumes_sequence_item",
        "EquivalentConceptualVolumesSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OriginatingSOPInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedDirectSegmentInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "SourceConceptualVolumeSequenceItem": (
        "dicomodel.items.source_conceptual_volume_sequence_item",
        "SourceConceptualVolumeSequenceItem",
    ),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
