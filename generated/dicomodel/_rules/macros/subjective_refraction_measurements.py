"""Presence rules of Subjective Refraction Measurements Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SubjectiveRefractionMeasurementsMacro = (
    "table_C.8.25.11-2",
    (
        ("SpherePower", Attribute(0x00460146, "FD", "1", "1", name="Sphere Power"), None),
        (
            "CylinderSequence",
            Attribute(
                0x00460018,
                "SQ",
                "1",
                "1C",
                name="Cylinder Sequence",
                when=(
                    "unknown",
                    "names no attribute: astigmatic correction or astigmatism is measured",
                ),
            ),
            Lazy("dicomodel.items.cylinder_sequence_item", "CylinderSequenceItem"),
        ),
        (
            "PrismSequence",
            Attribute(
                0x00460028,
                "SQ",
                "1",
                "1C",
                name="Prism Sequence",
                when=(
                    "unknown",
                    "names no attribute: prism is measured in the lens or if this part of a refraction is done for a patient",
                ),
            ),
            Lazy("dicomodel.items.prism_sequence_item", "PrismSequenceItem"),
        ),
        ("VertexDistance", Attribute(0x0022000F, "FD", "1", "3", name="Vertex Distance"), None),
        (
            "AddNearSequence",
            Attribute(
                0x00460100,
                "SQ",
                "1",
                "1C",
                name="Add Near Sequence",
                when=("unknown", "names no attribute: near point refraction is done"),
            ),
            Lazy("dicomodel.items.add_near_sequence_item", "AddNearSequenceItem"),
        ),
        (
            "AddIntermediateSequence",
            Attribute(
                0x00460101,
                "SQ",
                "1",
                "1C",
                name="Add Intermediate Sequence",
                when=("unknown", "names no attribute: intermediate point refraction is done"),
            ),
            Lazy("dicomodel.items.add_near_sequence_item", "AddNearSequenceItem"),
        ),
        (
            "AddOtherSequence",
            Attribute(
                0x00460102,
                "SQ",
                "1",
                "1C",
                name="Add Other Sequence",
                when=(
                    "unknown",
                    "names no attribute: refraction is done at less than distance ( optical infinity ) , but at a distance other than near or intermediate",
                ),
            ),
            Lazy("dicomodel.items.add_near_sequence_item", "AddNearSequenceItem"),
        ),
    ),
)
