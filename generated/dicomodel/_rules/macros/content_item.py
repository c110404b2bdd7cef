"""Presence rules of Content Item Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ContentItemMacro = (
    "table_10-2",
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
                            "DATE",
                            "TIME",
                            "DATETIME",
                            "PNAME",
                            "UIDREF",
                            "TEXT",
                            "CODE",
                            "NUMERIC",
                            "COMPOSITE",
                            "IMAGE",
                            "WAVEFORM",
                        ),
                    ),
                ),
            ),
            None,
        ),
        (
            "ObservationDateTime",
            Attribute(0x0040A032, "DT", "1", "3", name="Observation DateTime"),
            None,
        ),
        (
            "ObservationStartDateTime",
            Attribute(0x0040A033, "DT", "1", "3", name="Observation Start DateTime"),
            None,
        ),
        (
            "ConceptNameCodeSequence",
            Attribute(0x0040A043, "SQ", "1", "1", name="Concept Name Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
            "ConceptCodeSequence",
            Attribute(
                0x0040A168,
                "SQ",
                "1",
                "1C",
                name="Concept Code Sequence",
                when=("value", 0x0040A040, 0, "in", ("CODE",)),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "NumericValue",
            Attribute(
                0x0040A30A,
                "DS",
                "1-n",
                "1C",
                name="Numeric Value",
                when=("value", 0x0040A040, 0, "in", ("NUMERIC",)),
            ),
            None,
        ),
        (
            "FloatingPointValue",
            Attribute(
                0x0040A161,
                "FD",
                "1-n",
                "1C",
                name="Floating Point Value",
                when=("unknown", "depends on the precision of the value"),
                otherwise="may",
            ),
            None,
        ),
        (
            "RationalNumeratorValue",
            Attribute(
                0x0040A162,
                "SL",
                "1-n",
                "1C",
                name="Rational Numerator Value",
                when=("unknown", "depends on the precision of the value"),
                otherwise="may",
            ),
            None,
        ),
        (
            "RationalDenominatorValue",
            Attribute(
                0x0040A163,
                "UL",
                "1-n",
                "1C",
                name="Rational Denominator Value",
                when=("present", 0x0040A162),
            ),
            None,
        ),
        (
            "MeasurementUnitsCodeSequence",
            Attribute(
                0x004008EA,
                "SQ",
                "1",
                "1C",
                name="Measurement Units Code Sequence",
                when=("value", 0x0040A040, 0, "in", ("NUMERIC",)),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ReferencedSOPSequence",
            Attribute(
                0x00081199,
                "SQ",
                "1",
                "1C",
                name="Referenced SOP Sequence",
                when=("value", 0x0040A040, 0, "in", ("COMPOSITE", "IMAGE", "WAVEFORM")),
            ),
            Lazy("dicomodel.items.referenced_sop_sequence_item", "ReferencedSOPSequenceItem"),
        ),
    ),
)
