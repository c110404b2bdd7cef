"""Volumetric Presentation State Identification Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.alternate_content_description_sequence_item import (
        AlternateContentDescriptionSequenceItem as _AlternateContentDescriptionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlternateContentDescriptionSequenceItem = Lazy(
        "dicomodel.items.alternate_content_description_sequence_item",
        "AlternateContentDescriptionSequenceItem",
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.alternate_content_description_sequence_item import (
        AlternateContentDescriptionSequenceItem as AlternateContentDescriptionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as LanguageCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as RenderedImageReferenceSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ContentCreatorIdentificationCodeSequenceItem,
    )

__all__ = [
    "AlternateContentDescriptionSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentCreatorIdentificationCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "LanguageCodeSequenceItem",
    "MappingResourceTerm",
    "PersonIdentificationCodeSequenceItem",
    "RenderedImageReferenceSequenceItem",
    "VolumetricPresentationStateIdentificationModule",
]


class VolumetricPresentationStateIdentificationModule(DicomModel):
    """Volumetric Presentation State Identification Module Attributes (PS3.3 Table C.11.22-1)."""

    dicom_name: ClassVar[str] = "Volumetric Presentation State Identification"
    dicom_table: ClassVar[str] = "table_C.11.22-1"

    PresentationCreationDate: Annotated[
        vr.DA, Attribute(0x00700082, "DA", "1", "1", name="Presentation Creation Date")
    ]
    """Presentation Creation Date (0070,0082): Type 1, VR DA, VM 1. Date on which this presentation was created. This date may be different from the date that the DICOM SOP Instance was created, since the Presentation State information contained may have been recorded earlier."""

    PresentationCreationTime: Annotated[
        vr.TM, Attribute(0x00700083, "TM", "1", "1", name="Presentation Creation Time")
    ]
    """Presentation Creation Time (0070,0083): Type 1, VR TM, VM 1. Time at which this presentation was created. This time may be different from the time that the DICOM SOP Instance was created, since the Presentation State information contained may have been recorded earlier."""

    InstanceNumber: Annotated[vr.IS, Attribute(0x00200013, "IS", "1", "1", name="Instance Number")]
    """Instance Number (0020,0013): Type 1, VR IS, VM 1. A number that identifies this SOP Instance."""

    ContentLabel: Annotated[vr.CS, Attribute(0x00700080, "CS", "1", "1", name="Content Label")]
    """Content Label (0070,0080): Type 1, VR CS, VM 1. A label that is used to identify this SOP Instance."""

    ContentDescription: Annotated[
        vr.LO | None, Attribute(0x00700081, "LO", "1", "2", name="Content Description")
    ]
    """Content Description (0070,0081): Type 2, VR LO, VM 1. A description of the content of the SOP Instance."""

    ConceptNameCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0040A043, "SQ", "1", "3", name="Concept Name Code Sequence"),
    ] = None
    """Concept Name Code Sequence (0040,A043): Type 3, VR SQ, VM 1. A coded description of the content of the SOP Instance. Only a single Item is permitted in this Sequence."""

    AlternateContentDescriptionSequence: Annotated[
        list[_AlternateContentDescriptionSequenceItem] | None,
        Attribute(0x00700087, "SQ", "1", "3", name="Alternate Content Description Sequence"),
    ] = None
    """Alternate Content Description Sequence (0070,0087): Type 3, VR SQ, VM 1. A Sequence containing alternate descriptions suitable for presentation to the user, e.g., in different languages. One or more Items are permitted in this Sequence."""

    ContentCreatorName: Annotated[
        vr.PN | None, Attribute(0x00700084, "PN", "1", "3", name="Content Creator's Name")
    ] = None
    """Content Creator's Name (0070,0084): Type 3, VR PN, VM 1. Name of operator (such as a technologist or physician) creating the content of the SOP Instance."""

    ContentCreatorIdentificationCodeSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(
            0x00700086, "SQ", "1", "3", name="Content Creator's Identification Code Sequence"
        ),
    ] = None
    """Content Creator's Identification Code Sequence (0070,0086): Type 3, VR SQ, VM 1. Identification of the person who created the content. Only a single Item is permitted in this Sequence."""

    RenderedImageReferenceSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem] | None,
        Attribute(0x00701104, "SQ", "1", "3", name="Rendered Image Reference Sequence"),
    ] = None
    """Rendered Image Reference Sequence (0070,1104): Type 3, VR SQ, VM 1. A rendered representation of the view described by this Presentation State. Only one Item shall be present in this Sequence. See Section XXX.2 in PS3.17."""

    PresentationDisplayCollectionUID: Annotated[
        vr.UI | None,
        Attribute(0x00701101, "UI", "1", "3", name="Presentation Display Collection UID"),
    ] = None
    """Presentation Display Collection UID (0070,1101): Type 3, VR UI, VM 1. Unique identifier of a collection of Presentation State Instances that are intended by the Presentation State creator to be processed or displayed together. See Section C.11.22.1."""

    PresentationSequenceCollectionUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00701102,
            "UI",
            "1",
            "1C",
            name="Presentation Sequence Collection UID",
            when=(
                "and",
                ("present", 0x00701A01),
                ("value", 0x00701A01, 0, "in", ("PRESENTATION_SEQ",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Presentation Sequence Collection UID (0070,1102): Type 1C, VR UI, VM 1. Required if Presentation Animation Style (0070,1A01) is present with a value of PRESENTATION_SEQ. May be present otherwise. Unique identifier of a collection of Presentation State Instances that are sequentially related. See Section C.11.22.2. Required if Presentation Animation Style (0070,1A01) is present with a value of PRESENTATION_SEQ."""

    PresentationSequencePositionIndex: Annotated[
        vr.US | None,
        Attribute(
            0x00701103,
            "US",
            "1",
            "1C",
            name="Presentation Sequence Position Index",
            when=("present", 0x00701102),
        ),
    ] = None
    """Presentation Sequence Position Index (0070,1103): Type 1C, VR US, VM 1. Required if Presentation Sequence Collection UID (0070,1102) is present. Ordinal position of this Presentation State within a Presentation Sequence Collection. Shall be a monotonically increasing integer, starting from 1, incrementing by 1, unique within the Instances sharing the same value of Presentation Seque..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlternateContentDescriptionSequenceItem": (
        "dicomodel.items.alternate_content_description_sequence_item",
        "AlternateContentDescriptionSequenceItem",
    ),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentCreatorIdentificationCodeSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "LanguageCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RenderedImageReferenceSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
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
