"""Item class MultienergyCTProcessingSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.decomposition_method import (
        DecompositionMethodTerm as _DecompositionMethodTerm,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as _AlgorithmIdentificationItem,
    )
    from dicomodel.items.decomposition_material_sequence_item import (
        DecompositionMaterialSequenceItem as _DecompositionMaterialSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlgorithmIdentificationItem = Lazy(
        "dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"
    )
    _DecompositionMaterialSequenceItem = Lazy(
        "dicomodel.items.decomposition_material_sequence_item", "DecompositionMaterialSequenceItem"
    )
    _DecompositionMethodTerm = Lazy(
        "dicomodel.enums.decomposition_method", "DecompositionMethodTerm"
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
    "MultienergyCTProcessingSequenceItem",
]


class MultienergyCTProcessingSequenceItem(DicomModel):
    """An item of Multi-energy CT Processing Sequence (0018,9363), as first defined in Multi-energy CT Processing Macro Attributes (C.8.15.3.13-1)."""

    dicom_name: ClassVar[str] = "Multi-energy CT Processing Sequence"
    dicom_table: ClassVar[str] = "table_C.8.15.3.13-1"

    DecompositionMethod: Annotated[
        _DecompositionMethodTerm | vr.CS,
        Attribute(0x0018937E, "CS", "1", "1", name="Decomposition Method"),
    ]
    """Decomposition Method (0018,937E): Type 1, VR CS, VM 1. Method used to decompose the acquired Multi-energy CT data into basis data. Defined Terms: PROJECTION_BASED The acquired projection data was fully decomposed into basis projection data (i.e. sinograms)."""

    DecompositionDescription: Annotated[
        vr.UT | None, Attribute(0x0018937F, "UT", "1", "3", name="Decomposition Description")
    ] = None
    """Decomposition Description (0018,937F): Type 3, VR UT, VM 1. Description of decomposition method."""

    DecompositionAlgorithmIdentificationSequence: Annotated[
        list[_AlgorithmIdentificationItem] | None,
        Attribute(
            0x00189380, "SQ", "1", "3", name="Decomposition Algorithm Identification Sequence"
        ),
    ] = None
    """Decomposition Algorithm Identification Sequence (0018,9380): Type 3, VR SQ, VM 1. Algorithm used for decomposition of the acquired data. One or more Items are permitted in this Sequence."""

    DecompositionMaterialSequence: Annotated[
        list[_DecompositionMaterialSequenceItem] | None,
        Attribute(0x00189381, "SQ", "1", "3", name="Decomposition Material Sequence"),
    ] = None
    """Decomposition Material Sequence (0018,9381): Type 3, VR SQ, VM 1. Basis materials used in the decomposition process. Two or more Items are permitted in this Sequence."""


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
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
