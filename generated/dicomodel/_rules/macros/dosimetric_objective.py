"""Presence rules of Dosimetric Objective Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
DosimetricObjectiveMacro = (
    "table_C.36.2.1.4-1",
    (
        (
            "DosimetricObjectiveUID",
            Attribute(0x3010006E, "UI", "1", "1", name="Dosimetric Objective UID"),
            None,
        ),
        (
            "OriginatingSOPInstanceReferenceSequence",
            Attribute(
                0x30100007,
                "SQ",
                "1",
                "1C",
                name="Originating SOP Instance Reference Sequence",
                when=("unknown", "depends on where the UID was issued"),
            ),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "DosimetricObjectiveTypeCodeSequence",
            Attribute(0x3010006D, "SQ", "1", "1", name="Dosimetric Objective Type Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "DosimetricObjectiveParameterSequence",
            Attribute(0x30100070, "SQ", "1", "2", name="Dosimetric Objective Parameter Sequence"),
            Lazy(
                "dicomodel.items.dosimetric_objective_parameter_sequence_item",
                "DosimetricObjectiveParameterSequenceItem",
            ),
        ),
        (
            "AbsoluteDosimetricObjectiveFlag",
            Attribute(
                0x30100073,
                "CS",
                "1",
                "1",
                name="Absolute Dosimetric Objective Flag",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "DosimetricObjectivePurpose",
            Attribute(
                0x30100075,
                "CS",
                "1",
                "2",
                name="Dosimetric Objective Purpose",
                enumerated=((0, ("OPTIMIZATION", "EVALUATION", "BOTH")),),
            ),
            None,
        ),
    ),
)
