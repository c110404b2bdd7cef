"""Item class MultienergyCTCharacteristicsSequenceItem.

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
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as _ProtocolContextSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlgorithmIdentificationItem = Lazy(
        "dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"
    )
    _ProtocolContextSequenceItem = Lazy(
        "dicomodel.items.protocol_context_sequence_item", "ProtocolContextSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as DerivationAlgorithmSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as PerformedProcessingParametersSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "DerivationAlgorithmSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "MultienergyCTCharacteristicsSequenceItem",
    "PerformedProcessingParametersSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class MultienergyCTCharacteristicsSequenceItem(DicomModel):
    """An item of Multi-energy CT Characteristics Sequence (0018,9364), as first defined in Multi-energy CT Characteristics Macro Attributes (C.8.15.3.12-1)."""

    dicom_name: ClassVar[str] = "Multi-energy CT Characteristics Sequence"
    dicom_table: ClassVar[str] = "table_C.8.15.3.12-1"

    MonoenergeticEnergyEquivalent: Annotated[
        vr.FD | None,
        Attribute(
            0x0018937C,
            "FD",
            "1",
            "1C",
            name="Monoenergetic Energy Equivalent",
            when=(
                "or",
                ("and", ("iod", ("CT Image",)), ("value", 0x00080008, 4, "in", ("VMI",))),
                ("and", ("iod", ("Enhanced CT Image",)), ("value", 0x00080008, 5, "in", ("VMI",))),
                ("and", ("iod", ("Enhanced CT Image",)), ("value", 0x00089007, 5, "in", ("VMI",))),
            ),
            otherwise="may",
        ),
    ] = None
    """Monoenergetic Energy Equivalent (0018,937C): Type 1C, VR FD, VM 1. Required if Image Type (0008,0008) Value 4 in the CT Image IOD, Image Type (0008,0008) Value 5 in the Enhanced CT Image IOD or Frame Type (0008,9007) Value 5 in the Enhanced CT Image IOD Frame is EQUAL to VMI. May be present otherwise. Single energy equivalent in keV. Required if Image Type (0008,0008) Value 4 in the CT Image IOD, Image Type (0008,0008) Value 5 in the Enhanced CT Image IOD or Frame Type (0008,9007) Value 5 in the Enhanced CT Image IOD Frame is EQUAL to VM..."""

    DerivationAlgorithmSequence: Annotated[
        list[_AlgorithmIdentificationItem] | None,
        Attribute(0x00221612, "SQ", "1", "3", name="Derivation Algorithm Sequence"),
    ] = None
    """Derivation Algorithm Sequence (0022,1612): Type 3, VR SQ, VM 1. Software algorithm that performed the derivation. One or more Items are permitted in this Sequence."""

    PerformedProcessingParametersSequence: Annotated[
        list[_ProtocolContextSequenceItem] | None,
        Attribute(0x00741212, "SQ", "1", "3", name="Performed Processing Parameters Sequence"),
    ] = None
    """Performed Processing Parameters Sequence (0074,1212): Type 3, VR SQ, VM 1. Parameters used to perform the derivation algorithm. Implementers are encouraged to put the Algorithm Parameters here instead of in Algorithm Parameters (0066,0032) in the Algorithm Identification Macro One or more items are permitted in th..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentItemModifierSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DerivationAlgorithmSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PerformedProcessingParametersSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item",
        "ProtocolContextSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
