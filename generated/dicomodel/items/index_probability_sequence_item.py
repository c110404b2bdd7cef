"""Item class IndexProbabilitySequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
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
    "IndexProbabilitySequenceItem",
    "MappingResourceTerm",
]


class IndexProbabilitySequenceItem(DicomModel):
    """An item of Index Probability Sequence (0024,0344), as first defined in Ophthalmic Visual Field Global Index Macro Attributes (C.8.26.3-2)."""

    dicom_name: ClassVar[str] = "Index Probability Sequence"
    dicom_table: ClassVar[str] = "table_C.8.26.3-2"

    IndexProbability: Annotated[
        vr.FL, Attribute(0x00240341, "FL", "1", "1", name="Index Probability")
    ]
    """Index Probability (0024,0341): Type 1, VR FL, VM 1. Probability for the index value within the normal population, in percent."""

    AlgorithmFamilyCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x0066002F, "SQ", "1", "1", name="Algorithm Family Code Sequence"),
    ]
    """Algorithm Family Code Sequence (0066,002F): Type 1, VR SQ, VM 1. The family of algorithm(s) that best describes the software algorithm used. Only a single Item shall be included in this Sequence."""

    AlgorithmNameCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00660030, "SQ", "1", "3", name="Algorithm Name Code Sequence"),
    ] = None
    """Algorithm Name Code Sequence (0066,0030): Type 3, VR SQ, VM 1. The code assigned by a manufacturer to a specific software algorithm. Only a single Item is permitted in this Sequence."""

    AlgorithmName: Annotated[vr.LO, Attribute(0x00660036, "LO", "1", "1", name="Algorithm Name")]
    """Algorithm Name (0066,0036): Type 1, VR LO, VM 1. The name assigned by a manufacturer to a specific software algorithm."""

    AlgorithmVersion: Annotated[
        vr.LO, Attribute(0x00660031, "LO", "1", "1", name="Algorithm Version")
    ]
    """Algorithm Version (0066,0031): Type 1, VR LO, VM 1. The software version identifier assigned by a manufacturer to a specific software algorithm."""

    AlgorithmParameters: Annotated[
        vr.LT | None, Attribute(0x00660032, "LT", "1", "3", name="Algorithm Parameters")
    ] = None
    """Algorithm Parameters (0066,0032): Type 3, VR LT, VM 1. The input parameters used by a manufacturer to configure the behavior of a specific software algorithm."""

    AlgorithmSource: Annotated[
        vr.LO | None, Attribute(0x00240202, "LO", "1", "3", name="Algorithm Source")
    ] = None
    """Algorithm Source (0024,0202): Type 3, VR LO, VM 1. Source of the algorithm, e.g., the name of the manufacturer, researcher, university, etc."""


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
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
