"""Structured Display Module Attributes.

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
    from dicomodel.items.image_pixel_item_image_reference import (
        ImagePixelItemImageReference as _ImagePixelItemImageReference,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
    from dicomodel.items.screen_specifications_item import (
        ScreenSpecificationsItem as _ScreenSpecificationsItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlternateContentDescriptionSequenceItem = Lazy(
        "dicomodel.items.alternate_content_description_sequence_item",
        "AlternateContentDescriptionSequenceItem",
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ImagePixelItemImageReference = Lazy(
        "dicomodel.items.image_pixel_item_image_reference", "ImagePixelItemImageReference"
    )
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )
    _ScreenSpecificationsItem = Lazy(
        "dicomodel.items.screen_specifications_item", "ScreenSpecificationsItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.color_space import ColorSpaceTerm as ColorSpaceTerm
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationTerm as PhotometricInterpretationTerm,
    )
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
    from dicomodel.items.image_pixel_item_image_reference import (
        ImagePixelItemImageReference as IconImageSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ContentCreatorIdentificationCodeSequenceItem,
    )
    from dicomodel.items.screen_specifications_item import (
        ScreenSpecificationsItem as NominalScreenDefinitionSequenceItem,
    )

__all__ = [
    "AlternateContentDescriptionSequenceItem",
    "ColorSpaceTerm",
    "ConceptNameCodeSequenceItem",
    "ContentCreatorIdentificationCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "IconImageSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "LanguageCodeSequenceItem",
    "MappingResourceTerm",
    "NominalScreenDefinitionSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PhotometricInterpretationTerm",
    "StructuredDisplayModule",
]


class StructuredDisplayModule(DicomModel):
    """Structured Display Module Attributes (PS3.3 Table C.11.16-1)."""

    dicom_name: ClassVar[str] = "Structured Display"
    dicom_table: ClassVar[str] = "table_C.11.16-1"

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

    PresentationCreationDate: Annotated[
        vr.DA, Attribute(0x00700082, "DA", "1", "1", name="Presentation Creation Date")
    ]
    """Presentation Creation Date (0070,0082): Type 1, VR DA, VM 1. Date on which this structured display was created. This date may be different from the date that the DICOM SOP Instance was created, since the structured display information contained may have been recorded earlier."""

    PresentationCreationTime: Annotated[
        vr.TM, Attribute(0x00700083, "TM", "1", "1", name="Presentation Creation Time")
    ]
    """Presentation Creation Time (0070,0083): Type 1, VR TM, VM 1. Time at which this structured display was created. This time may be different from the time that the DICOM SOP Instance was created, since the structured display information contained may have been recorded earlier."""

    NumberOfScreens: Annotated[
        vr.US, Attribute(0x00720100, "US", "1", "1", name="Number of Screens")
    ]
    """Number of Screens (0072,0100): Type 1, VR US, VM 1. The number of screens for this Structured Display. If SOP Class UID (0008,0016) equals 1.2.840.10008.5.1.4.1.1.131(Basic Structured Display), the value shall be 1."""

    NominalScreenDefinitionSequence: Annotated[
        list[_ScreenSpecificationsItem],
        Attribute(0x00720102, "SQ", "1", "1", name="Nominal Screen Definition Sequence"),
    ]
    """Nominal Screen Definition Sequence (0072,0102): Type 1, VR SQ, VM 1. Sequence of Items that describes the set of screens for this Structured Display. The number of Items shall equal the value of Number of Screens (0072,0100). One or more Items shall be included in this Sequence."""

    IconImageSequence: Annotated[
        list[_ImagePixelItemImageReference] | None,
        Attribute(0x00880200, "SQ", "1", "3", name="Icon Image Sequence"),
    ] = None
    """Icon Image Sequence (0088,0200): Type 3, VR SQ, VM 1. This icon image is representative of the structured display. Only a single Item is permitted in this Sequence."""

    StructuredDisplayBackgroundCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(0x00720420, "US", "3", "3", name="Structured Display Background CIELab Value"),
    ] = None
    """Structured Display Background CIELab Value (0072,0420): Type 3, VR US, VM 3. A value in which it is recommended that Structured Display background (i.e., the area outside of Image Boxes) be rendered on a color display. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1."""

    EmptyImageBoxCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(0x00720421, "US", "3", "3", name="Empty Image Box CIELab Value"),
    ] = None
    """Empty Image Box CIELab Value (0072,0421): Type 3, VR US, VM 3. A value in which it is recommended that empty Image Boxes be rendered on a color display. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1."""

    HangingProtocolName: Annotated[
        vr.SH | None, Attribute(0x00720002, "SH", "1", "3", name="Hanging Protocol Name")
    ] = None
    """Hanging Protocol Name (0072,0002): Type 3, VR SH, VM 1. Identifies the hanging protocol that was used in the creation of this structured display. See Table OO.1.1-1 in PS3.17 for standard hanging protocols for dentistry."""

    HangingProtocolCreator: Annotated[
        vr.LO | None, Attribute(0x00720008, "LO", "1", "3", name="Hanging Protocol Creator")
    ] = None
    """Hanging Protocol Creator (0072,0008): Type 3, VR LO, VM 1. Identifies the creator of the Hanging Protocol. See Table OO.1.1-1 in PS3.17 for standard hanging protocols for dentistry."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlternateContentDescriptionSequenceItem": (
        "dicomodel.items.alternate_content_description_sequence_item",
        "AlternateContentDescriptionSequenceItem",
    ),
    "ColorSpaceTerm": ("dicomodel.enums.color_space", "ColorSpaceTerm"),
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
    "IconImageSequenceItem": (
        "dicomodel.items.image_pixel_item_image_reference",
        "ImagePixelItemImageReference",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "LanguageCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "NominalScreenDefinitionSequenceItem": (
        "dicomodel.items.screen_specifications_item",
        "ScreenSpecificationsItem",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PhotometricInterpretationTerm": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationTerm",
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
