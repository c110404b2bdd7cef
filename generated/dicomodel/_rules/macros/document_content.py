"""Presence rules of Document Content Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
DocumentContentMacro = (
    "table_C.17-5",
    (
        (
            "ValueType",
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
            None,
        ),
        (
            "ConceptNameCodeSequence",
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
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "TextValue",
            Attribute(
                0x0040A160,
                "UT",
                "1",
                "1C",
                name="Text Value",
                when=("value", 0x0040A040, 0, "in", ("TEXT",)),
            ),
            None,
        ),
        (
            "DateTime",
            Attribute(
                0x0040A120,
                "DT",
                "1",
                "1C",
                name="DateTime",
                when=("value", 0x0040A040, 0, "in", ("DATETIME",)),
            ),
            None,
        ),
        (
            "Date",
            Attribute(
                0x0040A121,
                "DA",
                "1",
                "1C",
                name="Date",
                when=("value", 0x0040A040, 0, "in", ("DATE",)),
            ),
            None,
        ),
        (
            "Time",
            Attribute(
                0x0040A122,
                "TM",
                "1",
                "1C",
                name="Time",
                when=("value", 0x0040A040, 0, "in", ("TIME",)),
            ),
            None,
        ),
        (
            "PersonName",
            Attribute(
                0x0040A123,
                "PN",
                "1",
                "1C",
                name="Person Name",
                when=("value", 0x0040A040, 0, "in", ("PNAME",)),
            ),
            None,
        ),
        (
            "UID",
            Attribute(
                0x0040A124,
                "UI",
                "1",
                "1C",
                name="UID",
                when=("value", 0x0040A040, 0, "in", ("UIDREF",)),
            ),
            None,
        ),
        (
            "MeasuredValueSequence",
            Attribute(
                0x0040A300,
                "SQ",
                "1",
                "2C",
                name="Measured Value Sequence",
                when=("value", 0x0040A040, 0, "in", ("NUM",)),
            ),
            Lazy("dicomodel.items.measured_value_sequence_item", "MeasuredValueSequenceItem"),
        ),
        (
            "NumericValueQualifierCodeSequence",
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
            Lazy(
                "dicomodel.items.code_sequence_item_document_content",
                "CodeSequenceItemDocumentContent",
            ),
        ),
        (
            "ConceptCodeSequence",
            Attribute(
                0x0040A168,
                "SQ",
                "1",
                "1C",
                name="Concept Code Sequence",
                when=("value", 0x0040A040, 0, "in", ("CODE",)),
            ),
            Lazy(
                "dicomodel.items.code_sequence_item_document_content2",
                "CodeSequenceItemDocumentContent2",
            ),
        ),
        (
            "ReferencedSOPSequence",
            Attribute(
                0x00081199,
                "SQ",
                "1",
                "1C",
                name="Referenced SOP Sequence",
                when=("value", 0x0040A040, 0, "in", ("COMPOSITE",)),
            ),
            Lazy(
                "dicomodel.items.sop_instance_reference_item_document_content",
                "SOPInstanceReferenceItemDocumentContent",
            ),
        ),
        (
            "GraphicData",
            Attribute(
                0x00700022,
                "FL",
                "2-n",
                "1C",
                name="Graphic Data",
                when=("value", 0x0040A040, 0, "in", ("SCOORD",)),
            ),
            None,
        ),
        (
            "GraphicType",
            Attribute(
                0x00700023,
                "CS",
                "1",
                "1C",
                name="Graphic Type",
                enumerated=((0, ("POINT", "MULTIPOINT", "POLYLINE", "CIRCLE", "ELLIPSE")),),
                when=("value", 0x0040A040, 0, "in", ("SCOORD",)),
            ),
            None,
        ),
        (
            "PixelOriginInterpretation",
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
            None,
        ),
        ("FiducialUID", Attribute(0x0070031A, "UI", "1", "3", name="Fiducial UID"), None),
        (
            "ReferencedFrameOfReferenceUID",
            Attribute(
                0x30060024,
                "UI",
                "1",
                "1C",
                name="Referenced Frame of Reference UID",
                when=("value", 0x0040A040, 0, "in", ("SCOORD3D",)),
            ),
            None,
        ),
        (
            "TemporalRangeType",
            Attribute(
                0x0040A130,
                "CS",
                "1",
                "1C",
                name="Temporal Range Type",
                enumerated=(
                    (0, ("POINT", "MULTIPOINT", "SEGMENT", "MULTISEGMENT", "BEGIN", "END")),
                ),
                when=("value", 0x0040A040, 0, "in", ("TCOORD",)),
            ),
            None,
        ),
        (
            "ReferencedSamplePositions",
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
            None,
        ),
        (
            "ReferencedTimeOffsets",
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
            None,
        ),
        (
            "ReferencedDateTime",
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
            None,
        ),
        (
            "ContinuityOfContent",
            Attribute(
                0x0040A050,
                "CS",
                "1",
                "1C",
                name="Continuity of Content",
                enumerated=((0, ("SEPARATE", "CONTINUOUS")),),
                when=("value", 0x0040A040, 0, "in", ("CONTAINER",)),
            ),
            None,
        ),
        (
            "ContentTemplateSequence",
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
            Lazy("dicomodel.items.content_template_sequence_item", "ContentTemplateSequenceItem"),
        ),
        (
            "TabulatedValuesSequence",
            Attribute(
                0x0040A801,
                "SQ",
                "1",
                "1C",
                name="Tabulated Values Sequence",
                when=("value", 0x0040A040, 0, "in", ("TABLE",)),
            ),
            Lazy("dicomodel.items.tabulated_values_sequence_item", "TabulatedValuesSequenceItem"),
        ),
    ),
)
