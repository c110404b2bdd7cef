"""SR Document Content Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.continuity_of_content import (
        ContinuityOfContentValue as _ContinuityOfContentValue,
    )
    from dicomodel.enums.graphic_type import GraphicTypeValue as _GraphicTypeValue
    from dicomodel.enums.pixel_origin_interpretation import (
        PixelOriginInterpretationValue as _PixelOriginInterpretationValue,
    )
    from dicomodel.enums.temporal_range_type import (
        TemporalRangeTypeValue as _TemporalRangeTypeValue,
    )
    from dicomodel.enums.value_type import (
        ValueTypeDocumentContentValue as _ValueTypeDocumentContentValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.code_sequence_item_document_content import (
        CodeSequenceItemDocumentContent as _CodeSequenceItemDocumentContent,
    )
    from dicomodel.items.code_sequence_item_document_content2 import (
        CodeSequenceItemDocumentContent2 as _CodeSequenceItemDocumentContent2,
    )
    from dicomodel.items.content_sequence_item import ContentSequenceItem as _ContentSequenceItem
    from dicomodel.items.content_template_sequence_item import (
        ContentTemplateSequenceItem as _ContentTemplateSequenceItem,
    )
    from dicomodel.items.measured_value_sequence_item import (
        MeasuredValueSequenceItem as _MeasuredValueSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item_document_content import (
        SOPInstanceReferenceItemDocumentContent as _SOPInstanceReferenceItemDocumentContent,
    )
    from dicomodel.items.tabulated_values_sequence_item import (
        TabulatedValuesSequenceItem as _TabulatedValuesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _CodeSequenceItemDocumentContent = Lazy(
        "dicomodel.items.code_sequence_item_document_content", "CodeSequenceItemDocumentContent"
    )
    _CodeSequenceItemDocumentContent2 = Lazy(
        "dicomodel.items.code_sequence_item_document_content2", "CodeSequenceItemDocumentContent2"
    )
    _ContentSequenceItem = Lazy("dicomodel.items.content_sequence_item", "ContentSequenceItem")
    _ContentTemplateSequenceItem = Lazy(
        "dicomodel.items.content_template_sequence_item", "ContentTemplateSequenceItem"
    )
    _ContinuityOfContentValue = Lazy(
        "dicomodel.enums.continuity_of_content", "ContinuityOfContentValue"
    )
    _GraphicTypeValue = Lazy("dicomodel.enums.graphic_type", "GraphicTypeValue")
    _MeasuredValueSequenceItem = Lazy(
        "dicomodel.items.measured_value_sequence_item", "MeasuredValueSequenceItem"
    )
    _PixelOriginInterpretationValue = Lazy(
        "dicomodel.enums.pixel_origin_interpretation", "PixelOriginInterpretationValue"
    )
    _SOPInstanceReferenceItemDocumentContent = Lazy(
        "dicomodel.items.sop_instance_reference_item_document_content",
        "SOPInstanceReferenceItemDocumentContent",
    )
    _TabulatedValuesSequenceItem = Lazy(
        "dicomodel.items.tabulated_values_sequence_item", "TabulatedValuesSequenceItem"
    )
    _TemporalRangeTypeValue = Lazy("dicomodel.enums.temporal_range_type", "TemporalRangeTypeValue")
    _ValueTypeDocumentContentValue = Lazy(
        "dicomodel.enums.value_type", "ValueTypeDocumentContentValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.continuity_of_content import ContinuityOfContent as ContinuityOfContent
    from dicomodel.enums.graphic_type import GraphicType as GraphicType
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.pixel_origin_interpretation import (
        PixelOriginInterpretation as PixelOriginInterpretation,
    )
    from dicomodel.enums.relationship_type import RelationshipType as RelationshipType
    from dicomodel.enums.selector_attribute_vr import SelectorAttributeVR as SelectorAttributeVR
    from dicomodel.enums.temporal_range_type import TemporalRangeType as TemporalRangeType
    from dicomodel.enums.value_type import ValueTypeDocumentContent as ValueType
    from dicomodel.items.cell_values_sequence_item import (
        CellValuesSequenceItem as CellValuesSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item_document_content import (
        CodeSequenceItemDocumentContent as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item_document_content import (
        CodeSequenceItemDocumentContent as NumericValueQualifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item_document_content2 import (
        CodeSequenceItemDocumentContent2 as ConceptCodeSequenceItem,
    )
    from dicomodel.items.content_sequence_item import ContentSequenceItem as ContentSequenceItem
    from dicomodel.items.content_template_sequence_item import (
        ContentTemplateSequenceItem as ContentTemplateSequenceItem,
    )
    from dicomodel.items.measured_value_sequence_item import (
        MeasuredValueSequenceItem as MeasuredValueSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item_document_content import (
        SOPInstanceReferenceItemDocumentContent as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.table_column_definition_sequence_item import (
        TableColumnDefinitionSequenceItem as TableColumnDefinitionSequenceItem,
    )
    from dicomodel.items.table_row_definition_sequence_item import (
        TableRowDefinitionSequenceItem as TableRowDefinitionSequenceItem,
    )
    from dicomodel.items.tabulated_values_sequence_item import (
        TabulatedValuesSequenceItem as TabulatedValuesSequenceItem,
    )

__all__ = [
    "CellValuesSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentSequenceItem",
    "ContentTemplateSequenceItem",
    "ContextGroupExtensionFlag",
    "ContinuityOfContent",
    "GraphicType",
    "MappingResourceTerm",
    "MeasuredValueSequenceItem",
    "MeasurementUnitsCodeSequenceItem",
    "NumericValueQualifierCodeSequenceItem",
    "PixelOriginInterpretation",
    "ReferencedSOPSequenceItem",
    "RelationshipType",
    "SRDocumentContentModule",
    "SelectorAttributeVR",
    "TableColumnDefinitionSequenceItem",
    "TableRowDefinitionSequenceItem",
    "TabulatedValuesSequenceItem",
    "TemporalRangeType",
    "ValueType",
]


class SRDocumentContentModule(DicomModel):
    """SR Document Content Module Attributes (PS3.3 Table C.17-4)."""

    dicom_name: ClassVar[str] = "SR Document Content"
    dicom_table: ClassVar[str] = "table_C.17-4"

    ValueType: Annotated[
        _ValueTypeDocumentContentValue,
        Attribute(
            0x0040A040,
            "CS",
            "1",
            "1",
            name="Value Type",
            enumerated=(
                (
                    0,
                    (
                        "TEXT",
                        "NUM",
                        "CODE",
                        "DATE",
                        "TIME",
                        "DATETIME",
                        "UIDREF",
                        "PNAME",
                        "COMPOSITE",
                        "IMAGE",
                        "WAVEFORM",
                        "SCOORD",
                        "SCOORD3D",
                        "TCOORD",
                        "CONTAINER",
                        "TABLE",
                    ),
                ),
            ),
        ),
    ]
    """Value Type (0040,A040): Type 1, VR CS, VM 1. The type of the value encoded in this Content Item. Enumerated Values: TEXT NUM CODE DATE TIME DATETIME UIDREF PNAME COMPOSITE IMAGE WAVEFORM SCOORD SCOORD3D TCOORD CONTAINER TABLE See Section C.17.3.2.1 for further explanation."""

    ConceptNameCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x0040A043,
            "SQ",
            "1",
            "1C",
            name="Concept Name Code Sequence",
            when=(
                "and",
                (
                    "value",
                    0x0040A040,
                    0,
                    "in",
                    ("COMPOSITE", "IMAGE", "WAVEFORM", "SCOORD", "SCOORD3D", "TCOORD"),
                ),
                (
                    "unknown",
                    "names no attribute: the Purpose of Reference is conveyed in the Concept Name",
                ),
            ),
        ),
    ] = None
    """Concept Name Code Sequence (0040,A043): Type 1C, VR SQ, VM 1. Required if Value Type (0040,A040) is TEXT, NUM, CODE, DATETIME, DATE, TIME, UIDREF, TABLE or PNAME. Required if Value Type (0040,A040) is CONTAINER and a heading is present, or this is the Root Content Item. Required if Value Type (0040,A040) is COMPOSITE, IMAGE, WAVEFORM, SCOORD, SCOORD3D or TCOORD, and the Purpose of Reference is conveyed in the Concept Name. Code describing the concept represented by this Content Item. Also conveys the value of Document Title and section headings in documents. Only a single Item shall be included in this Sequence."""

    TextValue: Annotated[
        vr.UT | None,
        Attribute(
            0x0040A160,
            "UT",
            "1",
            "1C",
            name="Text Value",
            when=("value", 0x0040A040, 0, "in", ("TEXT",)),
        ),
    ] = None
    """Text Value (0040,A160): Type 1C, VR UT, VM 1. Required if Value Type (0040,A040) is TEXT. This is the value of the Content Item. Required if Value Type (0040,A040) is TEXT. Text data that is unformatted and whose manner of display is implementation dependent."""

    DateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x0040A120,
            "DT",
            "1",
            "1C",
            name="DateTime",
            when=("value", 0x0040A040, 0, "in", ("DATETIME",)),
        ),
    ] = None
    """DateTime (0040,A120): Type 1C, VR DT, VM 1. Required if Value Type (0040,A040) is DATETIME. This is the value of the Content Item. Required if Value Type (0040,A040) is DATETIME."""

    Date: Annotated[
        vr.DA | None,
        Attribute(
            0x0040A121, "DA", "1", "1C", name="Date", when=("value", 0x0040A040, 0, "in", ("DATE",))
        ),
    ] = None
    """Date (0040,A121): Type 1C, VR DA, VM 1. Required if Value Type (0040,A040) is DATE. This is the value of the Content Item. Required if Value Type (0040,A040) is DATE."""

    Time: Annotated[
        vr.TM | None,
        Attribute(
            0x0040A122, "TM", "1", "1C", name="Time", when=("value", 0x0040A040, 0, "in", ("TIME",))
        ),
    ] = None
    """Time (0040,A122): Type 1C, VR TM, VM 1. Required if Value Type (0040,A040) is TIME. This is the value of the Content Item. Required if Value Type (0040,A040) is TIME."""

    PersonName: Annotated[
        vr.PN | None,
        Attribute(
            0x0040A123,
            "PN",
            "1",
            "1C",
            name="Person Name",
            when=("value", 0x0040A040, 0, "in", ("PNAME",)),
        ),
    ] = None
    """Person Name (0040,A123): Type 1C, VR PN, VM 1. Required if Value Type (0040,A040) is PNAME. This is the value of the Content Item. Required if Value Type (0040,A040) is PNAME."""

    UID: Annotated[
        vr.UI | None,
        Attribute(
            0x0040A124,
            "UI",
            "1",
            "1C",
            name="UID",
            when=("value", 0x0040A040, 0, "in", ("UIDREF",)),
        ),
    ] = None
    """UID (0040,A124): Type 1C, VR UI, VM 1. Required if Value Type (0040,A040) is UIDREF. This is the value of the Content Item. Required if Value Type (0040,A040) is UIDREF."""

    MeasuredValueSequence: Annotated[
        list[_MeasuredValueSequenceItem] | None,
        Attribute(
            0x0040A300,
            "SQ",
            "1",
            "2C",
            name="Measured Value Sequence",
            when=("value", 0x0040A040, 0, "in", ("NUM",)),
        ),
    ] = None
    """Measured Value Sequence (0040,A300): Type 2, VR SQ, VM 1. This is the value of the Content Item. Shall consist of a Sequence of Items conveying the measured value(s), which represent integers or real numbers and units of measurement. Zero or one Item shall be included in this Sequence."""

    NumericValueQualifierCodeSequence: Annotated[
        list[_CodeSequenceItemDocumentContent] | None,
        Attribute(
            0x0040A301,
            "SQ",
            "1",
            "1C",
            name="Numeric Value Qualifier Code Sequence",
            when=(
                "and",
                ("value", 0x0040A040, 0, "in", ("NUM",)),
                ("and", ("present", 0x0040A300), ("not", ("has_value", 0x0040A300))),
            ),
        ),
    ] = None
    """Numeric Value Qualifier Code Sequence (0040,A301): Type 1C, VR SQ, VM 1. Required if Measured Value Sequence (0040,A300) is empty. Qualification of Numeric Value (0040,A30A) in Measured Value Sequence (0040,A300), or reason for absence of Measured Value Sequence (0040,A300) Item. Only a single Item is permitted in this Sequence."""

    ConceptCodeSequence: Annotated[
        list[_CodeSequenceItemDocumentContent2] | None,
        Attribute(
            0x0040A168,
            "SQ",
            "1",
            "1C",
            name="Concept Code Sequence",
            when=("value", 0x0040A040, 0, "in", ("CODE",)),
        ),
    ] = None
    """Concept Code Sequence (0040,A168): Type 1, VR SQ, VM 1. This is the value of the Content Item. Only a single Item shall be included in this Sequence."""

    ReferencedSOPSequence: Annotated[
        list[_SOPInstanceReferenceItemDocumentContent] | None,
        Attribute(
            0x00081199,
            "SQ",
            "1",
            "1C",
            name="Referenced SOP Sequence",
            when=("value", 0x0040A040, 0, "in", ("COMPOSITE",)),
        ),
    ] = None
    """Referenced SOP Sequence (0008,1199): Type 1, VR SQ, VM 1. References to Composite Object SOP Class/SOP Instance pairs. Only a single Item shall be included in this Sequence."""

    GraphicData: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x00700022,
            "FL",
            "2-n",
            "1C",
            name="Graphic Data",
            when=("value", 0x0040A040, 0, "in", ("SCOORD",)),
        ),
    ] = None
    """Graphic Data (0070,0022): Type 1, VR FL, VM 2-n. An ordered set of (column,row) pairs that denote positions in an image specified with sub-pixel resolution such that the origin at the TLHC of the TLHC pixel is 0.0\\0.0, the BRHC of the TLHC pixel is 1.0\\1.0, and the BRHC of the BRHC pixel..."""

    GraphicType: Annotated[
        _GraphicTypeValue | None,
        Attribute(
            0x00700023,
            "CS",
            "1",
            "1C",
            name="Graphic Type",
            enumerated=((0, ("POINT", "MULTIPOINT", "POLYLINE", "CIRCLE", "ELLIPSE")),),
            when=("value", 0x0040A040, 0, "in", ("SCOORD",)),
        ),
    ] = None
    """Graphic Type (0070,0023): Type 1, VR CS, VM 1. See Section C.18.6.1.2 for Enumerated Values."""

    PixelOriginInterpretation: Annotated[
        _PixelOriginInterpretationValue | None,
        Attribute(
            0x00480301,
            "CS",
            "1",
            "1C",
            name="Pixel Origin Interpretation",
            enumerated=((0, ("FRAME", "VOLUME")),),
            when=(
                "and",
                ("value", 0x0040A040, 0, "in", ("SCOORD",)),
                (
                    "unknown",
                    "condition not read: no verb after 'Total Pixel Matrix Rows (0048,0007) )' (in 'Required if the instance referenced by Referenced Image Sequence (0008,1140) is tiled ( i.e. , contains Total Pixel Matrix Columns (0048,0006) and Total Pixel Matrix Rows (0048,0007) )')",
                ),
            ),
            otherwise="may",
        ),
    ] = None
    """Pixel Origin Interpretation (0048,0301): Type 1C, VR CS, VM 1. Required if the instance referenced by Referenced Image Sequence (0008,1140) is tiled (i.e., contains Total Pixel Matrix Columns (0048,0006) and Total Pixel Matrix Rows (0048,0007)). May be present otherwise. For a referenced multi-frame image, specifies whether the Graphic Data (0070,0022) values are to be interpreted relative to the individual frame pixel origins, or relative to the Total Pixel Matrix origin (see Section C.8.12.4.1.4)."""

    FiducialUID: Annotated[
        vr.UI | None, Attribute(0x0070031A, "UI", "1", "3", name="Fiducial UID")
    ] = None
    """Fiducial UID (0070,031A): Type 3, VR UI, VM 1. The globally unique identifier for this fiducial Item. The fiducial UID can be used to associate this set of graphics with other Content Items."""

    ReferencedFrameOfReferenceUID: Annotated[
        vr.UI | None,
        Attribute(
            0x30060024,
            "UI",
            "1",
            "1C",
            name="Referenced Frame of Reference UID",
            when=("value", 0x0040A040, 0, "in", ("SCOORD3D",)),
        ),
    ] = None
    """Referenced Frame of Reference UID (3006,0024): Type 1, VR UI, VM 1. Uniquely identifies the Frame of Reference within which the coordinates are defined. There is no requirement that the Frame of Reference be the same for all SCOORD3D Content Items in the same SR SOP Instance, nor is there any requirement th..."""

    TemporalRangeType: Annotated[
        _TemporalRangeTypeValue | None,
        Attribute(
            0x0040A130,
            "CS",
            "1",
            "1C",
            name="Temporal Range Type",
            enumerated=((0, ("POINT", "MULTIPOINT", "SEGMENT", "MULTISEGMENT", "BEGIN", "END")),),
            when=("value", 0x0040A040, 0, "in", ("TCOORD",)),
        ),
    ] = None
    """Temporal Range Type (0040,A130): Type 1, VR CS, VM 1. See Section C.18.7.1.1 for Enumerated Values."""

    ReferencedSamplePositions: Annotated[
        list[vr.UL] | None,
        Attribute(
            0x0040A132,
            "UL",
            "1-n",
            "1C",
            name="Referenced Sample Positions",
            when=(
                "and",
                ("value", 0x0040A040, 0, "in", ("TCOORD",)),
                (
                    "and",
                    ("unknown", "depends on the referenced instance or item"),
                    ("not", ("present", 0x0040A138)),
                    ("not", ("present", 0x0040A13A)),
                ),
            ),
        ),
    ] = None
    """Referenced Sample Positions (0040,A132): Type 1C, VR UL, VM 1-n. Required if the Referenced SOP Instance is a Waveform and Referenced Time Offsets (0040,A138) and Referenced DateTime (0040,A13A) are not present. List of samples within a multiplex group specifying temporal points of the referenced data. Position of first sample is 1."""

    ReferencedTimeOffsets: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x0040A138,
            "DS",
            "1-n",
            "1C",
            name="Referenced Time Offsets",
            when=(
                "and",
                ("value", 0x0040A040, 0, "in", ("TCOORD",)),
                ("and", ("not", ("present", 0x0040A132)), ("not", ("present", 0x0040A13A))),
            ),
        ),
    ] = None
    """Referenced Time Offsets (0040,A138): Type 1C, VR DS, VM 1-n. Required if Referenced Sample Positions (0040,A132) and Referenced DateTime (0040,A13A) are not present. Specifies temporal points for reference by number of seconds after start of data. Required if Referenced Sample Positions (0040,A132) and Referenced DateTime (0040,A13A) are not present."""

    ReferencedDateTime: Annotated[
        list[vr.DT] | None,
        Attribute(
            0x0040A13A,
            "DT",
            "1-n",
            "1C",
            name="Referenced DateTime",
            when=(
                "and",
                ("value", 0x0040A040, 0, "in", ("TCOORD",)),
                ("and", ("not", ("present", 0x0040A132)), ("not", ("present", 0x0040A138))),
            ),
        ),
    ] = None
    """Referenced DateTime (0040,A13A): Type 1C, VR DT, VM 1-n. Required if Referenced Sample Positions (0040,A132) and Referenced Time Offsets (0040,A138) are not present. Specifies temporal points for reference by absolute time. Required if Referenced Sample Positions (0040,A132) and Referenced Time Offsets (0040,A138) are not present."""

    ContinuityOfContent: Annotated[
        _ContinuityOfContentValue | None,
        Attribute(
            0x0040A050,
            "CS",
            "1",
            "1C",
            name="Continuity of Content",
            enumerated=((0, ("SEPARATE", "CONTINUOUS")),),
            when=("value", 0x0040A040, 0, "in", ("CONTAINER",)),
        ),
    ] = None
    """Continuity of Content (0040,A050): Type 1, VR CS, VM 1. This flag specifies for a CONTAINER whether or not its contained Content Items are logically linked in a continuous textual flow, or are separate Items. Enumerated Values: SEPARATE CONTINUOUS See Section C.18.8.1.1 for further explanation."""

    ContentTemplateSequence: Annotated[
        list[_ContentTemplateSequenceItem] | None,
        Attribute(
            0x0040A504,
            "SQ",
            "1",
            "1C",
            name="Content Template Sequence",
            when=(
                "and",
                ("value", 0x0040A040, 0, "in", ("CONTAINER",)),
                ("unknown", "depends on what is known to the creator"),
            ),
        ),
    ] = None
    """Content Template Sequence (0040,A504): Type 1C, VR SQ, VM 1. Required if a template defined and known to the implementation at the time of encoding was used to define the content of this Item, and the template consists of a single CONTAINER with nested content, and it is the outermost invocation of a set of nested templates that start with the same CONTAINER (see Section C.18.8.1.2). Template that describes the content of this Content Item and its subsidiary Content Items. Only a single Item shall be included in this Sequence."""

    TabulatedValuesSequence: Annotated[
        list[_TabulatedValuesSequenceItem] | None,
        Attribute(
            0x0040A801,
            "SQ",
            "1",
            "1C",
            name="Tabulated Values Sequence",
            when=("value", 0x0040A040, 0, "in", ("TABLE",)),
        ),
    ] = None
    """Tabulated Values Sequence (0040,A801): Type 1, VR SQ, VM 1. This is the table that represents the value of the Content Item. Shall consist of a single Item whose Attributes convey the cell value(s), which represent rows and columns consisting of text, codes, integers, real numbers or DateTimes."""

    ObservationDateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x0040A032,
            "DT",
            "1",
            "1C",
            name="Observation DateTime",
            when=(
                "unknown",
                "condition not read: no verb after 'Observation DateTime (0040,A032) defined in higher' (in 'Required if the date and time are different from Content Date (0008,0023) and Content Time (0008,0033) or Observation DateTime (0040,A032) defined in higher Items')",
            ),
            otherwise="may",
        ),
    ] = None
    """Observation DateTime (0040,A032): Type 1C, VR DT, VM 1. Required if the date and time are different from Content Date (0008,0023) and Content Time (0008,0033) or Observation DateTime (0040,A032) defined in higher Items. May be present otherwise. The date and time on which this Content Item was completed. For the purpose of recording measurements or logging events, completion time is defined as the ending time of data acquisition of the measurement, or the ending time of occurrence..."""

    ObservationUID: Annotated[
        vr.UI | None, Attribute(0x0040A171, "UI", "1", "3", name="Observation UID")
    ] = None
    """Observation UID (0040,A171): Type 3, VR UI, VM 1. Unique identifier for the observation Content Item (and its subsidiary Content Items, if any). The UID represents the semantic content of the observation; an encoding of the same observation with the same context into another representation..."""

    ContentSequence: Annotated[
        list[_ContentSequenceItem] | None,
        Attribute(
            0x0040A730,
            "SQ",
            "1",
            "1C",
            name="Content Sequence",
            when=("unknown", "names no attribute: the enclosing Content Item has relationships"),
        ),
    ] = None
    """Content Sequence (0040,A730): Type 1C, VR SQ, VM 1. Required if the enclosing Content Item has relationships. A potentially recursively nested Sequence of Items that conveys content that is the Target of Relationships with the enclosing Source Content Item. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CellValuesSequenceItem": (
        "dicomodel.items.cell_values_sequence_item",
        "CellValuesSequenceItem",
    ),
    "ConceptCodeSequenceItem": (
        "dicomodel.items.code_sequence_item_document_content2",
        "CodeSequenceItemDocumentContent2",
    ),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentSequenceItem": ("dicomodel.items.content_sequence_item", "ContentSequenceItem"),
    "ContentTemplateSequenceItem": (
        "dicomodel.items.content_template_sequence_item",
        "ContentTemplateSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ContinuityOfContent": ("dicomodel.enums.continuity_of_content", "ContinuityOfContent"),
    "GraphicType": ("dicomodel.enums.graphic_type", "GraphicType"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasuredValueSequenceItem": (
        "dicomodel.items.measured_value_sequence_item",
        "MeasuredValueSequenceItem",
    ),
    "MeasurementUnitsCodeSequenceItem": (
        "dicomodel.items.code_sequence_item_document_content",
        "CodeSequenceItemDocumentContent",
    ),
    "NumericValueQualifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item_document_content",
        "CodeSequenceItemDocumentContent",
    ),
    "PixelOriginInterpretation": (
        "dicomodel.enums.pixel_origin_interpretation",
        "PixelOriginInterpretation",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.sop_instance_reference_item_document_content",
        "SOPInstanceReferenceItemDocumentContent",
    ),
    "RelationshipType": ("dicomodel.enums.relationship_type", "RelationshipType"),
    "SelectorAttributeVR": ("dicomodel.enums.selector_attribute_vr", "SelectorAttributeVR"),
    "TableColumnDefinitionSequenceItem": (
        "dicomodel.items.table_column_definition_sequence_item",
        "TableColumnDefinitionSequenceItem",
    ),
    "TableRowDefinitionSequenceItem": (
        "dicomodel.items.table_row_definition_sequence_item",
        "TableRowDefinitionSequenceItem",
    ),
    "TabulatedValuesSequenceItem": (
        "dicomodel.items.tabulated_values_sequence_item",
        "TabulatedValuesSequenceItem",
    ),
    "TemporalRangeType": ("dicomodel.enums.temporal_range_type", "TemporalRangeType"),
    "ValueType": ("dicomodel.enums.value_type", "ValueTypeDocumentContent"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
