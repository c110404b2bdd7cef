"""Multi-energy CT Processing Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.multienergy_ct_processing_sequence_item import (
        MultienergyCTProcessingSequenceItem as _MultienergyCTProcessingSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MultienergyCTProcessingSequenceItem = Lazy(
        "dicomodel.items.multienergy_ct_processing_sequence_item",
        "MultienergyCTProcessingSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.decomposition_method import (
        DecompositionMethodTerm as DecompositionMethodTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as DecompositionAlgorithmIdentificationSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as MaterialCodeSequenceItem
    from dicomodel.items.decomposition_material_sequence_item import (
        DecompositionMaterialSequenceItem as DecompositionMaterialSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.material_attenuation_sequence_item import (
        MaterialAttenuationSequenceItem as MaterialAttenuationSequenceItem,
    )
    from dicomodel.items.multienergy_ct_processing_sequence_item import (
        MultienergyCTProcessingSequenceItem as MultienergyCTProcessingSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DecompositionAlgorithmIdentificationSequenceItem",
    "DecompositionMaterialSequenceItem",
    "DecompositionMethodTerm",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MaterialAttenuationSequenceItem",
    "MaterialCodeSequenceItem",
    "MultiEnergyCTProcessingMacro",
    "MultienergyCTProcessingSequenceItem",
]


class MultiEnergyCTProcessingMacro(DicomModel):
    """Multi-energy CT Processing Macro Attributes (PS3.3 Table C.8.15.3.13-1)."""

    dicom_name: ClassVar[str] = "Multi-energy CT Processing"
    dicom_table: ClassVar[str] = "table_C.8.15.3.13-1"

    MultienergyCTProcessingSequence: Annotated[
        list[_MultienergyCTProcessingSequenceItem] | None,
        Attribute(0x00189363, "SQ", "1", "3", name="Multi-energy CT Processing Sequence"),
    ] = None
    """Multi-energy CT Processing Sequence (0018,9363): Type 3, VR SQ, VM 1. How the acquired Multi-energy data was processed to generate this image. Only a single Item is permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DecompositionAlgorithmIdentificationSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "DecompositionMaterialSequenceItem": (
        "dicomodel.items.decomposition_material_sequence_item",
        "DecompositionMaterialSequenceItem",
    ),
    "DecompositionMethodTerm": ("dicomodel.enums.decomposition_method", "DecompositionMethodTerm"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MaterialAttenuationSequenceItem": (
        "dicomodel.items.material_attenuation_sequence_item",
        "MaterialAttenuationSequenceItem",
    ),
    "MaterialCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MultienergyCTProcessingSequenceItem": (
        "dicomodel.items.multienergy_ct_processing_sequence_item",
        "MultienergyCTProcessingSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
