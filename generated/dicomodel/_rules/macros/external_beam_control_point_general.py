"""Presence rules of External Beam Control Point General Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ExternalBeamControlPointGeneralMacro = (
    "table_C.36.2.2.6-1",
    (
        (
            "RTControlPointIndex",
            Attribute(0x300A0600, "US", "1", "1", name="RT Control Point Index"),
            None,
        ),
        (
            "CumulativeMeterset",
            Attribute(
                0x300A063C,
                "FD",
                "1",
                "1C",
                name="Cumulative Meterset",
                when=(
                    "and",
                    (
                        "or",
                        ("value", 0x300A0638, 0, "in", ("FULL", "IDENT_ONLY")),
                        ("value", 0x300A0639, 0, "in", ("YES",)),
                    ),
                    (
                        "or",
                        ("compare", 0x300A0600, 1, "==", 1),
                        (
                            "unknown",
                            "depends on whether the value differs from the one of the previous RT Control Point (PS3.3 C.36.2.2.5.1.1)",
                        ),
                    ),
                ),
            ),
            None,
        ),
        (
            "ReferencedTreatmentPositionIndex",
            Attribute(
                0x300A060B,
                "US",
                "1",
                "1C",
                name="Referenced Treatment Position Index",
                when=(
                    "and",
                    ("present", 0x300A063F),
                    (
                        "or",
                        ("compare", 0x300A0600, 1, "==", 1),
                        (
                            "unknown",
                            "depends on whether the value differs from the one of the previous RT Control Point (PS3.3 C.36.2.2.5.1.1)",
                        ),
                    ),
                ),
            ),
            None,
        ),
        (
            "RecordedRTControlPointDateTime",
            Attribute(
                0x300A073A,
                "DT",
                "1",
                "1C",
                name="Recorded RT Control Point DateTime",
                when=(
                    "and",
                    ("value", 0x300A0639, 0, "in", ("YES",)),
                    (
                        "unknown",
                        "names no attribute: the SOP Class of the SOP Instance including this Module is not RT Radiation Salvage Record Storage ( 1.2.840.10008.5.1.4.1.1.481.17 )",
                    ),
                ),
            ),
            None,
        ),
        (
            "ReferencedRadiationRTControlPointIndex",
            Attribute(
                0x300A073B,
                "US",
                "1",
                "2C",
                name="Referenced Radiation RT Control Point Index",
                when=(
                    "and",
                    ("value", 0x300A0639, 0, "in", ("YES",)),
                    ("unknown", "depends on a correspondence the data set does not state"),
                ),
            ),
            None,
        ),
        (
            "DeliveryRate",
            Attribute(
                0x300A063D,
                "FD",
                "1",
                "2C",
                name="Delivery Rate",
                when=(
                    "or",
                    ("compare", 0x300A0600, 1, "==", 1),
                    (
                        "unknown",
                        "depends on whether the value differs from the one of the previous RT Control Point (PS3.3 C.36.2.2.5.1.1)",
                    ),
                ),
            ),
            None,
        ),
        (
            "DeliveryRateUnitSequence",
            Attribute(
                0x300A063E,
                "SQ",
                "1",
                "1C",
                name="Delivery Rate Unit Sequence",
                when=("has_value", 0x300A063D),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "BeamAreaLimitSequence",
            Attribute(
                0x300A0689,
                "SQ",
                "1",
                "1C",
                name="Beam Area Limit Sequence",
                when=("unknown", "names no attribute: beam shall be limited"),
            ),
            Lazy("dicomodel.items.outline_definition_item", "OutlineDefinitionItem"),
        ),
    ),
)
