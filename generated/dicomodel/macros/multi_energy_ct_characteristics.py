"""Multi-energy CT Characteristics Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.multienergy_ct_characteristics_sequence_item import (
        MultienergyCTCharacteristicsSequenceItem as _MultienergyCTCharacteristicsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MultienergyCTCharacteristicsSequenceItem = Lazy(
        "dicomodel.items.multienergy_ct_characteristics_sequence_item",
        "MultienergyCTCharacteristicsSequenceItem",
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
    from dicomodel.items.multienergy_ct_characteristics_sequence_item import (
        MultienergyCTCharacteristicsSequenceItem as MultienergyCTCharacteristicsSequenceItem,
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
    "MultiEnergyCTCharacteristicsMacro",
    "MultienergyCTCharacteristicsSequenceItem",
    "PerformedProcessingParametersSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class MultiEnergyCTCharacteristicsMacro(DicomModel):
    """Multi-energy CT Characteristics Macro Attributes (PS3.3 Table C.8.15.3.12-1)."""

    dicom_name: ClassVar[str] = "Multi-energy CT Characteristics"
    dicom_table: ClassVar[str] = "table_C.8.15.3.12-1"

    MultienergyCTCharacteristicsSequence: Annotated[
        list[_MultienergyCTCharacteristicsSequenceItem] | None,
        Attribute(
            0x00189364,
            "SQ",
            "1",
            "1C",
            name="Multi-energy CT Characteristics Sequence",
            when=(
                "or",
                ("and", ("iod", ("CT Image",)), ("value", 0x00080008, 4, "in", ("VMI",))),
                ("and", ("iod", ("Enhanced CT Image",)), ("value", 0x00080008, 5, "in", ("VMI",))),
                ("and", ("iod", ("Enhanced CT Image",)), ("value", 0x00089007, 5, "in", ("VMI",))),
            ),
            otherwise="may",
        ),
    ] = None
    """Multi-energy CT Characteristics Sequence (0018,9364): Type 1C, VR SQ, VM 1. Required if Image Type (0008,0008) Value 4 in the CT Image IOD, Image Type (0008,0008) Value 5 in the Enhanced CT Image IOD or Frame Type (0008,9007) Value 5 in the Enhanced CT Image IOD Frame is VMI. May be present otherwise. Multi-energy characteristics of the generated image. Required if Image Type (0008,0008) Value 4 in the CT Image IOD, Image Type (0008,0008) Value 5 in the Enhanced CT Image IOD or Frame Type (0008,9007) Value 5 in the Enhanced CT Image IOD..."""


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
    "MultienergyCTCharacteristicsSequenceItem": (
        "dicomodel.items.multienergy_ct_characteristics_sequence_item",
        "MultienergyCTCharacteristicsSequenceItem",
    ),
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
