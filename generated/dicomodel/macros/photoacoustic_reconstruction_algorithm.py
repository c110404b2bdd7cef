"""Photoacoustic Reconstruction Algorithm Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as _AlgorithmIdentificationItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlgorithmIdentificationItem = Lazy(
        "dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as ReconstructionAlgorithmSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PhotoacousticReconstructionAlgorithmMacro",
    "ReconstructionAlgorithmSequenceItem",
]


class PhotoacousticReconstructionAlgorithmMacro(DicomModel):
    """Photoacoustic Reconstruction Algorithm Macro Attributes (PS3.3 Table C.8.34.5.4-1)."""

    dicom_name: ClassVar[str] = "Photoacoustic Reconstruction Algorithm"
    dicom_table: ClassVar[str] = "table_C.8.34.5.4-1"

    ReconstructionAlgorithmSequence: Annotated[
        list[_AlgorithmIdentificationItem] | None,
        Attribute(0x0018993D, "SQ", "1", "3", name="Reconstruction Algorithm Sequence"),
    ] = None
    """Reconstruction Algorithm Sequence (0018,993D): Type 3, VR SQ, VM 1. The identification assigned by a manufacturer to a specific software algorithm or algorithms. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ReconstructionAlgorithmSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
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
