"""Item class RadiationGenerationModeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.content_item import ContentItem as _ContentItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ContentItem = Lazy("dicomodel.items.content_item", "ContentItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as EnergyUnitCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RadiationFluenceModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RadiationGenerationModeMachineCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as RadiationTypeCodeSequenceItem
    from dicomodel.items.content_item import (
        ContentItem as RadiationDeviceConfigurationAndCommissioningKeySequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EnergyUnitCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "RadiationFluenceModifierCodeSequenceItem",
    "RadiationGenerationModeMachineCodeSequenceItem",
    "RadiationGenerationModeSequenceItem",
    "RadiationTypeCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class RadiationGenerationModeSequenceItem(DicomModel):
    """An item of Radiation Generation Mode Sequence (300A,067B), as first defined in Radiation Generation Mode Macro Attributes (C.36.2.2.7-1)."""

    dicom_name: ClassVar[str] = "Radiation Generation Mode Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.2.7-1"

    RadiationGenerationModeIndex: Annotated[
        vr.US, Attribute(0x300A0601, "US", "1", "1", name="Radiation Generation Mode Index")
    ]
    """Radiation Generation Mode Index (300A,0601): Type 1, VR US, VM 1. Index of this Item in this Sequence. The value shall start at 1 and increase monotonically by 1."""

    RadiationGenerationModeLabel: Annotated[
        vr.SH, Attribute(0x300A067C, "SH", "1", "1", name="Radiation Generation Mode Label")
    ]
    """Radiation Generation Mode Label (300A,067C): Type 1, VR SH, VM 1. User-defined label that identifies this Radiation Generation Mode. See Section C.36.2.2.7.1.3."""

    RadiationGenerationModeDescription: Annotated[
        vr.ST | None,
        Attribute(0x300A067D, "ST", "1", "2", name="Radiation Generation Mode Description"),
    ]
    """Radiation Generation Mode Description (300A,067D): Type 2, VR ST, VM 1. User-defined description of the Radiation Generation Mode."""

    RadiationGenerationModeMachineCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x300A067E,
            "SQ",
            "1",
            "1C",
            name="Radiation Generation Mode Machine Code Sequence",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Radiation Generation Mode Machine Code Sequence (300A,067E): Type 1C, VR SQ, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. A vendor-specified machine-readable code that unambiguously identifies this Radiation Generation Mode. Only a single Item shall be included in this Sequence."""

    RadiationTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x300A067F, "SQ", "1", "1", name="Radiation Type Code Sequence"),
    ]
    """Radiation Type Code Sequence (300A,067F): Type 1, VR SQ, VM 1. Type of radiation for this Radiation Generation Mode. Only a single Item shall be included in this Sequence."""

    EnergyUnitCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x300A0684, "SQ", "1", "1", name="Energy Unit Code Sequence"),
    ]
    """Energy Unit Code Sequence (300A,0684): Type 1, VR SQ, VM 1. The unit of energy values specified in Nominal Energy (300A,0680), Minimum Nominal Energy (300A,0681), Maximum Nominal Energy (300A,0682). Only a single Item shall be included in this Sequence."""

    NominalEnergy: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0680,
            "DS",
            "1",
            "1C",
            name="Nominal Energy",
            when=("and", ("not", ("present", 0x300A0681)), ("not", ("present", 0x300A0682))),
        ),
    ] = None
    """Nominal Energy (300A,0680): Type 1C, VR DS, VM 1. Required if Minimum Nominal Energy (300A,0681) and Maximum Nominal Energy (300A,0682) are not present. The nominal beam energy in units as defined in the Energy Unit Code Sequence (300A,0684). Required if Minimum Nominal Energy (300A,0681) and Maximum Nominal Energy (300A,0682) are not present. See Section C.36.2.2.7.1.1."""

    MinimumNominalEnergy: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0681,
            "DS",
            "1",
            "1C",
            name="Minimum Nominal Energy",
            when=("not", ("present", 0x300A0680)),
        ),
    ] = None
    """Minimum Nominal Energy (300A,0681): Type 1C, VR DS, VM 1. Required if Nominal Energy (300A,0680) is not present. The minimum nominal beam energy in units as defined in the Energy Unit Code Sequence (300A,0684). Required if Nominal Energy (300A,0680) is not present. See Section C.36.2.2.7.1.1."""

    MaximumNominalEnergy: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0682,
            "DS",
            "1",
            "1C",
            name="Maximum Nominal Energy",
            when=("not", ("present", 0x300A0680)),
        ),
    ] = None
    """Maximum Nominal Energy (300A,0682): Type 1C, VR DS, VM 1. Required if Nominal Energy (300A,0680) is not present. The maximum nominal beam energy in units as defined in the Energy Unit Code Sequence (300A,0684). Required if Nominal Energy (300A,0680) is not present. See Section C.36.2.2.7.1.1."""

    RadiationFluenceModifierCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x300A0683, "SQ", "1", "1", name="Radiation Fluence Modifier Code Sequence"),
    ]
    """Radiation Fluence Modifier Code Sequence (300A,0683): Type 1, VR SQ, VM 1. Identifies the type of fluence modifier of this Radiation Generation Mode. One or more Items shall be included in this Sequence."""

    RadiationDeviceConfigurationAndCommissioningKeySequence: Annotated[
        list[_ContentItem] | None,
        Attribute(
            0x300A065A,
            "SQ",
            "1",
            "2",
            name="Radiation Device Configuration and Commissioning Key Sequence",
        ),
    ]
    """Radiation Device Configuration and Commissioning Key Sequence (300A,065A): Type 2, VR SQ, VM 1. Keys identifying the configuration and commissioning data used as input for treatment planning of this Instance. Value Type (0040,A040) is constrained to value UIDREF. See Section C.36.2.2.7.1.4."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EnergyUnitCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem": (
        "dicomodel.items.content_item",
        "ContentItem",
    ),
    "RadiationFluenceModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RadiationGenerationModeMachineCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RadiationTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
