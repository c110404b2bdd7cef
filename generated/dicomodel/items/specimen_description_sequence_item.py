"""Item class SpecimenDescriptionSequenceItem.

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
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as _HL7v2HierarchicDesignatorItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as _PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.specimen_preparation_sequence_item import (
        SpecimenPreparationSequenceItem as _SpecimenPreparationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ContentItem = Lazy("dicomodel.items.content_item", "ContentItem")
    _HL7v2HierarchicDesignatorItem = Lazy(
        "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
    )
    _PrimaryAnatomicStructureSequenceItem = Lazy(
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    )
    _SpecimenPreparationSequenceItem = Lazy(
        "dicomodel.items.specimen_preparation_sequence_item", "SpecimenPreparationSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as SpecimenTypeCodeSequenceItem
    from dicomodel.items.content_item import (
        ContentItem as SpecimenLocalizationContentItemSequenceItem,
    )
    from dicomodel.items.content_item import (
        ContentItem as SpecimenPreparationStepContentItemSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as IssuerOfTheSpecimenIdentifierSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.specimen_preparation_sequence_item import (
        SpecimenPreparationSequenceItem as SpecimenPreparationSequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "IssuerOfTheSpecimenIdentifierSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "ReferencedSOPSequenceItem",
    "SpecimenDescriptionSequenceItem",
    "SpecimenLocalizationContentItemSequenceItem",
    "SpecimenPreparationSequenceItem",
    "SpecimenPreparationStepContentItemSequenceItem",
    "SpecimenTypeCodeSequenceItem",
    "UniversalEntityIDType",
    "ValueType",
]


class SpecimenDescriptionSequenceItem(DicomModel):
    """An item of Specimen Description Sequence (0040,0560), as first defined in Specimen Macro Attributes (C.7.6.22-2)."""

    dicom_name: ClassVar[str] = "Specimen Description Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.22-2"

    SpecimenIdentifier: Annotated[
        vr.LO, Attribute(0x00400551, "LO", "1", "1", name="Specimen Identifier")
    ]
    """Specimen Identifier (0040,0551): Type 1, VR LO, VM 1. A departmental information system identifier for the Specimen. See Section C.7.6.22.1.1 and Section C.7.6.22.1.2. If a single specimen is present in a container, the value of the Specimen Identifier and the value of the Container Identifier..."""

    IssuerOfTheSpecimenIdentifierSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00400562, "SQ", "1", "2", name="Issuer of the Specimen Identifier Sequence"),
    ]
    """Issuer of the Specimen Identifier Sequence (0040,0562): Type 2, VR SQ, VM 1. The name or code for the institution that has assigned the Specimen Identifier. Zero or one Item shall be included in this Sequence."""

    SpecimenUID: Annotated[vr.UI, Attribute(0x00400554, "UI", "1", "1", name="Specimen UID")]
    """Specimen UID (0040,0554): Type 1, VR UI, VM 1. Unique Identifier for Specimen. See Section C.7.6.22.1.2."""

    SpecimenTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0040059A, "SQ", "1", "3", name="Specimen Type Code Sequence"),
    ] = None
    """Specimen Type Code Sequence (0040,059A): Type 3, VR SQ, VM 1. Specimen Type. Only a single Item is permitted in this Sequence."""

    SpecimenShortDescription: Annotated[
        vr.LO | None, Attribute(0x00400600, "LO", "1", "3", name="Specimen Short Description")
    ] = None
    """Specimen Short Description (0040,0600): Type 3, VR LO, VM 1. Short textual specimen description (may include ancestor specimen descriptions)."""

    SpecimenDetailedDescription: Annotated[
        vr.UT | None, Attribute(0x00400602, "UT", "1", "3", name="Specimen Detailed Description")
    ] = None
    """Specimen Detailed Description (0040,0602): Type 3, VR UT, VM 1. Detailed textual specimen description (may include ancestor specimen descriptions)."""

    SpecimenPreparationSequence: Annotated[
        list[_SpecimenPreparationSequenceItem] | None,
        Attribute(0x00400610, "SQ", "1", "2", name="Specimen Preparation Sequence"),
    ]
    """Specimen Preparation Sequence (0040,0610): Type 2, VR SQ, VM 1. Sequence of Items identifying the process steps used to prepare the specimen for image acquisition. This includes description of all processing necessary to interpret the image. Zero or more Items shall be included in this Sequence."""

    PrimaryAnatomicStructureSequence: Annotated[
        list[_PrimaryAnatomicStructureSequenceItem] | None,
        Attribute(0x00082228, "SQ", "1", "3", name="Primary Anatomic Structure Sequence"),
    ] = None
    """Primary Anatomic Structure Sequence (0008,2228): Type 3, VR SQ, VM 1. Sequence of Items that identifies the primary anatomic structure(s) of interest in this Instance. One or more Items are permitted in this Sequence."""

    SpecimenLocalizationContentItemSequence: Annotated[
        list[_ContentItem] | None,
        Attribute(
            0x00400620,
            "SQ",
            "1",
            "1C",
            name="Specimen Localization Content Item Sequence",
            when=("unknown", "names no attribute: multiple specimens present in the image"),
            otherwise="may",
        ),
    ] = None
    """Specimen Localization Content Item Sequence (0040,0620): Type 1C, VR SQ, VM 1. Required if multiple specimens present in the image. May be present otherwise. Sequence of Content Items identifying the location of the specimen in the container and/or in the image. See Section C.7.6.22.1.4. One or more Items shall be included in this Sequence. Required if multiple specimens present in the image."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "IssuerOfTheSpecimenIdentifierSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "SpecimenLocalizationContentItemSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "SpecimenPreparationSequenceItem": (
        "dicomodel.items.specimen_preparation_sequence_item",
        "SpecimenPreparationSequenceItem",
    ),
    "SpecimenPreparationStepContentItemSequenceItem": (
        "dicomodel.items.content_item",
        "ContentItem",
    ),
    "SpecimenTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "UniversalEntityIDType": ("dicomodel.enums.universal_entity_id_type", "UniversalEntityIDType"),
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
