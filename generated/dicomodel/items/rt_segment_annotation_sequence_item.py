"""Item class RTSegmentAnnotationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as _ProtocolContextSequenceItem,
    )
    from dicomodel.items.segment_annotation_type_code_sequence_item import (
        SegmentAnnotationTypeCodeSequenceItem as _SegmentAnnotationTypeCodeSequenceItem,
    )
    from dicomodel.items.segmented_rt_accessory_device_sequence_item import (
        SegmentedRTAccessoryDeviceSequenceItem as _SegmentedRTAccessoryDeviceSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ProtocolContextSequenceItem = Lazy(
        "dicomodel.items.protocol_context_sequence_item", "ProtocolContextSequenceItem"
    )
    _SegmentAnnotationTypeCodeSequenceItem = Lazy(
        "dicomodel.items.segment_annotation_type_code_sequence_item",
        "SegmentAnnotationTypeCodeSequenceItem",
    )
    _SegmentedRTAccessoryDeviceSequenceItem = Lazy(
        "dicomodel.items.segmented_rt_accessory_device_sequence_item",
        "SegmentedRTAccessoryDeviceSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentAnnotationCategoryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentAnnotationTypeModifierCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as SegmentCharacteristicsSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.segment_annotation_type_code_sequence_item import (
        SegmentAnnotationTypeCodeSequenceItem as SegmentAnnotationTypeCodeSequenceItem,
    )
    from dicomodel.items.segmented_rt_accessory_device_sequence_item import (
        SegmentedRTAccessoryDeviceSequenceItem as SegmentedRTAccessoryDeviceSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "RTSegmentAnnotationSequenceItem",
    "ReferencedSOPSequenceItem",
    "SegmentAnnotationCategoryCodeSequenceItem",
    "SegmentAnnotationTypeCodeSequenceItem",
    "SegmentAnnotationTypeModifierCodeSequenceItem",
    "SegmentCharacteristicsSequenceItem",
    "SegmentedRTAccessoryDeviceSequenceItem",
    "UDISequenceItem",
    "ValueType",
]


class RTSegmentAnnotationSequenceItem(DicomModel):
    """An item of RT Segment Annotation Sequence (3010,002A), as first defined in RT Segment Annotation Module Attributes (C.36.8-1)."""

    dicom_name: ClassVar[str] = "RT Segment Annotation Sequence"
    dicom_table: ClassVar[str] = "table_C.36.8-1"

    RTSegmentAnnotationIndex: Annotated[
        vr.US, Attribute(0x3010003D, "US", "1", "1", name="RT Segment Annotation Index")
    ]
    """RT Segment Annotation Index (3010,003D): Type 1, VR US, VM 1. Index of the Segment. The value shall start at 1 and increase monotonically by 1."""

    EntityLongLabel: Annotated[
        vr.LO, Attribute(0x30100038, "LO", "1", "1", name="Entity Long Label")
    ]
    """Entity Long Label (3010,0038): Type 1, VR LO, VM 1. User-defined label for this entity. See Section 10.32.2.1."""

    EntityDescription: Annotated[
        vr.ST | None, Attribute(0x30100037, "ST", "1", "3", name="Entity Description")
    ] = None
    """Entity Description (3010,0037): Type 3, VR ST, VM 1. User-defined description for this entity. See Section 10.31.1.2."""

    ReferencedSegmentReferenceIndex: Annotated[
        vr.US, Attribute(0x30100020, "US", "1", "1", name="Referenced Segment Reference Index")
    ]
    """Referenced Segment Reference Index (3010,0020): Type 1, VR US, VM 1. The Segment Reference Index (3010,0022) in the Segment Reference Sequence (3010,0021) corresponding to the segment this Sequence Item relates to."""

    SegmentAnnotationCategoryCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x3010002B, "SQ", "1", "2", name="Segment Annotation Category Code Sequence"),
    ]
    """Segment Annotation Category Code Sequence (3010,002B): Type 2, VR SQ, VM 1. Category of the annotation of this segment. Zero or one Item shall be included in this Sequence."""

    SegmentAnnotationTypeCodeSequence: Annotated[
        list[_SegmentAnnotationTypeCodeSequenceItem] | None,
        Attribute(
            0x3010002C,
            "SQ",
            "1",
            "1C",
            name="Segment Annotation Type Code Sequence",
            when=("has_value", 0x3010002B),
        ),
    ] = None
    """Segment Annotation Type Code Sequence (3010,002C): Type 1C, VR SQ, VM 1. Required if Segment Annotation Category Code Sequence (3010,002B) has a value. Specific type of the annotation of this segment. Required if Segment Annotation Category Code Sequence (3010,002B) has a value. Only a single Item shall be included in this Sequence. See Section C.36.8.1.1."""

    SegmentationCreationTemplateLabel: Annotated[
        vr.LO | None,
        Attribute(0x3010001E, "LO", "1", "3", name="Segmentation Creation Template Label"),
    ] = None
    """Segmentation Creation Template Label (3010,001E): Type 3, VR LO, VM 1. Label for the template used to define the set of segments to be created from patient images and the names, codes, default presentation parameters associated with those segments."""

    SegmentedRTAccessoryDeviceSequence: Annotated[
        list[_SegmentedRTAccessoryDeviceSequenceItem] | None,
        Attribute(0x30100026, "SQ", "1", "2", name="Segmented RT Accessory Device Sequence"),
    ]
    """Segmented RT Accessory Device Sequence (3010,0026): Type 2, VR SQ, VM 1. RT accessory device identification information. Zero or more Items shall be included in this Sequence. See Section C.36.8.1.2."""

    SegmentCharacteristicsPrecedence: Annotated[
        vr.US | None,
        Attribute(0x30100029, "US", "1", "2", name="Segment Characteristics Precedence"),
    ]
    """Segment Characteristics Precedence (3010,0029): Type 2, VR US, VM 1. Value used to resolve usage of characteristic of overlapping regions of Conceptual Volumes. In overlapping regions, the characteristic of the Conceptual Volume with the lowest number has precedence."""

    SegmentCharacteristicsSequence: Annotated[
        list[_ProtocolContextSequenceItem] | None,
        Attribute(0x30100027, "SQ", "1", "3", name="Segment Characteristics Sequence"),
    ] = None
    """Segment Characteristics Sequence (3010,0027): Type 3, VR SQ, VM 1. Characteristics associated with the current segment. One or more Items are permitted in this Sequence."""

    RecommendedDisplayGrayscaleValue: Annotated[
        vr.US | None,
        Attribute(0x0062000C, "US", "1", "3", name="Recommended Display Grayscale Value"),
    ] = None
    """Recommended Display Grayscale Value (0062,000C): Type 3, VR US, VM 1. A default single gray unsigned value in which it is recommended that the maximum pixel value in this surface be rendered on a monochrome display."""

    RecommendedDisplayCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(0x0062000D, "US", "3", "3", name="Recommended Display CIELab Value"),
    ] = None
    """Recommended Display CIELab Value (0062,000D): Type 3, VR US, VM 3. A default triplet value in which it is recommended that the surface be rendered on a color display. The units are specified in PCS-Values, and the value is encoded as CIELab."""

    RecommendedPresentationOpacity: Annotated[
        vr.FL | None, Attribute(0x0066000C, "FL", "1", "3", name="Recommended Presentation Opacity")
    ] = None
    """Recommended Presentation Opacity (0066,000C): Type 3, VR FL, VM 1. Specifies the opacity in which it is recommended that the surface be rendered. See Section C.27.1.1.3."""

    RecommendedPresentationType: Annotated[
        vr.CS | None, Attribute(0x0066000D, "CS", "1", "3", name="Recommended Presentation Type")
    ] = None
    """Recommended Presentation Type (0066,000D): Type 3, VR CS, VM 1. Specifies the representation type in which it is recommended that the surface be rendered. See Section C.27.1.1.3."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentItemModifierSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "SegmentAnnotationCategoryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SegmentAnnotationTypeCodeSequenceItem": (
        "dicomodel.items.segment_annotation_type_code_sequence_item",
        "SegmentAnnotationTypeCodeSequenceItem",
    ),
    "SegmentAnnotationTypeModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SegmentCharacteristicsSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item",
        "ProtocolContextSequenceItem",
    ),
    "SegmentedRTAccessoryDeviceSequenceItem": (
        "dicomodel.items.segmented_rt_accessory_device_sequence_item",
        "SegmentedRTAccessoryDeviceSequenceItem",
    ),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
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
